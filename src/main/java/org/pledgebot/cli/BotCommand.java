package org.pledgebot.cli;

import io.javalin.http.Handler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.PledgeLedger;
import org.pledgebot.chat.ChatAdmins;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.chat.Listings;
import org.pledgebot.chat.MemoryListings;
import org.pledgebot.console.ConsoleChat;
import org.pledgebot.ops.Health;
import org.pledgebot.ops.OpsServer;
import org.pledgebot.pace.RateLimiter;
import org.pledgebot.pace.RateLimits;
import org.pledgebot.pace.Throttle;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.store.PostgresStore;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.telegram.TelegramBot;
import org.pledgebot.telegram.WebhookSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code bot}: serves the chat over Telegram when a token is set, else on the console; in both
 * cases watches the corpus and delivers alerts. This is where the running bot is wired.
 */
@Command(name = "bot", mixinStandardHelpOptions = true,
    description = "Run the bot: Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat.")
final class BotCommand implements Callable<Integer> {

  /** Stopping polling and the replies in flight; with the alerts' grace, well inside 10 s. */
  static final Duration TELEGRAM_CLOSE = Duration.ofSeconds(5);

  /** A database that has not answered /healthz's probe by then is down, for the load balancer. */
  static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  /** Answers kept for their "More" buttons; older ones answer that they have expired. */
  static final int LISTINGS = 10_000;

  /** How often a webhook instance looks for updates whose lease ran out, the lease permitting. */
  static final Duration RECOVER_EVERY = Duration.ofSeconds(30);

  private static final Logger log = LoggerFactory.getLogger(BotCommand.class);

  private final Context context;

  BotCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(context.env());
    Services services = new Services();
    try {
      App app = services.add(App.open(settings, App.IfInUse.FAIL));
      Store store = services.add(openStore(settings));
      Metrics metrics = new Metrics();
      metrics.outboxDepth(store::pending);
      Listings listings = listings(settings, store, app);
      Function<ChatAdmins, ChatHandler> engine = admins ->
          metrics.timed(new ChatEngine(app.search(), store, store, listings, admins));
      Alerts alerts = new Alerts(services, app, metrics.counted((Outbox) store), metrics.counted((PledgeLedger) store));
      return settings.token().isPresent()
          ? telegram(settings, services, app, alerts, engine, metrics, store, throttle(settings, store))
          : console(alerts, engine.apply(ChatAdmins.EVERYONE));
    } finally {
      services.close();
    }
  }

  /** PostgreSQL when a database URL is set, shared with other instances; else the SQLite file in the data directory. */
  static Store openStore(Settings settings) {
    if (settings.postgres().isPresent()) {
      PostgresConfig postgres = settings.postgres().get();
      log.info("storing state in PostgreSQL at {}", postgres.redactedUrl());
      return PostgresStore.open(postgres, Clock.systemUTC(), settings.lease());
    }
    log.info("storing state in SQLite at {}", settings.database());
    return SqliteStore.open(settings.database());
  }

  /**
   * The pages behind "More" buttons: in the database when it is PostgreSQL, so that any instance
   * serves any button; in memory on SQLite, where one process serves them all and a write per
   * answer would only hold the file's one connection.
   */
  static Listings listings(Settings settings, Store store, App app) {
    return settings.postgres().isPresent()
        ? store.listings(app.search().pledgers()::byId)
        : new MemoryListings(LISTINGS);
  }

  /** How often a webhook instance looks for updates whose lease ran out: twice a lease, at most every 30 s. */
  static Duration recoverEvery(Duration lease) {
    Duration half = lease.dividedBy(2);
    return half.compareTo(RECOVER_EVERY) < 0 ? half : RECOVER_EVERY;
  }

  /**
   * Telegram's limits from the settings: kept in PostgreSQL when the store is shared, so that
   * they hold for all instances together; in memory for one process on SQLite.
   */
  static Throttle throttle(Settings settings, Store store) {
    RateLimits limits = new RateLimits(settings.rateGlobal(), Duration.ofMillis(1000 / settings.rateChat()),
        settings.rateGroup(), RateLimits.telegram().margin());
    return store instanceof PostgresStore shared ? shared.throttle(limits) : new RateLimiter(limits);
  }

  private int telegram(Settings settings, Services services, App app, Alerts alerts,
      Function<ChatAdmins, ChatHandler> engine, Metrics metrics, Store database, Throttle throttle)
      throws Exception {
    Optional<WebhookSettings> webhook = settings.http().webhook()
        .map(w -> new WebhookSettings(w.url(), w.secret(), database.updates(), w.reregister(), settings.lease(),
            recoverEvery(settings.lease())));
    TelegramBot.Builder builder = TelegramBot.builder(settings.token().orElseThrow(), engine)
        .apiUrl(settings.apiUrl().toString())
        .throttle(throttle)
        .closeTimeout(TELEGRAM_CLOSE)
        .meters(metrics.telegram());
    webhook.ifPresent(builder::webhook);
    TelegramBot bot = services.add(builder.build());
    alerts.start(bot.alertSender(), AlertDispatcher.Settings.sendsFor(settings.rateGlobal()));
    if (settings.http().port().isPresent()) {
      // the database probe goes through a port: any read that needs the database to answer
      Health health = services.add(new Health(() -> app.search().size(), () -> database.language(0L),
          HEALTH_TIMEOUT));
      Map<String, Handler> posts = webhook.isPresent()
          ? Map.of(webhook.get().path(), bot.webhookHandler())
          : Map.of();
      // added after the bot, so closed before it: no new webhook request while the bot drains
      services.add(OpsServer.start(settings.http().host(), settings.http().port().get(), health, metrics::scrape,
          posts));
    }
    bot.start();
    // SIGTERM: stop polling, finish the replies and the alert in flight, close the store, exit 0.
    // halt, because a JVM ended by a signal otherwise reports 143 however cleanly it stopped.
    // Registered only once serving, so that a failed start still exits 1.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      services.close();
      Runtime.getRuntime().halt(0);
    }, "shutdown"));
    log.info("serving Telegram through {} ({} pledges)", settings.apiUrl(), app.search().size());
    new CountDownLatch(1).await();
    return 0;
  }

  private int console(Alerts alerts, ChatHandler engine) throws Exception {
    context.err().println("No TELEGRAM_BOT_TOKEN set: running the console chat. Ask a question, /help for commands, Ctrl-D to leave.");
    context.err().flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
    ConsoleChat.Mode mode = context.terminal() ? ConsoleChat.Mode.INTERACTIVE : ConsoleChat.Mode.PIPED;
    ConsoleChat chat = new ConsoleChat(engine, in, context.out(), mode, languageCode(context));
    alerts.start(chat, 1); // one at a time: the console prints them in order
    chat.run();
    return 0;
  }

  /** The console user's language, from the POSIX locale variables (e.g. {@code fr_FR.UTF-8}). */
  static String languageCode(Context context) {
    for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = context.env().get(var);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
