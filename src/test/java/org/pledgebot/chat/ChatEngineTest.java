package org.pledgebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.store.Store;
import org.pledgebot.corpus.Lang;
import org.pledgebot.search.PledgeSearch;

class ChatEngineTest {

  static PledgeSearch search;
  @TempDir Path data;
  Store memory;
  ChatEngine engine;

  @BeforeAll
  static void index() {
    search = Fixtures.shippedIndex();
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @BeforeEach
  void open() {
    memory = Store.open(data.resolve("pledgebot.db"));
    engine = new ChatEngine(search, memory, memory);
  }

  @AfterEach
  void closeStore() {
    memory.close();
  }

  ChatEngine engine() {
    return engine;
  }

  Reply.Send ask(String text, String languageCode) {
    List<Reply> replies = engine().handle(new Input.Text(42, ChatType.PRIVATE, 7, languageCode, text));
    assertEquals(1, replies.size(), replies.toString());
    return assertInstanceOf(Reply.Send.class, replies.get(0));
  }

  List<Reply> press(String data, int messageId) {
    return engine().handle(new Input.Callback(42, ChatType.PRIVATE, 7, "en", "cb1", messageId, data));
  }

  @Test
  void englishQuestionListsAccessToInformationPledgersInEnglish() {
    Reply.Send reply = ask("who can help with access-to-information laws?", "fr");
    assertTrue(reply.html().startsWith("Peers for “who can help with access-to-information laws?” (1–5 of "), reply.html());
    assertTrue(reply.html().contains("Contact areas: Access to information"), reply.html());
    assertEquals(5, reply.html().split("\n\n<b>").length - 1, "five cards a page");
  }

  @Test
  void frenchQuestionIsAnsweredInFrench() {
    Reply.Send reply = ask("qui peut nous aider sur les données ouvertes ?", "en");
    assertTrue(reply.html().startsWith("Pairs pour « qui peut nous aider sur les données ouvertes ? »"), reply.html());
    assertTrue(reply.html().contains("Domaines de contact : Données ouvertes"), reply.html());
  }

  @Test
  void pagingThroughEveryAnswerWithinTelegramLimits() {
    Reply.Send first = ask("open data", "en");
    int pages = 1;
    Keyboard keys = first.keyboard();
    StringBuilder seen = new StringBuilder(first.html());
    while (keys.buttons().stream().anyMatch(b -> b.label().startsWith("More"))) {
      Button more = keys.buttons().stream().filter(b -> b.label().startsWith("More")).findFirst().orElseThrow();
      assertTrue(more.data().getBytes(StandardCharsets.UTF_8).length <= 64);
      List<Reply> replies = press(more.data(), 99);
      assertInstanceOf(Reply.AnswerCallback.class, replies.get(0));
      Reply.Edit edit = assertInstanceOf(Reply.Edit.class, replies.get(1));
      assertEquals(99, edit.messageId());
      assertTrue(edit.html().length() <= Reply.MAX_TEXT);
      seen.append(edit.html());
      keys = edit.keyboard();
      pages++;
    }
    assertTrue(pages >= 2, "open data has more than five pledgers");
    assertTrue(keys.buttons().stream().anyMatch(b -> b.label().startsWith("◀")), "last page can go back");
    assertTrue(seen.toString().contains("United Kingdom"));
  }

  @Test
  void expiredOrForgedButtonsAnswerPolitely() {
    for (String data : List.of("q:zzzz:5", "t:cooking", "q:0:-5", "nonsense", "", "l:de")) {
      List<Reply> replies = press(data, 1);
      assertEquals(1, replies.size(), data);
      Reply.AnswerCallback answer = assertInstanceOf(Reply.AnswerCallback.class, replies.get(0));
      assertEquals("This list has expired: please ask again.", answer.notice());
    }
  }

  @Test
  void userTextIsEscapedInReplies() {
    Reply.Send reply = ask("<script>alert(1)</script> & \"quotes\" zzzqqq", "en");
    assertTrue(reply.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), reply.html());
    assertFalse(reply.html().contains("<script>"));
  }

