package org.pledgebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.message.Button;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.store.Store;
import org.pledgebot.store.StoreInspector;
import org.pledgebot.testing.Shipped;

class ChatEngineTest {

  static PledgeSearch search;
  @TempDir Path data;
  Store memory;

  private StoreInspector inspect() {
    return new StoreInspector(data.resolve("pledgebot.db"));
  }
  ChatEngine engine;

  @BeforeAll
  static void index() {
    search = Shipped.index();
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @BeforeEach
  void open() {
    memory = SqliteStore.open(data.resolve("pledgebot.db"));
    engine = newEngine();
  }

  /** A fresh engine, as after a restart, over the same store. */
  ChatEngine newEngine() {
    return new ChatEngine(search, memory, memory, new MemoryListings(10_000), ChatAdmins.EVERYONE);
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

  /**
   * A question whose words tie languages ("chile lobby": a name English and Spanish write alike,
   * beside a word both use) is answered in the asker's own language when it is one of them; what
   * the words say is never overridden by it.
   */
  @Test
  void aQuestionWhoseWordsTieLanguagesIsAnsweredInTheAskersLanguage() {
    assertTrue(ask("chile lobby", "es").html().startsWith("Pares para «chile lobby»"), "Spanish client");
    assertTrue(ask("chile lobby", "en").html().startsWith("Peers for “chile lobby”"), "English client");
    assertTrue(ask("chile lobby", "fr").html().startsWith("Peers for “chile lobby”"), "French is not tied: the letters");
    assertTrue(ask("datos abiertos", "en").html().startsWith("Pares para «datos abiertos»"), "the words decide");
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
  void aNumberNoButtonShowsIsAnsweredWithTheNumbersOnScreenInTheUsersLanguage() {
    Reply.AnswerCallback five = assertInstanceOf(Reply.AnswerCallback.class, engine().handle(
        new Input.Callback(42, ChatType.PRIVATE, 7, "fr", "cb1", 0, ChatEngine.numberNotShown(7, 5))).get(0));
    assertTrue(five.notice().startsWith("Il n'y a pas de [7] à l'écran : le dernier message affiche [1]–[5]."),
        five.notice());
    assertTrue(five.notice().contains("« Suite ▶ »"), five.notice());
    Reply.AnswerCallback none = assertInstanceOf(Reply.AnswerCallback.class, press(ChatEngine.numberNotShown(2, 0), 0)
        .get(0));
    assertTrue(none.notice().startsWith("There is no [2] on screen: the latest message has no buttons."),
        none.notice());
    for (String forged : List.of("n:x:5", "n:7", "n:7:-1")) {
      assertEquals("This list has expired: please ask again.",
          assertInstanceOf(Reply.AnswerCallback.class, press(forged, 0).get(0)).notice(), forged);
    }
  }

  /** The data of the "More" button under {@code reply}. */
  static String more(Reply.Send reply) {
    return reply.keyboard().buttons().stream().filter(b -> b.label().startsWith("More")).findFirst()
        .orElseThrow().data();
  }

  @Test
  void aChatCannotPageAnotherChatsAnswer() {
    String mine = more(ask("open data", "en"));
    List<Reply> other = engine().handle(new Input.Callback(43, ChatType.PRIVATE, 8, "en", "cb2", 5, mine));
    assertEquals(1, other.size(), other.toString());
    assertEquals("This list has expired: please ask again.",
        assertInstanceOf(Reply.AnswerCallback.class, other.get(0)).notice());
    assertInstanceOf(Reply.Edit.class, press(mine, 5).get(1), "the chat that asked still pages");
  }

  @Test
  void aButtonFromBeforeARestartHasExpiredInsteadOfShowingAnotherAnswer() {
    String before = more(ask("open data", "en"));
    engine = newEngine();
    List<Reply> other = engine().handle(new Input.Text(43, ChatType.PRIVATE, 8, "en", "budget transparency"));
    assertInstanceOf(Reply.Send.class, other.get(0));
    List<Reply> replies = press(before, 5);
    assertEquals(1, replies.size(), replies.toString());
    assertEquals("This list has expired: please ask again.",
        assertInstanceOf(Reply.AnswerCallback.class, replies.get(0)).notice());
  }

  @Test
  void listingKeysAreRandomAndFitTelegramsCallbackLimit() {
    String first = more(ask("open data", "en"));
    String second = more(ask("open data", "en"));
    assertTrue(first.matches("q:[A-Za-z0-9_-]{12,}:5"), first);
    assertTrue(first.getBytes(StandardCharsets.UTF_8).length <= 64, first);
    assertFalse(first.equals(second));
  }

  @Test
  void eachCardShowsThePassageThatMatchedAsSearchDoes() {
    String question = "who shares experience on extractive industries revenues?";
    List<org.pledgebot.search.Hit> hits =
        search.search(new org.pledgebot.search.SearchRequest(question, java.util.Optional.empty(), 5)).hits();
    assertFalse(hits.isEmpty());
    String html = ask(question, "en").html();
    boolean notFirstSentence = false;
    for (org.pledgebot.search.Hit hit : hits) {
      assertTrue(html.contains(org.pledgebot.message.Html.escape(hit.snippet())), hit.snippet() + "\n" + html);
      notFirstSentence |= !hit.pledge().text(Lang.EN).startsWith(hit.snippet().replace("…", ""));
    }
    assertTrue(notFirstSentence, "some card shows a passage past the first sentence");
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

  /** Every pledge is about peer exchange on open government: asking for that is asking which area. */
  @Test
  void aQuestionAboutWhatEveryPledgeIsAboutOffersTheThemes() {
    for (String[] asked : List.of(new String[] {"open government", "Every pledger here offers"},
        new String[] {"peer exchange", "Every pledger here offers"},
        new String[] {"gouvernement ouvert", "Chaque pair ici"},
        new String[] {"gobierno abierto", "Todos los pares aquí"})) {
      Reply.Send reply = ask(asked[0], "en");
      assertTrue(reply.html().startsWith(asked[1]), asked[0] + ": " + reply.html());
      assertEquals(10, reply.keyboard().buttons().size(), asked[0]);
      assertTrue(reply.keyboard().buttons().stream().allMatch(b -> b.data().startsWith("t:")), asked[0]);
    }
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
    PledgeSearch closed = Shipped.index();
    ChatEngine broken = new ChatEngine(closed, memory, memory, new MemoryListings(10_000), ChatAdmins.EVERYONE);
    closed.close();
    List<Reply> replies = broken.handle(new Input.Text(42, ChatType.PRIVATE, 7, "fr", "données ouvertes"));
    Reply.Send send = assertInstanceOf(Reply.Send.class, replies.get(0));
    assertEquals("Désolé, un problème est survenu de mon côté. Réessayez dans un instant.", send.html());
  }

  @Test
  void aFailingInlineQueryGetsAnEmptyAnswer() throws IOException {
    PledgeSearch closed = Shipped.index();
    ChatEngine broken = new ChatEngine(closed, memory, memory, new MemoryListings(10_000), ChatAdmins.EVERYONE);
    closed.close();
    List<Reply> replies = broken.handle(new Input.Inline(7, "fr", "iq9", "données ouvertes"));
    assertEquals(List.of(new Reply.AnswerInline("iq9", List.of())), replies);
  }

  @Test
  void onlyMessagesAndButtonPressesHaveAChat() {
    assertEquals(java.util.Optional.of(new Input.Chat(42, ChatType.GROUP)),
        new Input.Text(42, ChatType.GROUP, 7, "en", "hi").chat());
    assertEquals(java.util.Optional.of(new Input.Chat(43, ChatType.PRIVATE)),
        new Input.Callback(43, ChatType.PRIVATE, 7, "en", "cb", 1, "x").chat());
    assertEquals(java.util.Optional.empty(), new Input.Inline(7, "en", "iq", "hi").chat());
  }

  @Test
  void subscribeResolvesThemesPledgersAndQuestions() {
    assertEquals("Subscribed to the contact area <b>Open data</b>. I will tell you when a new pledge matches. "
        + "/subscriptions lists what you follow.", ask("/subscribe alert me about open data", "en").html());
    assertTrue(ask("/abonner tout sur la Norvège", "fr").html()
        .startsWith("Abonnement enregistré : le pair <b>Norvège</b>."));
    assertTrue(ask("/subscribe FOI", "en").html().contains("the contact area <b>Access to information</b>"));
    assertTrue(ask("/subscribe mining royalties in West Africa", "en").html()
        .contains("the question “mining royalties in West Africa”"));
    assertTrue(ask("/subscribe open data", "en").html().startsWith("You already follow the contact area <b>Open data</b>"));
    List<org.pledgebot.alerts.Subscription> subs = memory.list(42);
    assertEquals(List.of(new org.pledgebot.alerts.Target.Theme("open-data"),
        new org.pledgebot.alerts.Target.Pledger("NO"),
        new org.pledgebot.alerts.Target.Theme("access-to-information"),
        new org.pledgebot.alerts.Target.Query("mining royalties in West Africa", Lang.EN)),
        subs.stream().map(org.pledgebot.alerts.Subscription::target).toList());
  }

  @Test
  void commonWordsInsideATopicDoNotMakeItAPledger() {
    assertEquals(List.of(new org.pledgebot.alerts.Target.Theme("open-data")), subscribed("open data for us"));
    List<org.pledgebot.alerts.Target> budget = subscribed("budget transparency in one city");
    assertFalse(budget.contains(new org.pledgebot.alerts.Target.Pledger("one")), budget.toString());
    assertFalse(budget.isEmpty());
  }

  @Test
  void aTopicNamingAThemeWithATypoAndNoAccentIsTheTheme() {
    assertEquals(List.of(new org.pledgebot.alerts.Target.Theme("open-data")), subscribed("donnees ouverte"));
  }

  @Test
  void aPhraseListedUnderTwoThemesSubscribesToBoth() {
    assertEquals(List.of(new org.pledgebot.alerts.Target.Theme("citizen-engagement"),
        new org.pledgebot.alerts.Target.Theme("budget-transparency")), subscribed("participatory budgeting"));
    String reply = ask("/subscribe participatory budgeting", "en").html();
    assertTrue(reply.contains("You already follow the contact area <b>Citizen engagement in policy making</b>")
        && reply.contains("You already follow the contact area <b>Budget and spending transparency</b>"), reply);
  }

  /** The targets a fresh chat follows after {@code /subscribe what}. */
  List<org.pledgebot.alerts.Target> subscribed(String what) {
    memory.unsubscribeAll(42);
    ask("/subscribe " + what, "en");
    return memory.list(42).stream().map(org.pledgebot.alerts.Subscription::target).toList();
  }

  @Test
  void aSubscriptionThatCouldNeverFireIsRefusedWithAHint() {
    for (String what : List.of("the", "?", "pledged", "OGP", "les", "alert me about the")) {
      String reply = ask("/subscribe " + what, "en").html();
      assertTrue(reply.startsWith("I could never alert you about"), what + ": " + reply);
      assertTrue(reply.contains("/themes"), reply);
    }
    assertTrue(ask("/abonner la", "fr").html().startsWith("Je ne pourrais jamais"));
    assertTrue(memory.list(42).isEmpty(), memory.list(42).toString());
  }

  @Test
  void countryNeedsAPledgerNameNotACommonWord() {
    assertEquals("I know no pledger called “help us”. /themes lists the contact areas and their pledgers.",
        ask("/country help us", "en").html());
    for (String name : List.of("United States", "US", "usa", "U.S.", "États-Unis")) {
      assertTrue(ask("/country " + name, "en").html().startsWith("<b>United States</b> · country"), name);
    }
  }

  @Test
  void subscribeWithoutWhatOffersThemeButtons() {
    Reply.Send prompt = ask("/subscribe", "fr");
    assertTrue(prompt.html().startsWith("Que dois-je surveiller"));
    Button budget = prompt.keyboard().buttons().stream().filter(b -> b.data().equals("s:budget-transparency"))
        .findFirst().orElseThrow();
    Reply.Edit done = assertInstanceOf(Reply.Edit.class, press(budget.data(), 3).get(1));
    assertTrue(done.html().startsWith("Subscribed to the contact area <b>Budget and spending transparency</b>"), done.html());
  }

  @Test
  void listAndUnsubscribeByNumberButtonOrAll() {
    ask("/subscribe open data", "en");
    ask("/subscribe Norway", "en");
    ask("/subscribe budget transparency", "en");
    Reply.Send list = ask("/subscriptions", "en");
    assertEquals("You follow:\n1. the contact area <b>Open data</b>\n2. the pledger <b>Norway</b>\n"
        + "3. the contact area <b>Budget and spending transparency</b>", list.html());
    assertEquals(3, list.keyboard().buttons().size());
    assertEquals("Unsubscribed from the pledger <b>Norway</b>.", ask("/unsubscribe 2", "en").html());
    assertEquals("You have no subscription number 7. /subscriptions lists them.", ask("/unsubscribe 7", "en").html());
    String firstButton = list.keyboard().buttons().get(0).data();
    Reply.Send gone = assertInstanceOf(Reply.Send.class, press(firstButton, 9).get(1));
    assertEquals("Unsubscribed from the contact area <b>Open data</b>.", gone.html());
    assertEquals(1, press(firstButton, 9).size(), "a second press finds nothing to remove");
    assertEquals("Unsubscribed from everything (1).", ask("/unsubscribe all", "en").html());
    assertTrue(ask("/abonnements", "fr").html().startsWith("Vous ne suivez rien"));
  }

  @Test
  void theUnsubscribeButtonOfAnAlertWorks() {
    ask("/subscribe open data", "en");
    long id = memory.list(42).get(0).id();
    List<Reply> replies = press(org.pledgebot.alerts.AlertText.unsubscribeData(id), 12);
    assertEquals("Unsubscribed from the contact area <b>Open data</b>.", ((Reply.Send) replies.get(1)).html());
    assertTrue(memory.list(42).isEmpty());
  }

  @Test
  void forgetAsksFirstThenDeletesEverything() {
    ask("/lang fr", "en");
    ask("/abonner données ouvertes", "fr");
    Reply.Send confirm = ask("/oublier", "fr");
    assertEquals(List.of("f:y", "f:n"), confirm.keyboard().buttons().stream().map(Button::data).toList());
    assertEquals("Rien n'a été effacé.", ((Reply.Edit) press("f:n", 4).get(1)).html());
    assertEquals(1, memory.list(42).size());
    assertEquals("C'est fait : je ne garde plus rien sur cette conversation.", ((Reply.Edit) press("f:y", 4).get(1)).html());
    assertTrue(memory.list(42).isEmpty());
    assertTrue(memory.language(42).isEmpty());
  }

  @Test
  void aChatCannotFollowEndlessly() {
    for (int i = 0; i < 50; i++) {
      ask("/subscribe question number " + i, "en");
    }
    assertEquals("You already follow 50 things, the most I keep for one chat. /unsubscribe some first.",
        ask("/subscribe question number 50", "en").html());
  }

  @Test
  void aChatThatBlockedTheBotIsActiveAgainWhenItWrites() {
    memory.subscribe(42, ChatType.PRIVATE, new org.pledgebot.alerts.Target.Theme("open-data"), Lang.EN);
    memory.markBlocked(42, "Forbidden: bot was blocked by the user");
    assertFalse(inspect().chat(42).orElseThrow().active());

    ask("who can help with open data?", "en");

    assertTrue(inspect().chat(42).orElseThrow().active());
    assertEquals(1, memory.candidates("XX", List.of("open-data")).size(), "alerts reach the chat again");
  }

  @Test
  void aFrenchCommandIsAnsweredInFrenchUnlessTheChatChoseALanguage() {
    assertTrue(ask("/abonner Norvège", "en").html().startsWith("Abonnement enregistré"), "French alias, English client");
    assertTrue(ask("/subscribe open data", "en").html().startsWith("Subscribed"), "English command");
    ask("/lang en", "en");
    assertTrue(ask("/pays Norvège", "fr").html().contains("Norway"), "a chosen language wins");
  }

  @Test
  void aSpanishQuestionIsAnsweredInSpanish() {
    Reply.Send reply = ask("¿quién puede ayudarnos con los datos abiertos?", "en");
    assertTrue(reply.html().startsWith("Pares para «¿quién puede ayudarnos con los datos abiertos?» (1–5 de "),
        reply.html());
    assertTrue(reply.html().contains("Áreas de contacto: "), reply.html());
    assertTrue(reply.keyboard().buttons().stream().anyMatch(b -> b.label().equals("Más ▶")), reply.toString());
  }

  @Test
  void spanishCommandsAreAnsweredInSpanishUnlessTheChatChoseALanguage() {
    Reply.Send themes = ask("/temas", "en");
    assertEquals("Elija un área de contacto:", themes.html());
    assertEquals(10, themes.keyboard().buttons().size());
    assertTrue(ask("/ayuda", "fr").html().startsWith("<b>Lo que entiendo</b>"));
    assertTrue(ask("/país Noruega", "en").html().startsWith("<b>Noruega</b> · país"));
    assertTrue(ask("/pais", "en").html().startsWith("¿Qué país u organización?"));
    assertTrue(ask("/suscripciones", "en").html().startsWith("Todavía no sigue nada."));
    assertTrue(ask("/suscribir Noruega", "en").html().startsWith("Suscripción registrada: el par <b>Noruega</b>."));
    assertEquals("Todas las suscripciones se han cancelado (1).", ask("/cancelar todo", "en").html());
    assertTrue(ask("/olvidar", "en").html().startsWith("¿Borrar todo"));
    ask("/lang en", "es");
    assertTrue(ask("/pais Noruega", "es").html().startsWith("<b>Norway</b> · country"), "a chosen language wins");
  }

  @Test
  void langEsSwitchesToSpanishAndTheLanguageButtonsOfferIt() {
    Reply.Send prompt = ask("/lang", "en");
    assertEquals(List.of("English", "Français", "Español"),
        prompt.keyboard().buttons().stream().map(Button::label).toList());
    assertEquals("A partir de ahora respondo en español.", ask("/lang es", "en").html());
    assertEquals(Lang.ES, memory.language(42).orElseThrow());
    assertTrue(ask("open data", "en").html().startsWith("Pares para «open data»"));
    assertTrue(ask("/start", "fr").html().startsWith("¡Hola!"));
    Reply.Edit pressed = assertInstanceOf(Reply.Edit.class, press("l:fr", 8).get(1));
    assertEquals("Désormais, je réponds en français.", pressed.html());
  }

  @Test
  void aClientInSpanishIsGreetedInSpanish() {
    for (String code : List.of("es", "es-MX", "ES")) {
      Reply.Send welcome = ask("/start", code);
      assertTrue(welcome.html().startsWith("¡Hola! Ayudo a los reformadores"), code + ": " + welcome.html());
      assertTrue(welcome.html().contains("/temas muestra las áreas de contacto"), welcome.html());
    }
    assertTrue(ask("/help", "es").html().contains("/pais NOMBRE"));
  }

  @Test
  void theCardSaysWhenAPledgerIsInferredAndLabelsItsContactLink() {
    String english = ask("/country Open Data Working Group", "en").html();
    assertTrue(english.contains("\n<i>Listed by inference: the sources give the number of such pledgers, "
        + "not their names.</i>\n"), english);
    assertTrue(english.endsWith(">Contact</a>"), english);
    String spanish = ask("/pais Grupo de Trabajo sobre Datos Abiertos", "es").html();
    assertTrue(spanish.contains("<i>Incluido por deducción: las fuentes dan el número de estos pares, "
        + "no sus nombres.</i>"), spanish);
    assertTrue(spanish.endsWith(">Contacto</a>"), spanish);
    String stated = ask("/country Norway", "en").html();
    assertFalse(stated.contains("inference"), stated);
    assertTrue(stated.endsWith("<a href=\"https://www.opengovpartnership.org/members/norway/\">Contact</a>"), stated);
  }

  @Test
  void aPledgeWithoutSpanishTextIsShownInEnglishAndTheCardSaysSo() {
    Cards cards = new Cards(search.thesaurus());
    Pledge english = Shipped.pledge("XX", "We share our open data portal.", "open-data");
    String card = cards.full(english, Lang.ES);
    assertTrue(card.contains("We share our open data portal.\n<i>En inglés: aún sin traducción.</i>"), card);
    assertFalse(cards.full(english, Lang.EN).contains("<i>In English"), "no note in English itself");
    Pledge norway = search.pledgers().byId("NO").orElseThrow();
    assertFalse(cards.full(norway, Lang.ES).contains("En inglés"), "Norway has a Spanish text");
  }

  @Test
  void aboutSaysWhatTheDataIsWhereItComesFromAndItsGapsInEachLanguage() {
    String english = ask("/about", "en").html();
    assertTrue(english.contains("28 countries, 13 civil society organisations, 5 OGP Working Groups and 5 "
        + "multilateral partners"), english);
    assertTrue(english.contains("24 September 2014"), english);
    assertTrue(english.contains("4 of the 32 countries"), english);
    assertTrue(english.contains("listed by inference"), english);
    assertTrue(english.contains("href=\"https://www.iadb.org/en/news/announcements/2013-10-30/"
        + "open-government-partnership%2C10626.html\""), english);
    String french = ask("/apropos", "en").html();
    assertTrue(french.startsWith("<b>À propos de ces données</b>"), french);
    assertTrue(french.contains("4 des 32 pays"), french);
    String spanish = ask("/acerca", "en").html();
    assertTrue(spanish.startsWith("<b>Acerca de estos datos</b>"), spanish);
    assertTrue(spanish.contains("28 países, 13 organizaciones de la sociedad civil"), spanish);
    assertTrue(spanish.contains("4 de los 32 países"), spanish);
    assertTrue(english.length() <= Reply.MAX_TEXT && french.length() <= Reply.MAX_TEXT
        && spanish.length() <= Reply.MAX_TEXT);
  }
}
