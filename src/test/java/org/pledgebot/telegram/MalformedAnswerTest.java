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
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;

/**
 * A Bot API answer that is no Telegram answer at all (a gateway's HTTP 500 with {@code {"message":
 * …}}, no {@code ok}) is a transient failure on every path: retried, never a hang.
 */
@Timeout(30)
class MalformedAnswerTest {

  static final FakeBotApi.Answer MALFORMED = new FakeBotApi.Answer(500, "{\"message\":\"upstream gateway error\"}");

  FakeBotApi api;
  EchoHandler echo;
  TelegramBot bot;

  @BeforeEach
  void setUp() throws Exception {
    api = FakeBotApi.start(TelegramBotTest.TOKEN);
    echo = new EchoHandler();
    bot = TelegramBotTest.fastBuilder(api, echo).build();
  }

  @AfterEach
  void tearDown() {
    bot.close();
    api.close();
  }

  /** The bot answers a question: it polls and replies. */
  void answers(long chat) throws InterruptedException {
    api.enqueue(Updates.privateText(chat, "en", "hello " + chat));
    assertEquals("echo: hello " + chat, TelegramBotTest.sentTo(api, chat).text());
  }

  @Test
  void atStartUpGetMeAndTheCommandMenuAreRetriedOrSkipped() throws Exception {
    api.failNext("getMe", 1, MALFORMED);
    api.failNext("setMyCommands", 1, MALFORMED);
    bot.start();
    assertEquals(2, api.calls("getMe").size(), "getMe tried again");
    answers(301);
  }

  @Test
  void inPollingGetUpdatesIsTriedAgain() throws Exception {
    bot.start();
    api.failNext("getUpdates", 2, MALFORMED);
    api.awaitCalls("getUpdates", c -> c.status() == 500, 2, Duration.ofSeconds(10));
    answers(302);
  }

  @Test
  void aReplyIsSentAgain() throws Exception {
    bot.start();
    api.failNext("sendMessage", 1, MALFORMED);
    answers(303);
    assertEquals(2, api.calls("sendMessage").size());
  }

  @Test
  void anAlertIsARetryNotAHang() throws Exception {
    api.failNext("sendMessage", 1, MALFORMED);
    AlertSender.Delivery first = bot.alertSender().send(304, ChatType.PRIVATE, "alert", Keyboard.NONE);
    AlertSender.Retry retry = assertInstanceOf(AlertSender.Retry.class, first);
    assertTrue(retry.reason().contains("sendmessage") || retry.reason().contains("sendMessage"), retry.reason());
    assertTrue(!retry.reason().contains(TelegramBotTest.TOKEN), retry.reason());
    assertInstanceOf(AlertSender.Sent.class, bot.alertSender().send(304, ChatType.PRIVATE, "alert", Keyboard.NONE));
  }

  @Test
  void aCallWithNoAnswerEndsAtItsDeadlineAndIsTriedAgain() throws Exception {
    bot = TelegramBotTest.fastBuilder(api, echo).callDeadline(Duration.ofMillis(500)).build();
    bot.start();
    FakeBotApi.Policy slow = call -> {
      if (call.is("sendMessage") && api.calls("sendMessage").size() == 1) {
        try {
          Thread.sleep(3_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return null;
    };
    api.addPolicy(slow);
    answers(305);
    List<FakeBotApi.Call> sends = api.calls("sendMessage");
    assertTrue(sends.size() >= 2, "the first try was abandoned at its deadline: " + sends);
  }
}
