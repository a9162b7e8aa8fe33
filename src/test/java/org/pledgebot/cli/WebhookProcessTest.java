package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.Updates;

/**
 * The shipped bot in a child JVM in webhook mode, configured only by the documented variables:
 * it registers the webhook, serves /healthz, answers a posted update once however often it is
 * posted, refuses a wrong secret, counts in /metrics, stops on SIGTERM; a polling start then
 * removes the webhook.
 */
@Timeout(120)
class WebhookProcessTest {

  static final String TOKEN = "535353:webhook-process-token";
  static final String SECRET = "process_Secret-42abcdef";
  static final String URL = "https://bot.example.org/tg";

  @TempDir Path data;
  @TempDir Path logs;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void webhookModeThenBackToPolling() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (FakeBotApi api = FakeBotApi.start(TOKEN)) {
      Process bot = start(api, "webhook", Map.of("PLEDGEBOT_WEBHOOK_URL", URL, "PLEDGEBOT_WEBHOOK_SECRET", SECRET,
          "PLEDGEBOT_HTTP_HOST", "127.0.0.1", "PLEDGEBOT_HTTP_PORT", String.valueOf(port)));
      try {
        api.awaitCall("setWebhook", c -> true, Duration.ofSeconds(30));
        assertEquals(new FakeBotApi.Webhook(URL, SECRET, List.of("message", "callback_query",
            "inline_query")), api.webhook());
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> health = get(base + "/healthz");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().matches("\\{\"status\":\"ok\",\"index\":\\d+,\"database\":\"ok\"}"), health.body());

        String update = Updates.privateText(7, "en", "/help").put("update_id", 900).toString();
        assertEquals(401, post(base + "/tg", update, "not-the-secret").statusCode());
        assertEquals(200, post(base + "/tg", update, SECRET).statusCode());
        assertEquals(200, post(base + "/tg", update, SECRET).statusCode());
        assertTrue(BotProcessTest.awaitText(api, 7, "/themes"), api.summary());
        Thread.sleep(500);
        assertEquals(1, BotProcessTest.texts(api, 7).size(), "answered once");
        // The reply reaches the fake before the bot counts it sent (the count follows the call's
        // answer): read the metrics until the count shows, then check it is exactly one.
        String metrics = awaitMetric(base, "pledgebot_replies_sent_total", 1.0);
        assertEquals(2.0, MetricsTest.value(metrics, "pledgebot_updates_received_total"), metrics);
        assertEquals(1.0, MetricsTest.value(metrics, "pledgebot_replies_sent_total"), metrics);

        BotProcessTest.stop(bot);
      } finally {
        bot.destroyForcibly();
      }

      Process polling = start(api, "polling", Map.of());
      try {
        api.awaitCall("deleteWebhook", c -> true, Duration.ofSeconds(30));
        assertEquals(FakeBotApi.Webhook.NONE, api.webhook());
        api.enqueue(Updates.privateText(8, "en", "/help"));
        assertTrue(BotProcessTest.awaitText(api, 8, "/themes"), api.summary());
        BotProcessTest.stop(polling);
      } finally {
        polling.destroyForcibly();
      }
      String logged = Files.readString(logs.resolve("webhook.log")) + Files.readString(logs.resolve("polling.log"));
      assertFalse(logged.contains(TOKEN.substring(7)), "the token never shows in the log");
      assertFalse(logged.contains(SECRET), "the secret never shows in the log");
    }
  }

  Process start(FakeBotApi api, String name, Map<String, String> env) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName());
    builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    builder.environment().put("TELEGRAM_API_URL", api.url());
    builder.environment().put("PLEDGEBOT_DATA", data.toString());
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    return builder.start();
  }

  /** The metrics page once {@code name} has reached {@code value}, or as it is after 30 s. */
  String awaitMetric(String base, String name, double value) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String metrics = get(base + "/metrics").body();
    while (!metrics.matches("(?s).*\\n" + name + "(\\{[^}]*})? " + value + "\\n.*") && System.nanoTime() < deadline) {
      Thread.sleep(50);
      metrics = get(base + "/metrics").body();
    }
    return metrics;
  }

  HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String url, String body, String secret) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Telegram-Bot-Api-Secret-Token", secret)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
