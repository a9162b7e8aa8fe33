package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pledgebot.base.Backoff;
import org.pledgebot.chat.AnswerFailure;
import org.pledgebot.chat.Input;
import org.pledgebot.message.ChatType;
import org.pledgebot.pace.Throttle;

/** The real TelegramBots client and long polling against {@link FakeBotApi} on loopback. */
@Timeout(30)
class TelegramBotTest {

  static final String TOKEN = "123456789:AAF-secret_TOKEN-for-tests";
  /**
   * How long a test waits for something that must happen. A passing test never waits it out, so it is
   * generous: a machine loaded by parallel builds took more than five seconds to answer once.
   */
  static final Duration WAIT = Duration.ofSeconds(10);
  /** The poll timeout of {@link #fastBuilder}. */
  static final Duration FAST_POLL = Duration.ofSeconds(2);
  static final ObjectMapper JSON = new ObjectMapper();

  FakeBotApi api;
  EchoHandler echo;
  TelegramBot bot;

  @BeforeEach
  void setUp() throws Exception {
    api = FakeBotApi.start(TOKEN);
    echo = new EchoHandler();
  }

  @AfterEach
  void tearDown() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  TelegramBot start() {
    return start(b -> b);
  }

  TelegramBot start(UnaryOperator<TelegramBot.Builder> tweak) {
    bot = tweak.apply(fastBuilder(api, echo)).build();
    bot.start();
    return bot;
  }

  /** Short polls and waits, so that the tests stay fast. */
  static TelegramBot.Builder fastBuilder(FakeBotApi api, EchoHandler handler) {
    return TelegramBot.builder(TOKEN, handler)
        .apiUrl(api.url())
        .pollTimeout(FAST_POLL)
        .closeTimeout(Duration.ofSeconds(3))
        .retryPolicy(new RetryPolicy(4, Backoff.doubling(Duration.ofMillis(100), Duration.ofMillis(400)),
            Duration.ofSeconds(5)))
        .pollBackoff(Backoff.doubling(Duration.ofMillis(50), Duration.ofMillis(300)))
        .workers(4);
  }

  static FakeBotApi.Call sentTo(FakeBotApi api, long chatId) throws InterruptedException {
    return api.awaitCall("sendMessage", c -> c.status() == 200 && Long.valueOf(chatId).equals(c.chatId()), WAIT);
  }

  // ------------------------------------------------------------------ questions and answers

  @Test
  void answersAFrenchAndAnEnglishQuestionInHtmlWithAKeyboardAndNoPreview() throws Exception {
    start();
    api.enqueue(Updates.privateText(101, "fr", "Quels engagements sur les données ouvertes ?"));
    api.enqueue(Updates.privateText(102, "en", "Which pledges are about open data?"));

    FakeBotApi.Call french = sentTo(api, 101);
    FakeBotApi.Call english = sentTo(api, 102);
    assertEquals("echo: Quels engagements sur les données ouvertes ?", french.text());
    assertEquals("echo: Which pledges are about open data?", english.text());
    for (FakeBotApi.Call call : List.of(french, english)) {
      assertTrue("HTML".equalsIgnoreCase(call.param("parse_mode")), call.param("parse_mode"));
      assertTrue(call.params().path("link_preview_options").path("is_disabled").asBoolean());
      JsonNode button = call.params().path("reply_markup").path("inline_keyboard").path(0).path(0);
      assertEquals("More", button.path("text").asText());
      assertEquals("more:1", button.path("callback_data").asText());
    }
    Input.Text frenchInput = (Input.Text) echo.seen.stream()
        .filter(i -> i.userId() == 101).findFirst().orElseThrow();
    assertEquals("fr", frenchInput.languageCode());
    assertEquals(ChatType.PRIVATE, frenchInput.chatType());
  }

