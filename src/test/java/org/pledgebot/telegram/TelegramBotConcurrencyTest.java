package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pledgebot.chat.Input;

/** Chats answered side by side, each in order; closing lets the answers in progress finish. */
@Timeout(30)
class TelegramBotConcurrencyTest {

  static final Duration WAIT = TelegramBotTest.WAIT;

  FakeBotApi api;
  EchoHandler echo;
  TelegramBot bot;

  @BeforeEach
  void setUp() throws Exception {
    api = FakeBotApi.start(TelegramBotTest.TOKEN);
    echo = new EchoHandler();
  }

  @AfterEach
  void tearDown() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  @Test
  void aSlowChatDoesNotDelayTheOthers() throws Exception {
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    echo.before = input -> {
      if (input instanceof Input.Text t && t.text().equals("slow")) {
        slowStarted.countDown();
        await(release);
      }
    };
    bot = TelegramBotTest.fastBuilder(api, echo).build();
    bot.start();
    api.enqueue(Updates.privateText(1, "en", "slow"));
    assertTrue(slowStarted.await(5, TimeUnit.SECONDS));
    api.enqueue(Updates.privateText(2, "en", "fast"));

    // chat 1's answer is held until chat 2's is sent: a bot that served chats one at a time never sends it
    FakeBotApi.Call fast = TelegramBotTest.sentTo(api, 2);
    assertEquals("echo: fast", fast.text());
    assertEquals(List.of(), api.calls("sendMessage").stream().filter(c -> Long.valueOf(1).equals(c.chatId())).toList(),
        "chat 1 still in progress");
    release.countDown();
    assertEquals("echo: slow", TelegramBotTest.sentTo(api, 1).text());
  }

  @Test
  void keepsTheOrderWithinAChatWhileChatsRunConcurrently() throws Exception {
    echo.before = input -> sleep(ThreadLocalRandom.current().nextInt(0, 15));
    bot = TelegramBotTest.fastBuilder(api, echo).workers(4).build();
    bot.start();
    int chats = 6;
    int perChat = 12;
    for (int i = 0; i < perChat; i++) {
      for (int chat = 1; chat <= chats; chat++) {
        api.enqueue(Updates.privateText(chat, "en", "m" + i));
      }
    }

    api.awaitCalls("sendMessage", c -> true, chats * perChat, Duration.ofSeconds(15));
    for (long chat = 1; chat <= chats; chat++) {
      long id = chat;
      List<String> texts = api.calls("sendMessage").stream().filter(c -> c.chatId() == id)
          .map(FakeBotApi.Call::text).toList();
      assertEquals(IntStream.range(0, perChat).mapToObj(i -> "echo: m" + i).toList(), texts, "chat " + chat);
    }
  }

  @Test
  void aFailingReplyInOneChatDoesNotBlockTheNextInTheSameChat() throws Exception {
    bot = TelegramBotTest.fastBuilder(api, echo).build();
    bot.start();
    api.failNext("sendMessage", 10, FakeBotApi.Answer.serverError()); // more than the retries
    api.enqueue(Updates.privateText(7, "en", "lost"));
    api.awaitCalls("sendMessage", c -> c.status() == 500, 4, WAIT);
    api.enqueue(Updates.privateText(7, "en", "next"));
    api.enqueue(Updates.privateText(8, "en", "other"));

    assertEquals("echo: other", TelegramBotTest.sentTo(api, 8).text());
    assertEquals("echo: next", TelegramBotTest.sentTo(api, 7).text());
  }

  @Test
  void closeFinishesTheRepliesInProgressAndConfirmsTheirUpdates() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    echo.before = input -> {
      started.countDown();
      sleep(700);
    };
    bot = TelegramBotTest.fastBuilder(api, echo).closeTimeout(Duration.ofSeconds(8)).build();
    bot.start();
    api.enqueue(Updates.privateText(21, "en", "in flight 1"));
    int last = api.enqueue(Updates.privateText(22, "en", "in flight 2"));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    bot.close();

    assertEquals(2, api.calls("sendMessage").stream().filter(c -> c.status() == 200).count(),
        "both answers were sent before close returned");
    List<FakeBotApi.Call> polls = api.calls("getUpdates");
    FakeBotApi.Call confirm = polls.get(polls.size() - 1);
    assertEquals(last + 1, confirm.params().path("offset").asInt(), "the handled updates are confirmed");
    assertEquals("0", confirm.param("timeout"));
    assertEquals(0, api.unconfirmed());
  }

  @Test
  void closeGivesUpOnRepliesThatOutlastTheCloseTimeout() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean handled = new AtomicBoolean();
    echo.before = input -> {
      started.countDown();
      await(release);
      handled.set(true);
    };
    bot = TelegramBotTest.fastBuilder(api, echo).closeTimeout(Duration.ofMillis(500)).build();
    bot.start();
    api.enqueue(Updates.privateText(31, "en", "never done"));
    assertTrue(started.await(5, TimeUnit.SECONDS));

    // the reply is held until after close returns: a close that waited for it would find it handled
    bot.close();
    assertFalse(handled.get(), "close returned while the reply was still in progress");
    release.countDown();
  }

  @Test
  void idleChatsLeaveNothingBehind() throws Exception {
    bot = TelegramBotTest.fastBuilder(api, echo).build();
    bot.start();
    for (int chat = 1; chat <= 50; chat++) {
      api.enqueue(Updates.privateText(chat, "en", "hi"));
    }
    api.awaitCalls("sendMessage", c -> true, 50, WAIT);
    ChatQueues queues = new ChatQueues(2, "t");
    CountDownLatch done = new CountDownLatch(100);
    for (int i = 0; i < 100; i++) {
      queues.submit(i % 10, done::countDown);
    }
    assertTrue(done.await(5, TimeUnit.SECONDS));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (queues.busyChats() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(0, queues.busyChats());
    assertEquals(0, queues.close(Duration.ofSeconds(1)));
  }

  /** Waits for the test to release a handler; 20 s at most, so that a broken bot does not hang the run. */
  static void await(CountDownLatch release) {
    try {
      release.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