  @Test
  void hugeAndHostileMessagesGetAShortClearAnswer() {
    Reply.Send reply = ask("open data ".repeat(1000) + "AND ( \" ~ * : [", "en");
    assertTrue(reply.html().length() <= Reply.MAX_TEXT);
    Reply.Send nothing = ask("AND ( \" ~ * : [ ] ) OR NOT \\", "en");
    assertTrue(nothing.html().startsWith("I found no pledger") || nothing.html().startsWith("Peers for"), nothing.html());
  }

  @Test
  void offTopicQuestionSaysSoAndSuggestsThemes() {
    Reply.Send reply = ask("recette de la tarte aux pommes", "en");
    assertEquals("Je n'ai trouvé aucun pair pour « recette de la tarte aux pommes ». "
        + "Essayez d'autres mots, ou parcourez les domaines de contact avec /themes.", reply.html());
  }

  @Test
  void languageChoiceOverridesClientLanguageAndQuestionLanguage() {
    assertTrue(ask("/start", "fr").html().startsWith("Bonjour"));
    assertEquals("From now on I answer in English.", ask("/lang en", "fr").html());
    assertEquals(Lang.EN, memory.language(42).orElseThrow());
    assertTrue(ask("/start", "fr").html().startsWith("Hello"));
    assertTrue(ask("données ouvertes", "fr").html().startsWith("Peers for"));
  }

  @Test
  void countryAcceptsNamesAndAliasesInBothLanguages() {
    for (String name : List.of("Norway", "Norvège", "norvege", "NO")) {
      assertTrue(ask("/country " + name, "en").html().startsWith("<b>Norway</b> · country"), name);
    }
    assertTrue(ask("/pays OCDE", "fr").html().startsWith("<b>Organisation de coopération"), "OCDE");
    assertTrue(ask("/country@pledgebot United States", "en").html().startsWith("<b>United States</b>"));
  }

  @Test
  void themesKeyboardListsPledgersOfATheme() {
    Reply.Send themes = ask("/themes", "en");
    assertEquals(10, themes.keyboard().buttons().size());
    Button openData = themes.keyboard().buttons().stream()
        .filter(b -> b.data().equals("t:open-data")).findFirst().orElseThrow();
    List<Reply> replies = press(openData.data(), 5);
    Reply.Send list = assertInstanceOf(Reply.Send.class, replies.get(1));
    assertTrue(list.html().startsWith("<b>Open data</b> (1–5 of 9):"), list.html());
  }

  @Test
  void inlineQueriesReturnAtMostTenArticles() {
    List<Reply> replies = engine().handle(new Input.Inline(7, "en", "iq1", "citizen participation"));
    Reply.AnswerInline answer = assertInstanceOf(Reply.AnswerInline.class, replies.get(0));
    assertFalse(answer.articles().isEmpty());
    assertTrue(answer.articles().size() <= 10);
    assertEquals(answer.articles().size(), answer.articles().stream().map(Reply.Article::id).distinct().count());
    Reply.AnswerInline empty = (Reply.AnswerInline) engine().handle(new Input.Inline(7, "en", "iq2", "  ")).get(0);
    assertTrue(empty.articles().isEmpty());
  }

  @Test
  void aFailingSearchBecomesAnApology() throws IOException {
    PledgeSearch closed = Fixtures.shippedIndex();
    ChatEngine broken = new ChatEngine(closed, memory, memory);
    closed.close();
    List<Reply> replies = broken.handle(new Input.Text(42, ChatType.PRIVATE, 7, "fr", "données ouvertes"));
    Reply.Send send = assertInstanceOf(Reply.Send.class, replies.get(0));
    assertEquals("Désolé, un problème est survenu de mon côté. Réessayez dans un instant.", send.html());
  }
}