  @Test
  void startsWithGetMeRegistersTheMenuInEveryLanguageAndPollsOnlyWhatItHandles() throws Exception {
    start();
    assertEquals(java.util.Optional.of(FakeBotApi.BOT_USERNAME), bot.username());
    api.awaitCall("getUpdates", c -> true, WAIT);
    List<FakeBotApi.Call> calls = api.calls();
    assertTrue(calls.get(0).is("getMe"), api.summary());
    List<FakeBotApi.Call> menus = api.calls("setMyCommands");
    assertEquals(4, menus.size());
    assertNull(menus.get(0).param("language_code"));
    assertEquals("en", menus.get(1).param("language_code"));
    assertEquals("fr", menus.get(2).param("language_code"));
    assertEquals("es", menus.get(3).param("language_code"));
    assertTrue(menus.get(2).param("commands").contains("\"pays\""));
    assertTrue(menus.get(2).param("commands").contains("\"oublier\""));
    assertTrue(menus.get(1).param("commands").contains("\"country\""));
    assertTrue(menus.get(1).param("commands").contains("\"about\""));
    assertTrue(menus.get(2).param("commands").contains("\"apropos\""));
    JsonNode spanish = JSON.readTree(menus.get(3).param("commands"));
    List<String> names = new ArrayList<>();
    spanish.forEach(c -> names.add(c.path("command").asText()));
    assertEquals(List.of("start", "ayuda", "acerca", "temas", "pais", "lang", "suscribir", "suscripciones",
        "desuscribir", "olvidar"), names);
    assertEquals("Explorar los compromisos por tema", spanish.path(3).path("description").asText());
    for (FakeBotApi.Call menu : menus) {
      JSON.readTree(menu.param("commands")).forEach(c -> {
        assertTrue(c.path("command").asText().matches("[a-z0-9_]{1,32}"), c.toString());
        assertTrue(c.path("description").asText().length() <= 256, c.toString());
      });
    }
    assertEquals(1, api.calls("getWebhookInfo").size());
    assertEquals(0, api.calls("deleteWebhook").size(), "no webhook was set: nothing to delete");
    FakeBotApi.Call poll = api.calls("getUpdates").get(0);
    assertEquals("[\"message\",\"callback_query\",\"inline_query\"]", poll.param("allowed_updates"));
    assertEquals("2", poll.param("timeout"));
  }

  @Test
  void pollingRemovesAWebhookLeftByWebhookModeAndOnlyThen() throws Exception {
    api.webhook(new FakeBotApi.Webhook("https://bot.example.org/hook", "s3cret", List.of("message")));
    start();
    api.enqueue(Updates.privateText(121, "en", "polling again?"));

    assertEquals("echo: polling again?", sentTo(api, 121).text());
    assertEquals(1, api.calls("deleteWebhook").size(), api.summary());
    assertEquals(FakeBotApi.Webhook.NONE, api.webhook());
    assertEquals(0, api.calls("getUpdates").stream().filter(c -> c.status() == 409).count(),
        "the webhook was gone before the first poll");
  }

  @Test
  void aRefusedCommandMenuCostsOneWarningAndTheBotStillAnswers() throws Exception {
    try (LogCapture log = new LogCapture()) {
      api.failNext("setMyCommands", 4, FakeBotApi.Answer.badRequest("BOT_COMMAND_INVALID"));
      start();
      api.enqueue(Updates.privateText(111, "en", "menu?"));

      assertEquals("echo: menu?", sentTo(api, 111).text());
      assertEquals(1, log.text().lines().filter(l -> l.contains(" WARN ")).count(), log.text());
      assertTrue(log.text().contains("command menu not (fully) registered"), log.text());
    }
  }

  @Test
  void pagesThroughACallbackWithAnEditAndAnAcknowledgement() throws Exception {
    start();
    api.enqueue(Updates.callback(201, "private", 201, "en", 55, "more:1"));

    FakeBotApi.Call edit = api.awaitCall("editMessageText", c -> true, WAIT);
    assertEquals(201L, edit.chatId());
    assertEquals("55", edit.param("message_id"));
    assertEquals("page 2", edit.text());
    assertTrue("HTML".equalsIgnoreCase(edit.param("parse_mode")));
    assertEquals("more:2", edit.params().path("reply_markup").path("inline_keyboard").path(0).path(0)
        .path("callback_data").asText());
    FakeBotApi.Call ack = api.awaitCall("answerCallbackQuery", c -> true, WAIT);
    assertEquals("page 2", ack.param("text"));
    assertTrue(ack.param("callback_query_id").startsWith("cb"));
    assertTrue(edit.nanos() < ack.nanos(), "the replies are performed in order");
  }

