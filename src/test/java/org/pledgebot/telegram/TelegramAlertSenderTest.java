package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pledgebot.alerts.AlertSender.Delivery;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.base.Backoff;
import org.pledgebot.message.Button;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;
import org.pledgebot.pace.Throttle;

/** Each Bot API outcome of an alert becomes the delivery the alerts dispatcher acts on. */
@Timeout(30)
class TelegramAlertSenderTest {

  FakeBotApi api;
  RecordingThrottle throttle;
  TelegramBot bot;
  AlertSender alerts;

  @BeforeEach
  void setUp() throws Exception {
    api = FakeBotApi.start(TelegramBotTest.TOKEN);
    throttle = new RecordingThrottle();
    bot = TelegramBot.builder(TelegramBotTest.TOKEN, new EchoHandler())
        .apiUrl(api.url())
        .throttle(throttle)
        .alertBackoff(Backoff.doubling(Duration.ofSeconds(2), Duration.ofSeconds(8)))
        .build(); // not started: alerts need no polling
    alerts = bot.alertSender();
  }

  @AfterEach
  void tearDown() {
    bot.close();
    api.close();
  }

  Delivery send(long chatId, ChatType type) throws InterruptedException {
    return alerts.send(chatId, type, "<b>New pledge</b> on open data",
        new Keyboard(List.of(List.of(new Button("Unsubscribe", "u:1")))));
  }

  @Test
  void sentAsHtmlWithItsKeyboardAfterAnAlertPermit() throws Exception {
    assertInstanceOf(AlertSender.Sent.class, send(-42, ChatType.SUPERGROUP));

    FakeBotApi.Call call = api.calls("sendMessage").get(0);
    assertEquals(-42L, call.chatId());
    assertEquals("<b>New pledge</b> on open data", call.text());
    assertTrue("HTML".equalsIgnoreCase(call.param("parse_mode")));
    assertEquals("u:1", call.params().path("reply_markup").path("inline_keyboard").path(0).path(0)
        .path("callback_data").asText());
    assertEquals(List.of(new RecordingThrottle.Acquire(-42, true, Throttle.Priority.ALERT)), throttle.acquires);
  }

  @Test
  void forbiddenIsBlocked() throws Exception {
    api.block(7);
    AlertSender.Blocked blocked = assertInstanceOf(AlertSender.Blocked.class, send(7, ChatType.PRIVATE));
    assertTrue(blocked.reason().contains("blocked by the user"), blocked.reason());
    assertEquals(1, api.calls("sendMessage").size(), "one try: the dispatcher decides about retries");
  }

  @Test
  void tooManyRequestsIsARetryAfterTelegramsDelayAndTheThrottleIsTold() throws Exception {
    api.failNext("sendMessage", 1, FakeBotApi.Answer.tooManyRequests(3));
    AlertSender.Retry retry = assertInstanceOf(AlertSender.Retry.class, send(8, ChatType.PRIVATE));
    assertEquals(Duration.ofSeconds(3), retry.after());
    assertEquals(List.of(new RecordingThrottle.BackOff(8, Duration.ofSeconds(3))), throttle.backOffs);
  }

  @Test
  void serverErrorsAndOutagesAreRetriesWithAGrowingBackoffThatResetsOnSuccess() throws Exception {
    api.failNext("sendMessage", 2, FakeBotApi.Answer.serverError());
    assertEquals(Duration.ofSeconds(2), assertInstanceOf(AlertSender.Retry.class, send(9, ChatType.PRIVATE)).after());
    assertEquals(Duration.ofSeconds(4), assertInstanceOf(AlertSender.Retry.class, send(9, ChatType.PRIVATE)).after());
    assertInstanceOf(AlertSender.Sent.class, send(9, ChatType.PRIVATE));

    api.stop();
    AlertSender.Retry down = assertInstanceOf(AlertSender.Retry.class, send(9, ChatType.PRIVATE));
    assertEquals(Duration.ofSeconds(2), down.after());
    assertTrue(down.reason().contains("Failed to connect"), down.reason());
    assertTrue(!down.reason().contains(TelegramBotTest.TOKEN));
  }

  @Test
  void badRequestIsFailed() throws Exception {
    api.failNext("sendMessage", 1, FakeBotApi.Answer.badRequest("chat not found"));
    AlertSender.Failed failed = assertInstanceOf(AlertSender.Failed.class, send(10, ChatType.PRIVATE));
    assertTrue(failed.reason().contains("chat not found"), failed.reason());
  }
}
