package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.PledgeLedger;
import org.pledgebot.alerts.QueuedAlert;
import org.pledgebot.alerts.Subscription;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;
import org.pledgebot.ops.Health;
import org.pledgebot.ops.OpsServer;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.telegram.EchoHandler;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.TelegramBot;
import org.pledgebot.telegram.Updates;

/** /metrics after real traffic: the Telegram transport's counters, the alerts' and the outbox depth. */
@Timeout(30)
class MetricsTest {

  static final String TOKEN = "123456789:AAF-metrics_TOKEN-for-tests";

  @TempDir Path data;

  @Test
  void metricsCountUpdatesRepliesRateLimitsAlertsAndQuestions() throws Exception {
    Metrics metrics = new Metrics();
    try (Store store = SqliteStore.open(data.resolve("bot.db"));
        FakeBotApi api = FakeBotApi.start(TOKEN);
        Health health = new Health(() -> 1, () -> store.language(0L), Duration.ofSeconds(1));
        OpsServer server = OpsServer.start("127.0.0.1", 0, health, metrics::scrape, Map.of())) {
      metrics.outboxDepth(store::pending); // as BotCommand wires it
      api.failNext("sendMessage", 1, FakeBotApi.Answer.tooManyRequests(0));
      try (TelegramBot bot = TelegramBot.builder(TOKEN, metrics.timed(new EchoHandler()))
          .apiUrl(api.url()).meters(metrics.telegram()).build()) {
        bot.start();
        api.enqueue(Updates.privateText(1, "en", "open data?"));
        api.enqueue(Updates.privateText(2, "en", "/help"));
        api.enqueue(Updates.poll());
        api.awaitCalls("sendMessage", c -> c.status() == 200, 2, Duration.ofSeconds(5));
      }

      Outbox outbox = metrics.counted((Outbox) store);
      PledgeLedger ledger = metrics.counted((PledgeLedger) store);
      ledger.initialise(Map.of());
      Subscription a = store.subscribe(10, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Subscription b = store.subscribe(11, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      Subscription c = store.subscribe(12, ChatType.PRIVATE, new Target.Theme("open-data"), Lang.EN);
      assertEquals(3, ledger.recordNew("NO", "h1", List.of(new PledgeLedger.NewAlert(10, a.id()),
          new PledgeLedger.NewAlert(11, b.id()), new PledgeLedger.NewAlert(12, c.id()))));
      assertEquals(3.0, value(scrape(server), "pledgebot_outbox_depth"));
      List<QueuedAlert> due = outbox.due(Instant.now().plusSeconds(1), 10);
      outbox.markSent(due.get(0).id(), Instant.now());
      outbox.drop(due.get(1).id(), "refused");
      outbox.release(List.of(due.get(2).id()));

      String text = scrape(server);
      assertEquals(3.0, value(text, "pledgebot_updates_received_total"), text);
      assertEquals(2.0, value(text, "pledgebot_replies_sent_total"), text);
      assertEquals(1.0, value(text, "pledgebot_telegram_rate_limited_total"), text);
      assertEquals(3.0, value(text, "pledgebot_alerts_queued_total"), text);
      assertEquals(1.0, value(text, "pledgebot_alerts_sent_total"), text);
      assertEquals(1.0, value(text, "pledgebot_alerts_dropped_total"), text);
      assertEquals(1.0, value(text, "pledgebot_outbox_depth"), text);
      assertEquals(1.0, value(text, "pledgebot_search_seconds_count"), "the question, not /help: " + text);
      assertTrue(text.contains("pledgebot_search_seconds{quantile=\"0.99\"}"), text);
      assertTrue(!text.contains(TOKEN), "no token in the metrics");
    }
  }

  @Test
  void anOutboxThatCannotCountShowsItsDepthAsNotANumber() {
    Metrics metrics = new Metrics();
    metrics.outboxDepth(OptionalLong::empty);
    assertTrue(Double.isNaN(value(metrics.scrape(), "pledgebot_outbox_depth")));
  }

  static String scrape(OpsServer server) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return response.body();
  }

  static double value(String text, String name) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$").matcher(text);
    if (!m.find()) {
      throw new AssertionError(name + " not in:\n" + text);
    }
    return Double.parseDouble(m.group(1));
  }
}