  @Test
  void answersAnInlineQueryWithAtMostTenPersonalHtmlArticles() throws Exception {
    start();
    api.enqueue(Updates.inline(301, "fr", "données ouvertes"));

    FakeBotApi.Call answer = api.awaitCall("answerInlineQuery", c -> true, WAIT);
    JsonNode results = answer.params().path("results");
    assertEquals(10, results.size());
    JsonNode first = results.path(0);
    assertEquals("article", first.path("type").asText());
    assertEquals("a1", first.path("id").asText());
    assertEquals("Result 1 for données ouvertes", first.path("title").asText());
    assertEquals("https://www.opengovpartnership.org/", first.path("url").asText());
    JsonNode content = first.path("input_message_content");
    assertEquals("<b>result 1</b> données ouvertes", content.path("message_text").asText());
    assertTrue("HTML".equalsIgnoreCase(content.path("parse_mode").asText()));
    assertTrue(answer.params().path("is_personal").asBoolean());
    assertTrue(answer.params().path("cache_time").asInt() <= 60);
    Input.Inline input = (Input.Inline) echo.seen.get(0);
    assertEquals("données ouvertes", input.text());
    assertEquals("fr", input.languageCode());
  }

  @Test
  void inGroupsAnswersOnlyItsCommandsMentionsAndRepliesWithoutTheMention() throws Exception {
    start();
    long group = -1001;
    api.enqueue(Updates.text(group, "supergroup", 11, "en", "hello everyone, any news?"));
    api.enqueue(Updates.text(group, "supergroup", 12, "en", "/help@otherbot"));
    api.enqueue(Updates.reply(group, 13, "I agree with you", 7, Updates.user(99, "en")));
    api.enqueue(Updates.text(group, "supergroup", 14, "en", "/help@PledgeTestBot"));
    api.enqueue(Updates.text(group, "supergroup", 15, "fr", "@pledgetestbot engagements du Kenya"));
    api.enqueue(Updates.text(group, "group", 16, "en", "what does @pledgetestbot say about Chile?"));
    api.enqueue(Updates.reply(group, 17, "and Norway?", 8, FakeBotApi.botUser()));
    api.enqueue(Updates.text(group, "supergroup", 18, "en", "/themes"));

    List<FakeBotApi.Call> sent = api.awaitCalls("sendMessage", c -> true, 5, WAIT);
    assertEquals(List.of("echo: /help", "echo: engagements du Kenya", "echo: what does say about Chile?",
        "echo: and Norway?", "echo: /themes"), sent.stream().map(FakeBotApi.Call::text).toList());
    Thread.sleep(200);
    assertEquals(5, api.calls("sendMessage").size(), "group chatter and other bots' commands are ignored");
    assertEquals(List.of(14L, 15L, 16L, 17L, 18L), echo.seen.stream().map(Input::userId).toList());
    assertEquals(ChatType.SUPERGROUP, ((Input.Text) echo.seen.get(0)).chatType());
  }

  @Test
  void ignoresMediaEditsChannelPostsMemberChangesPollsAndUnknownUpdatesWithoutCrashing() throws Exception {
    try (LogCapture log = new LogCapture()) {
      start();
      api.enqueue(Updates.photo(401, 401));
      api.enqueue(Updates.sticker(401, 401));
      api.enqueue(Updates.editedMessage(401, 401, "edited question"));
      api.enqueue(Updates.channelPost(-100500, "a channel post"));
      api.enqueue(Updates.myChatMember(401, 401));
      api.enqueue(Updates.poll());
      api.enqueue(Updates.fromTheFuture());
      int malformed = api.enqueue(Updates.malformed());
      api.enqueue(Updates.inlineMessageCallback(401, "more:1"));
      api.enqueue(Updates.privateText(401, "en", "still there?"));

      assertEquals("echo: still there?", sentTo(api, 401).text());
      FakeBotApi.Call ack = api.awaitCall("answerCallbackQuery", c -> true, WAIT);
      assertNull(ack.param("text"), "a press with nothing to edit only stops the spinner");
      Thread.sleep(200);
      assertEquals(1, api.calls("sendMessage").size(), api.summary());
      assertEquals(1, echo.seen.size(), "only the text reached the handler");
      assertTrue(log.text().contains("could not be read"), "the unreadable update is reported");
      api.awaitCall("getUpdates", c -> c.params().path("offset").asInt() > malformed, WAIT); // not stuck on it
      assertFalse(log.text().contains("ERROR"), log.text());
    }
  }

