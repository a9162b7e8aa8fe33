package org.pledgebot.telegram;

import io.javalin.http.Handler;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.base.Backoff;
import org.pledgebot.base.HttpUrl;
import org.pledgebot.base.Threads;
import org.pledgebot.chat.ChatAdmins;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.pace.Throttle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The bot on Telegram: the Bot API client, the update pipeline ({@link UpdateDispatcher}: map,
 * queue per chat, handle with a {@link ChatHandler}, perform the replies, retrying what the network
 * or Telegram's limits make fail) and one transport feeding it: long polling by default
 * ({@link LongPolling}), or the webhook ({@link WebhookTransport}) when {@link Builder#webhook} is
 * set. Also sends alerts, through {@link #alertSender()}.
 *
 * <pre>{@code
 * TelegramBot bot = TelegramBot.builder(token, engine)
 *     .apiUrl("http://127.0.0.1:8081")   // optional: a local Bot API server
 *     .throttle(throttle)                 // optional: Throttle.UNLIMITED by default
 *     .webhook(webhookSettings)           // optional: long polling by default
 *     .build();
 * server.post(path, bot.webhookHandler()); // webhook mode: mount it on an HTTP server
 * bot.start();                            // getMe, command menu, the transport's registration, updates
 * AlertSender alerts = bot.alertSender();
 * }</pre>
 *
 * <p>{@link #close()} stops taking updates, lets the replies in progress finish (up to the close
 * timeout, 8 s by default) and returns. The token appears in no log line or exception.
 */
public final class TelegramBot implements AutoCloseable {

  /** Telegram's own Bot API server. */
  private static final String DEFAULT_API_URL = "https://api.telegram.org";

  /** Updates taken but not yet answered before polling pauses, and Telegram keeps the rest. */
  private static final int MAX_PENDING_UPDATES = 1000;

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private enum State { NEW, STARTED, CLOSED }

  private final String token;
  private final Redactor redactor;
  private final TelegramUrl url;
  private final String displayUrl;
  private final ChatHandler handler;
  private final Throttle throttle;
  private final Builder settings;

  private final ExecutorService httpThreads;
  private final OkHttpClient sendHttp;
  private final BotApi api;
  private final TelegramAlertSender alerts;
  private final Transport transport;

  private State state = State.NEW; // guarded by this
  private BotIdentity identity;
  private ChatQueues queues;

  private TelegramBot(Builder b) {
    this.token = b.token;
    this.redactor = new Redactor(b.token);
    this.url = telegramUrl(b.apiUrl);
    this.displayUrl = b.apiUrl;
    this.throttle = b.throttle;
    this.settings = b.copy();

    this.httpThreads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), Threads.daemon("telegram-http"));
    Dispatcher dispatcher = new Dispatcher(httpThreads);
    // every worker may have a call in flight; OkHttp's default allows only 5 per host
    dispatcher.setMaxRequests(Math.max(64, 2 * b.workers));
    dispatcher.setMaxRequestsPerHost(Math.max(64, 2 * b.workers));
    RedactingInterceptor redacting = new RedactingInterceptor(redactor);
    Interceptor counting = b.meters.rateLimitCounter();
    BotAnswerCheck answers = new BotAnswerCheck();
    this.sendHttp = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(20))
        .writeTimeout(Duration.ofSeconds(10))
        .callTimeout(b.callDeadline)
        .addInterceptor(redacting)
        .addInterceptor(counting)
        .addInterceptor(answers)
        .build();
    this.api = new BotApi(new OkHttpTelegramClient(sendHttp, b.token, url), redactor, b.retry,
        b.callDeadline);
    this.alerts = new TelegramAlertSender(api, throttle, b.alertBackoff);
    this.transport = b.webhook == null
        ? new LongPolling(b.token, url, b.pollTimeout, b.pollBackoff, httpThreads,
            List.of(redacting, counting, answers))
        : new WebhookTransport(b.webhook, b.clock);
    this.handler = Objects.requireNonNull(b.handler.apply(new TelegramChatAdmins(api)), "handler");
  }

  /** A builder for a bot with this token that answers with {@code handler}. */
  public static Builder builder(String token, ChatHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return new Builder(token, admins -> handler);
  }

  /**
   * A builder for a bot with this token that answers with the handler {@code handler} makes, given
   * this bot's way of telling a group's administrators (Bot API {@code getChatMember}).
   */
  public static Builder builder(String token, Function<ChatAdmins, ChatHandler> handler) {
    return new Builder(token, handler);
  }

  /**
   * Asks Telegram who the bot is, registers the command menu, and starts the transport: polling
   * (after deleting a webhook, if Telegram shows one) or the webhook (registering it, if Telegram
   * shows another). Returns once updates are taken.
   *
   * @throws TelegramStartException when the token is refused or the API cannot be reached
   */
  public synchronized void start() {
    if (state != State.NEW) {
      throw new IllegalStateException("a TelegramBot starts once; this one is " + state);
    }
    try {
      User me = api.call(new GetMe(), "startup", BotApi.Pacing.NONE);
      identity = new BotIdentity(me.getId(), me.getUserName());
      CommandMenu.register(api);
      queues = new ChatQueues(settings.workers, "telegram-chat");
      UpdateDispatcher dispatcher = new UpdateDispatcher(new UpdateMapper(identity), handler, api, throttle, queues,
          MAX_PENDING_UPDATES, settings.meters);
      transport.start(api, dispatcher);
    } catch (ApiCallException e) {
      abandon();
      throw new TelegramStartException("Telegram bot could not start: " + e.getMessage());
    } catch (TelegramApiException | RuntimeException e) {
      abandon();
      throw new TelegramStartException("Telegram bot could not start " + transport.mode() + ": "
          + redactor.describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon();
      throw new TelegramStartException("interrupted while starting the Telegram bot");
    }
    state = State.STARTED;
    log.info("Telegram bot @{} taking updates by {}; Bot API {}", identity.username(), transport.mode(), displayUrl);
  }

  /**
   * In webhook mode, the handler to mount on the HTTP server at the webhook URL's path, for POST.
   * It answers 503 until {@link #start()} and after {@link #close()}.
   *
   * @throws IllegalStateException in polling mode
   */
  public Handler webhookHandler() {
    if (transport instanceof WebhookTransport webhook) {
      return webhook;
    }
    throw new IllegalStateException("this bot polls: it has no webhook handler");
  }

  /** Sends alerts through this bot's client and throttle; usable before {@link #start()} too. */
  public AlertSender alertSender() {
    return alerts;
  }

  /** The bot's username, known once started. */
  synchronized Optional<String> username() {
    return Optional.ofNullable(identity).map(BotIdentity::username);
  }

  /**
   * Stops polling, waits for the replies in progress (up to the close timeout), then releases the
   * HTTP clients. Idempotent; safe from a shutdown hook.
   */
  @Override
  public synchronized void close() {
    if (state == State.CLOSED) {
      return;
    }
    boolean started = state == State.STARTED;
    state = State.CLOSED;
    if (!started) {
      shutDown();
      return;
    }
    long begin = System.nanoTime();
    transport.stopIntake();
    try {
      int unfinished = queues.close(settings.closeTimeout);
      if (unfinished > 0) {
        log.warn("{} answers still running after {} ms were interrupted", unfinished,
            settings.closeTimeout.toMillis());
      }
      transport.drained();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("interrupted while waiting for the answers in progress");
    }
    shutDown();
    log.info("Telegram bot @{} stopped in {} ms", identity.username(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
  }

  /** A failed start leaves nothing running, and the bot cannot be started again. */
  private void abandon() {
    state = State.CLOSED;
    if (queues != null) {
      try {
        queues.close(Duration.ZERO);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    shutDown();
  }

  private void shutDown() {
    transport.release();
    httpThreads.shutdownNow();
    sendHttp.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "TelegramBot[" + (identity == null ? "" : "@" + identity.username() + " ") + "via " + displayUrl + "]";
  }

  /** {@code apiUrl} as the client wants it; it adds {@code /bot<token>/method}, so no path of its own. */
  static TelegramUrl telegramUrl(String apiUrl) {
    URI uri = HttpUrl.server("Bot API URL", apiUrl);
    int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
    return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
  }

  /** Settings of a {@link TelegramBot}; only the token and the handler are required. */
  public static final class Builder {

    private final String token;
    private final Function<ChatAdmins, ChatHandler> handler;
    private String apiUrl = DEFAULT_API_URL;
    private Throttle throttle = Throttle.UNLIMITED;
    private int workers = 16;
    private Duration pollTimeout = Duration.ofSeconds(50);
    private Duration closeTimeout = Duration.ofSeconds(8);
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private Duration callDeadline = Duration.ofSeconds(15);
    private Backoff alertBackoff = Backoff.doubling(Duration.ofSeconds(5), Duration.ofMinutes(5));
    private Backoff pollBackoff = Backoff.doubling(Duration.ofMillis(500), Duration.ofSeconds(30));
    private TelegramMeters meters = TelegramMeters.NONE;
    private WebhookSettings webhook;
    private Clock clock = Clock.systemUTC();

    private Builder(String token, Function<ChatAdmins, ChatHandler> handler) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("bot token must not be blank");
      }
      this.token = token;
      this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** The Bot API server, {@code scheme://host[:port]}; {@value TelegramBot#DEFAULT_API_URL} by default. */
    public Builder apiUrl(String apiUrl) {
      telegramUrl(apiUrl); // fail here rather than at start
      this.apiUrl = apiUrl;
      return this;
    }

    /** Paces the messages sent; {@link Throttle#UNLIMITED} by default. */
    public Builder throttle(Throttle throttle) {
      this.throttle = Objects.requireNonNull(throttle, "throttle");
      return this;
    }

    /** Threads that run the handler and send its replies, i.e. chats answered at once; 16 by default. */
    public Builder workers(int workers) {
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1, got " + workers);
      }
      this.workers = workers;
      return this;
    }

    /** How long one getUpdates waits for updates; 50 s by default. */
    Builder pollTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.toSeconds() > 3600) {
        throw new IllegalArgumentException("poll timeout must be 0 to 3600 s, got " + timeout);
      }
      this.pollTimeout = timeout;
      return this;
    }

    /** How long {@link TelegramBot#close()} waits for the replies in progress; 8 s by default. */
    public Builder closeTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("close timeout must not be negative, got " + timeout);
      }
      this.closeTimeout = timeout;
      return this;
    }

    /**
     * How long one Bot API call other than getUpdates may take before it counts as a transient
     * failure (getUpdates gets its long-poll timeout and a margin); 15 s by default.
     */
    Builder callDeadline(Duration deadline) {
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("call deadline must be positive, got " + deadline);
      }
      this.callDeadline = deadline;
      return this;
    }

    /** Retries of replies and of getMe (tests shorten the waits). */
    Builder retryPolicy(RetryPolicy retry) {
      this.retry = retry;
      return this;
    }

    /** The backoff {@link TelegramAlertSender} proposes after 5xx and network errors. */
    Builder alertBackoff(Backoff backoff) {
      this.alertBackoff = backoff;
      return this;
    }

    /** The poller's wait after failed getUpdates in a row; 0.5 s doubling up to 30 s by default. */
    Builder pollBackoff(Backoff backoff) {
      this.pollBackoff = backoff;
      return this;
    }

    /** Counts updates, replies and 429s through these callbacks; {@link TelegramMeters#NONE} by default. */
    public Builder meters(TelegramMeters meters) {
      this.meters = Objects.requireNonNull(meters, "meters");
      return this;
    }

    /** Takes updates by webhook instead of long polling; mount {@link #webhookHandler()} on a server. */
    public Builder webhook(WebhookSettings webhook) {
      this.webhook = Objects.requireNonNull(webhook, "webhook");
      return this;
    }

    /** The clock of the webhook's leases (tests move it). */
    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** A bot with these settings, not started. */
    public TelegramBot build() {
      return new TelegramBot(this);
    }

    private Builder copy() {
      Builder c = new Builder(token, handler);
      c.apiUrl = apiUrl;
      c.throttle = throttle;
      c.workers = workers;
      c.pollTimeout = pollTimeout;
      c.closeTimeout = closeTimeout;
      c.retry = retry;
      c.callDeadline = callDeadline;
      c.alertBackoff = alertBackoff;
      c.pollBackoff = pollBackoff;
      c.meters = meters;
      c.webhook = webhook;
      c.clock = clock;
      return c;
    }
  }
}
