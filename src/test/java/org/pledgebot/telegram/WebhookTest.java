package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pledgebot.chat.Input;
import org.pledgebot.chat.UpdateInbox;
import org.pledgebot.ops.Health;
import org.pledgebot.ops.OpsServer;

/**
 * The webhook transport on the real HTTP server (Javalin on loopback, port 0), the real
 * TelegramBots client and the {@link FakeBotApi}: what Telegram posts, and what else may arrive.
 */
@Timeout(30)
class WebhookTest {

  static final String SECRET = "wh-Secret_0123456789abcdef";
  static final URI URL = URI.create("https://bot.example.org/tg/hook");
  static final Duration WAIT = TelegramBotTest.WAIT;

  final HttpClient http = HttpClient.newHttpClient();
  final AtomicInteger ids = new AtomicInteger(5000);
  FakeBotApi api;
  EchoHandler echo;
  UpdateInbox inbox;
  TelegramBot bot;
  OpsServer server;
  Health health;

  @BeforeEach
  void setUp() throws Exception {
    api = FakeBotApi.start(TelegramBotTest.TOKEN);
    echo = new EchoHandler();
    inbox = UpdateInbox.inMemory();
  }

  @AfterEach
  void tearDown() {
    if (bot != null) {
      bot.close();
    }
    if (server != null) {
      server.close();
    }
    if (health != null) {
      health.close();
    }
    api.close();
  }

  TelegramBot startBot(WebhookSettings webhook) {
    bot = TelegramBotTest.fastBuilder(api, echo).webhook(webhook).build();
    health = new Health(() -> 1, () -> {}, Duration.ofSeconds(1));
    server = OpsServer.start("127.0.0.1", 0, health, () -> "", Map.of(webhook.path(), bot.webhookHandler()));
    bot.start();
    return bot;
  }

  TelegramBot startBot() {
    return startBot(settings(inbox, false));
  }

  static WebhookSettings settings(UpdateInbox inbox, boolean reregister) {
    return new WebhookSettings(URL, SECRET, inbox, reregister, Duration.ofSeconds(1), Duration.ofMillis(100));
  }

  ObjectNode withId(ObjectNode update) {
    update.put("update_id", ids.incrementAndGet());
    return update;
  }

  HttpResponse<String> post(String body, String secret) throws Exception {
    return post(HttpRequest.BodyPublishers.ofString(body), secret);
  }