  @Test
  void userHtmlArrivesEscapedAsTheHandlerWroteIt() throws Exception {
    start();
    api.enqueue(Updates.privateText(501, "en", "<b>bold</b> & <script>x</script>"));

    FakeBotApi.Call sent = sentTo(api, 501);
    assertEquals("echo: &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;", sent.text());
    assertTrue("HTML".equalsIgnoreCase(sent.param("parse_mode")));
  }

  // ------------------------------------------------------------------ failures

  @Test
  void apologizesInBothLanguagesWhenTheHandlerFails() throws Exception {
    try (LogCapture log = new LogCapture()) {
      start();
      api.enqueue(Updates.privateText(601, "fr", "/boom"));
      api.enqueue(Updates.privateText(602, "en", "/boom"));
      api.enqueue(Updates.callback(603, "private", 603, "en", 9, "boom"));
      api.enqueue(Updates.inline(604, "en", "boom"));

      // the engine's apology, in the user's language: one wording, wherever the failure happens
      assertEquals("Désolé, un problème est survenu de mon côté. Réessayez dans un instant.",
          sentTo(api, 601).text());
      assertEquals(AnswerFailure.text("fr"), sentTo(api, 601).text());
      assertEquals(AnswerFailure.text("en"), sentTo(api, 602).text());
      assertEquals(AnswerFailure.text("en"), api.awaitCall("answerCallbackQuery", c -> true, WAIT).param("text"));
      FakeBotApi.Call inline = api.awaitCall("answerInlineQuery", c -> true, WAIT);
      assertEquals(0, inline.params().path("results").size());
      assertEquals(AnswerFailure.shortText("en"), inline.params().path("button").path("text").asText());
      assertFalse(sentTo(api, 601).text().contains("exploded"), "no detail of the failure reaches the user");
      assertTrue(log.text().contains("chat handler failed on a message in chat 601"), log.text());

      api.enqueue(Updates.privateText(601, "fr", "et maintenant ?"));
      api.awaitCall("sendMessage", c -> "echo: et maintenant ?".equals(c.text()), WAIT);
    }
  }

  @Test
  void retriesServerErrorsWithBackoffUntilTheReplyGoesThrough() throws Exception {
    start();
    api.failNext("sendMessage", 2, FakeBotApi.Answer.serverError());
    api.enqueue(Updates.privateText(701, "en", "are you there?"));

    assertEquals("echo: are you there?", sentTo(api, 701).text());
    List<FakeBotApi.Call> tries = api.calls("sendMessage");
    assertEquals(List.of(500, 500, 200), tries.stream().map(FakeBotApi.Call::status).toList());
    long firstGapMs = (tries.get(1).nanos() - tries.get(0).nanos()) / 1_000_000;
    long secondGapMs = (tries.get(2).nanos() - tries.get(1).nanos()) / 1_000_000;
    assertTrue(firstGapMs >= 90 && secondGapMs >= 190, "backoff doubles: " + firstGapMs + ", " + secondGapMs);
  }

  @Test
  void waitsRetryAfterOn429AndTellsTheThrottle() throws Exception {
    RecordingThrottle throttle = new RecordingThrottle();
    start(b -> b.throttle(throttle));
    api.failNext("sendMessage", 1, FakeBotApi.Answer.tooManyRequests(1));
    api.enqueue(Updates.text(-702, "group", 702, "en", "/themes"));

    FakeBotApi.Call sent = sentTo(api, -702);
    List<FakeBotApi.Call> tries = api.calls("sendMessage");
    assertEquals(List.of(429, 200), tries.stream().map(FakeBotApi.Call::status).toList());
    assertTrue(sent.nanos() - tries.get(0).nanos() >= 950_000_000L, "waited retry_after");
    assertEquals(List.of(new RecordingThrottle.BackOff(-702, Duration.ofSeconds(1))), throttle.backOffs);
    assertEquals(List.of(new RecordingThrottle.Acquire(-702, true, Throttle.Priority.ANSWER),
        new RecordingThrottle.Acquire(-702, true, Throttle.Priority.ANSWER)), throttle.acquires);
  }

