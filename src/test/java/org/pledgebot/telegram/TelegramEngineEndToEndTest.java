package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.chat.ChatAdmins;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.chat.MemoryListings;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.testing.Shipped;

/** The real conversation engine on the shipped corpus, behind the transport and the fake Bot API. */
@Timeout(30)
class TelegramEngineEndToEndTest {

  static final Duration WAIT = TelegramBotTest.WAIT;
  static PledgeSearch search;

  @TempDir Path data;
  FakeBotApi api;
  SqliteStore store;
  TelegramBot bot;

  @BeforeAll
  static void index() {
    search = Shipped.index();
  }

  @AfterAll
  static void closeIndex() throws IOException {
    search.close();
  }

  @BeforeEach
  void start() throws Exception {
    api = FakeBotApi.start(TelegramBotTest.TOKEN);
    bot = TelegramBot.builder(TelegramBotTest.TOKEN, this::engine)
        .apiUrl(api.url())
        .pollTimeout(Duration.ofSeconds(2))
        .build();
    bot.start();
  }

  /** The engine, remembering chats in a fresh SQLite store, with the bot's way of telling administrators. */
  ChatEngine engine(ChatAdmins admins) {
    store = SqliteStore.open(data.resolve("bot.db"));
    return new ChatEngine(search, store, store, new MemoryListings(10_000), admins);
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
    store.close();
  }

  @Test
  void frenchAndEnglishQuestionsAreAnsweredInTheirLanguage() throws Exception {
    api.enqueue(Updates.privateText(1, "en", "qui peut nous aider sur les données ouvertes ?"));
    api.enqueue(Updates.privateText(2, "fr", "who can help with access-to-information laws?"));

    String french = TelegramBotTest.sentTo(api, 1).text();
    String english = TelegramBotTest.sentTo(api, 2).text();
    assertTrue(french.startsWith("Pairs pour « qui peut nous aider sur les données ouvertes ? »"), french);
    assertTrue(english.startsWith("Peers for “who can help with access-to-information laws?”"), english);
  }

  @Test
  void aSpanishClientIsGreetedAndServedInSpanish() throws Exception {
    api.enqueue(Updates.privateText(8, "es-MX", "/start"));
    assertTrue(TelegramBotTest.sentTo(api, 8).text().startsWith("¡Hola!"));
    api.enqueue(Updates.privateText(9, "en", "/lang es"));
    assertEquals("A partir de ahora respondo en español.", TelegramBotTest.sentTo(api, 9).text());
    api.enqueue(Updates.privateText(9, "en", "/country Open Data Working Group"));
    String card = api.awaitCall("sendMessage", c -> Long.valueOf(9).equals(c.chatId())
        && c.text().contains("Contacto"), WAIT).text();
    assertTrue(card.contains("<i>Incluido por deducción:"), card);
  }

  @Test
  void theMoreButtonPagesByEditingTheMessage() throws Exception {
    api.enqueue(Updates.privateText(3, "en", "open data"));
    FakeBotApi.Call first = TelegramBotTest.sentTo(api, 3);
    JsonNode more = null;
    for (JsonNode row : first.params().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("text").asText().startsWith("More")) {
          more = button;
        }
      }
    }
    assertTrue(more != null, "a More button: " + first.params());
    int messageId = 1001; // the fake numbers the bot's messages from 1001

    api.enqueue(Updates.callback(3, "private", 3, "en", messageId, more.path("callback_data").asText()));
    FakeBotApi.Call ack = api.awaitCall("answerCallbackQuery", c -> true, WAIT);
    FakeBotApi.Call edit = api.awaitCall("editMessageText", c -> true, WAIT);
    assertEquals(String.valueOf(messageId), edit.param("message_id"));
    assertTrue(edit.text().contains("(6–"), edit.text());
    assertTrue(ack.nanos() < edit.nanos());
  }

  @Test
  void inAGroupOnlyAnAdministratorMayForgetOrUnsubscribe() throws Exception {
    long group = -700;
    long admin = 71;
    long member = 72;
    api.admin(group, admin);
    api.enqueue(Updates.text(group, "supergroup", member, "en", "/subscribe open data"));
    assertTrue(TelegramBotTest.sentTo(api, group).text().startsWith("Subscribed"));

    api.enqueue(Updates.text(group, "supergroup", member, "en", "/unsubscribe all"));
    api.enqueue(Updates.text(group, "supergroup", member, "en", "/forget"));
    List<FakeBotApi.Call> refusals = api.awaitCalls("sendMessage", c -> Long.valueOf(group).equals(c.chatId()), 3, WAIT);
    for (FakeBotApi.Call refusal : refusals.subList(1, 3)) {
      assertEquals("In a group, only its administrators can do that.", refusal.text());
    }
    api.enqueue(Updates.callback(group, "supergroup", member, "en", 1001, "f:y"));
    FakeBotApi.Call pressed = api.awaitCall("answerCallbackQuery", c -> true, WAIT);
    assertEquals("In a group, only its administrators can do that.", pressed.param("text"));
    assertEquals(1, store.list(group).size(), "a member wiped nothing");

    api.enqueue(Updates.callback(group, "supergroup", admin, "en", 1001, "f:y"));
    FakeBotApi.Call forgotten = api.awaitCall("editMessageText", c -> Long.valueOf(group).equals(c.chatId()), WAIT);
    assertEquals("Done: I keep nothing about this chat any more.", forgotten.text());
    assertTrue(store.list(group).isEmpty());
    assertFalse(api.calls("getChatMember").isEmpty(), "asked Telegram who administers the group");
  }

  @Test
  void hostileHtmlIsEscapedByTheEngineAndSentAsHtml() throws Exception {
    api.enqueue(Updates.privateText(4, "en", "<script>alert(1)</script> & \"quotes\" zzzqqq"));

    FakeBotApi.Call sent = TelegramBotTest.sentTo(api, 4);
    assertTrue(sent.text().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), sent.text());
    assertFalse(sent.text().contains("<script>"));
    assertTrue("HTML".equalsIgnoreCase(sent.param("parse_mode")));
  }

  @Test
  void inlineQueriesAndGroupCommandsReachTheEngine() throws Exception {
    api.enqueue(Updates.inline(5, "en", "citizen participation"));
    api.enqueue(Updates.text(-500, "supergroup", 6, "fr", "/help@" + FakeBotApi.BOT_USERNAME));
    api.enqueue(Updates.text(-500, "supergroup", 7, "fr", "bonjour à tous"));

    FakeBotApi.Call inline = api.awaitCall("answerInlineQuery", c -> true, WAIT);
    int results = inline.params().path("results").size();
    assertTrue(results >= 1 && results <= 10, inline.params().toString());
    FakeBotApi.Call help = TelegramBotTest.sentTo(api, -500);
    assertTrue(help.text().contains("/"), help.text());
    Thread.sleep(300);
    assertEquals(1, api.calls("sendMessage").size(), "the group chatter got no answer");
  }
}