  HttpResponse<String> post(HttpRequest.BodyPublisher body, String secret) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(hook())
        .header("Content-Type", "application/json")
        .POST(body);
    if (secret != null) {
      request.header(WebhookTransport.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI hook() {
    return URI.create("http://127.0.0.1:" + server.port() + URL.getPath());
  }

  // ------------------------------------------------------------------ what Telegram posts

  @Test
  void registersOnceAndAnswersAPostedUpdateThroughTheBotApi() throws Exception {
    startBot();
    List<FakeBotApi.Call> registrations = api.calls("setWebhook");
    assertEquals(1, registrations.size(), api.summary());
    FakeBotApi.Call set = registrations.get(0);
    assertEquals(URL.toString(), set.param("url"));
    assertEquals(SECRET, set.param("secret_token"));
    assertEquals("[\"message\",\"callback_query\",\"inline_query\"]", set.param("allowed_updates"));
    assertEquals("false", set.param("drop_pending_updates"));
    assertEquals(0, api.calls("getUpdates").size(), "a webhook bot does not poll");

    HttpResponse<String> answer = post(withId(Updates.privateText(42, "en", "open data?")).toString(), SECRET);

    assertEquals(200, answer.statusCode());
    assertEquals("echo: open data?", TelegramBotTest.sentTo(api, 42).text());
  }

  @Test
  void pressesAndInlineQueriesArriveByWebhookToo() throws Exception {
    startBot();
    assertEquals(200, post(withId(Updates.callback(43, "private", 43, "en", 7, "more:1")).toString(), SECRET)
        .statusCode());
    assertEquals(200, post(withId(Updates.inline(44, "fr", "données")).toString(), SECRET).statusCode());

    assertEquals("page 2", api.awaitCall("editMessageText", c -> true, WAIT).text());
    assertEquals(10, api.awaitCall("answerInlineQuery", c -> true, WAIT).params().path("results").size());
  }

  @Test
  void aWrongOrMissingSecretGets401AndIsNeverHandled() throws Exception {
    startBot();
    assertEquals(401, post(withId(Updates.privateText(50, "en", "forged")).toString(), null).statusCode());
    assertEquals(401, post(withId(Updates.privateText(51, "en", "forged")).toString(), "wrong").statusCode());
    assertEquals(401, post(withId(Updates.privateText(52, "en", "forged")).toString(), SECRET + "x").statusCode());
    assertEquals(401, post(withId(Updates.privateText(53, "en", "forged")).toString(), "").statusCode());

    assertEquals(200, post(withId(Updates.privateText(54, "en", "genuine")).toString(), SECRET).statusCode());
    TelegramBotTest.sentTo(api, 54);
    assertEquals(List.of(54L), echo.seen.stream().map(i -> i.userId()).toList(), "only the genuine one was handled");
    assertEquals(1, api.calls("sendMessage").size());
  }

  @Test
  void aBodyThatIsNotAnUpdateGets400() throws Exception {
    startBot();
    assertEquals(400, post("not json at all", SECRET).statusCode());
    assertEquals(400, post("[1,2,3]", SECRET).statusCode());
    assertEquals(400, post("{\"message\":{\"text\":\"no id\"}}", SECRET).statusCode());
    assertEquals(400, post("{\"update_id\":\"seven\"}", SECRET).statusCode());
    assertEquals(400, post("", SECRET).statusCode());
    assertTrue(echo.seen.isEmpty());
  }

  @Test
  void aHugeBodyGets413WhetherItsLengthIsDeclaredOrNot() throws Exception {
    startBot();
    byte[] huge = new byte[2 << 20];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    assertEquals(413, post(HttpRequest.BodyPublishers.ofByteArray(huge), SECRET).statusCode());
    // chunked, no Content-Length: the bound holds while reading
    assertEquals(413, post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)), SECRET)
        .statusCode());
    assertEquals(200, post(withId(Updates.privateText(60, "en", "small")).toString(), SECRET).statusCode());
    TelegramBotTest.sentTo(api, 60);
  }

  @Test
  void anUnknownUpdateTypeGets200AndIsIgnored() throws Exception {
    startBot();
    assertEquals(200, post(withId(Updates.poll()).toString(), SECRET).statusCode());
    assertEquals(200, post(withId(Updates.fromTheFuture()).toString(), SECRET).statusCode());
    assertEquals(200, post(withId(Updates.malformed()).toString(), SECRET).statusCode());
    assertEquals(200, post(withId(Updates.privateText(61, "en", "after them")).toString(), SECRET).statusCode());

    TelegramBotTest.sentTo(api, 61);
    assertEquals(1, echo.seen.size(), "only the text reached the handler");
  }

  @Test
  void anotherMethodOnTheWebhookPathGets405() throws Exception {
    startBot();
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(hook()).header(WebhookTransport.SECRET_HEADER, SECRET)
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
  }

  // ------------------------------------------------------------------ once, whatever the deliveries

  @Test
  void theSameUpdatePostedTwiceIsAnsweredOnce() throws Exception {
    startBot();
    String update = withId(Updates.privateText(70, "en", "twice?")).toString();
    assertEquals(200, post(update, SECRET).statusCode());
    assertEquals(200, post(update, SECRET).statusCode());
    TelegramBotTest.sentTo(api, 70);
    assertEquals(200, post(update, SECRET).statusCode());
    assertEquals(200, post(withId(Updates.privateText(70, "en", "next")).toString(), SECRET).statusCode());

    api.awaitCall("sendMessage", c -> "echo: next".equals(c.text()), WAIT);
    assertEquals(2, api.calls("sendMessage").size(), api.summary());
  }

  @Test
  void theSameUpdatePostedConcurrentlyIsAnsweredOnce() throws Exception {
    startBot();
    int copies = 8;
    List<String> updates = new ArrayList<>();
    for (int chat = 0; chat < 5; chat++) {
      updates.add(withId(Updates.privateText(80 + chat, "en", "race " + chat)).toString());
    }
    ExecutorService posters = Executors.newFixedThreadPool(copies);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (String update : updates) {
        for (int i = 0; i < copies; i++) {
          statuses.add(posters.submit(() -> {
            go.await();
            return post(update, SECRET).statusCode();
          }));
        }
      }
      go.countDown();
      for (Future<Integer> status : statuses) {
        assertEquals(200, status.get());
      }
    } finally {
      posters.shutdownNow();
    }
    api.awaitCalls("sendMessage", c -> true, 5, WAIT);
    Thread.sleep(200);
    assertEquals(5, api.calls("sendMessage").size(), api.summary());
    assertEquals(5, echo.seen.size());
  }

  @Test
  void anUpdateAcceptedByAnInstanceThatDiedIsTakenOverOnce() throws Exception {
    String update = withId(Updates.privateText(90, "en", "orphan")).toString();
    long id = ids.get();
    // accepted by another instance whose lease has already run out, never done
    assertTrue(inbox.accept(id, update, Instant.now().minusSeconds(1)));
    startBot();

    assertEquals("echo: orphan", TelegramBotTest.sentTo(api, 90).text());
    assertEquals(200, post(update, SECRET).statusCode(), "Telegram redelivers it meanwhile");
    Thread.sleep(400); // several recovery rounds
    assertEquals(1, api.calls("sendMessage").size(), api.summary());
    assertEquals(List.of(), inbox.claimExpired(Instant.now().plusSeconds(3600), Instant.now(), 10),
        "done, nothing left to claim");
  }

  /**
   * A lease shorter than the wait: the first update of a chat takes 2.5 s to answer, the second
   * waits behind it in the chat's queue, both with a 1 s lease. Another instance looks for updates
   * whose lease ran out all along and must find none: the instance renews what it holds.
   */
  @Test
  void leasesAreRenewedWhileUpdatesWaitInTheirChatsQueue() throws Exception {
    echo.before = input -> {
      if (input instanceof Input.Text text && text.text().equals("slow")) {
        try {
          Thread.sleep(2_500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    startBot();
    assertEquals(200, post(withId(Updates.privateText(93, "en", "slow")).toString(), SECRET).statusCode());
    assertEquals(200, post(withId(Updates.privateText(93, "en", "queued")).toString(), SECRET).statusCode());
    List<Long> takenByAnother = new ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (api.calls("sendMessage").size() < 2 && System.nanoTime() < deadline) {
      inbox.claimExpired(Instant.now(), Instant.now().plusSeconds(60), 10).forEach(c -> takenByAnother.add(c.updateId()));
      Thread.sleep(50);
    }
    Thread.sleep(300);
    assertEquals(List.of(), takenByAnother, "no update's lease ran out while this instance held it");
    assertEquals(List.of("echo: slow", "echo: queued"),
        api.calls("sendMessage").stream().map(c -> c.param("text")).toList(), api.summary());
  }

  @Test
  void anInboxThatCannotRecordGets503SoThatTelegramDeliversAgain() throws Exception {
    UpdateInbox failing = new UpdateInbox() {
      @Override
      public boolean accept(long updateId, String json, Instant leaseUntil) {
        throw new IllegalStateException("database gone: " + json);
      }

      @Override
      public Set<Long> renew(Collection<Long> updateIds, Instant now, Instant leaseUntil) {
        return Set.of();
      }

      @Override
      public void done(long updateId, Instant at) {}

      @Override
      public List<Claimed> claimExpired(Instant now, Instant leaseUntil, int limit) {
        return List.of();
      }

      @Override
      public int forgetDone(Instant before) {
        return 0;
      }
    };
    try (LogCapture log = new LogCapture()) {
      startBot(settings(failing, false));
      assertEquals(503, post(withId(Updates.privateText(95, "en", "private words")).toString(), SECRET).statusCode());
      assertTrue(echo.seen.isEmpty());
      assertTrue(log.text().contains("Telegram will deliver it again"), log.text());
      assertFalse(log.text().contains("private words"), "the update's content is not logged");
    }
  }

  // ------------------------------------------------------------------ registration

  @Test
  void setWebhookOnlyWhenGetWebhookInfoShowsSomethingElse() throws Exception {
    api.webhook(new FakeBotApi.Webhook(URL.toString(), SECRET, LenientGetUpdates.ALLOWED));
    startBot();
    assertEquals(1, api.calls("getWebhookInfo").size());
    assertEquals(0, api.calls("setWebhook").size(), "already registered: another instance did it");
    restart(settings(inbox, false));
    assertEquals(0, api.calls("setWebhook").size());

    api.webhook(new FakeBotApi.Webhook(URL.toString(), SECRET, List.of("message")));
    restart(settings(inbox, false));
    assertEquals(1, api.calls("setWebhook").size(), "other update types: registered again");

    api.webhook(new FakeBotApi.Webhook("https://old.example.org/hook", SECRET, LenientGetUpdates.ALLOWED));
    restart(settings(inbox, false));
    assertEquals(2, api.calls("setWebhook").size(), "another url: registered again");
    assertEquals(URL.toString(), api.webhook().url());

    restart(settings(inbox, true));
    assertEquals(3, api.calls("setWebhook").size(), "asked to: the way to change the secret alone");
    assertEquals(0, api.calls("deleteWebhook").size());
  }

  private void restart(WebhookSettings webhook) {
    bot.close();
    server.close();
    health.close();
    startBot(webhook);
  }

  @Test
  void neitherTheSecretNorTheTokenAppearsInAnyLogLine() throws Exception {
    String text;
    try (LogCapture log = new LogCapture()) {
      startBot();
      post(withId(Updates.privateText(96, "en", "hello")).toString(), SECRET);
      TelegramBotTest.sentTo(api, 96);
      post(withId(Updates.privateText(97, "en", "forged")).toString(), SECRET.substring(1));
      post("garbage " + SECRET, SECRET);
      api.failNext("sendMessage", 1, FakeBotApi.Answer.badRequest("echoing " + SECRET));
      post(withId(Updates.privateText(98, "en", "x")).toString(), SECRET);
      api.awaitCall("sendMessage", c -> c.status() == 400, WAIT);
      bot.close();
      text = log.text() + bot + settings(inbox, false);
    }
    assertFalse(text.contains(TelegramBotTest.TOKEN), text);
    // the API's own error text is logged as the API gave it: a secret echoed there is the one exception
    assertFalse(text.replace("echoing " + SECRET, "").contains(SECRET), text);
    assertFalse(text.contains("forged"), "no refused request is logged with its content");
  }
}