  @Test
  void aBlockedChatIsNotedOnceAndNotRetried() throws Exception {
    try (LogCapture log = new LogCapture()) {
      start();
      api.block(801);
      api.enqueue(Updates.privateText(801, "en", "bye"));
      api.enqueue(Updates.privateText(802, "en", "hello"));

      assertEquals("echo: hello", sentTo(api, 802).text());
      api.awaitCall("sendMessage", c -> c.status() == 403, WAIT);
      Thread.sleep(300);
      assertEquals(1, api.calls("sendMessage").stream().filter(c -> c.status() == 403).count());
      assertTrue(log.text().lines().anyMatch(l -> l.contains(" INFO ") && l.contains("chat 801 does not accept")),
          log.text());
    }
  }

  @Test
  void aBadRequestIsLoggedAndDroppedAndTheNextMessageAnswered() throws Exception {
    try (LogCapture log = new LogCapture()) {
      start();
      api.failNext("sendMessage", 1, FakeBotApi.Answer.badRequest("can't parse entities"));
      api.enqueue(Updates.privateText(901, "en", "first"));
      api.awaitCall("sendMessage", c -> c.status() == 400, WAIT);
      api.enqueue(Updates.privateText(901, "en", "second"));

      assertEquals("echo: second", sentTo(api, 901).text());
      assertEquals(2, api.calls("sendMessage").size(), "a 400 is not retried");
      assertTrue(log.text().contains("can't parse entities"), log.text());
    }
  }

  @Test
  void survivesTheApiGoingAwayAndComingBack() throws Exception {
    start();
    api.enqueue(Updates.privateText(1001, "en", "before"));
    sentTo(api, 1001);

    api.stop();
    Thread.sleep(400); // the poller fails and backs off meanwhile
    api.restart();
    api.enqueue(Updates.privateText(1002, "en", "after"));
    // most outages reset the poll's connection and the poller retries at once; a poll sent as the server
    // went away can sit on a connection nobody reads or resets, which the poll's read deadline ends:
    // the bot must be back within that deadline, whichever way the outage fell
    Duration deadline = FAST_POLL.plus(LongPolling.READ_MARGIN).plus(WAIT);
    assertEquals("echo: after", api.awaitCall("sendMessage",
        c -> c.status() == 200 && Long.valueOf(1002).equals(c.chatId()), deadline).text());
  }

  @Test
  void aReplyCaughtByAnOutageIsRetriedUntilTheApiIsBack() throws Exception {
    start();
    echo.before = input -> {
      if (input instanceof Input.Text t && t.text().equals("during")) {
        api.stop(); // the reply will meet a refused connection
        new Thread(() -> {
          try {
            Thread.sleep(250);
            api.restart();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).start();
      }
    };
    api.enqueue(Updates.privateText(1003, "en", "during"));

    assertEquals("echo: during", sentTo(api, 1003).text());
  }

  @Test
  void theTokenAppearsInNoLogLineNorException() throws Exception {
    String leakyPath = "/bot" + TOKEN + "/sendMessage";
    try (LogCapture log = new LogCapture()) {
      start();
      api.failNext("sendMessage", 1, FakeBotApi.Answer.badRequest("no route to " + leakyPath));
      api.failNext("getUpdates", 1, FakeBotApi.Answer.error(502, "Bad Gateway at " + leakyPath, null));
      api.enqueue(Updates.privateText(1101, "en", "leak?"));
      api.awaitCall("sendMessage", c -> c.status() == 400, WAIT);
      api.awaitCall("getUpdates", c -> c.status() == 502, WAIT);
      api.enqueue(Updates.privateText(1101, "en", "still ok?"));
      sentTo(api, 1101);

      TelegramStartException refused = null;
      try (FakeBotApi other = FakeBotApi.start("another:token")) {
        try (TelegramBot wrongToken = fastBuilder(other, echo).build()) {
          wrongToken.start();
        } catch (TelegramStartException e) {
          refused = e;
        }
      }
      assertNotNull(refused);
      assertTrue(refused.getMessage().contains("401"), refused.getMessage());

      api.stop();
      TelegramStartException unreachable = null;
      try (TelegramBot down = fastBuilder(api, echo).build()) {
        down.start();
      } catch (TelegramStartException e) {
        unreachable = e;
      }
      assertNotNull(unreachable);

      bot.close();
      String logged = log.text();
      assertTrue(logged.contains("no route to /bot<redacted>/sendMessage"), logged);
      for (String text : List.of(logged, refused.toString(), unreachable.toString(), bot.toString())) {
        assertFalse(text.contains(TOKEN), "token leaked in: " + text);
        assertFalse(text.contains("AAF-secret"), "token leaked in: " + text);
      }
    }
  }
}
