package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

class PledgeSearchTest {

  private static Thesaurus thesaurus;
  private static Corpus corpus;
  private static PledgeSearch shipped;

  @BeforeAll
  static void setUp() {
    thesaurus = Shipped.thesaurus();
    corpus = Shipped.corpus(thesaurus);
    shipped = Shipped.index();
  }

  @AfterAll
  static void tearDown() throws IOException {
    shipped.close();
  }

  static Pledge pledge(String id, String nameEn, String textEn, String textFr, String... themes) {
    Map<Lang, String> text = textFr == null ? Map.of(Lang.EN, textEn) : Map.of(Lang.EN, textEn, Lang.FR, textFr);
    return new Pledge(id, Kind.CIVIL_SOCIETY, Map.of(Lang.EN, nameEn), Map.of(), List.of(themes), text,
        Optional.empty(), List.of(), Optional.empty(), Basis.STATED);
  }

  private static List<String> ids(PledgeSearch s, String question) {
    return s.search(SearchRequest.of(question)).hits().stream().map(h -> h.pledge().id()).toList();
  }

  @Test
  void syncAddsUpdatesAndRemovesByContentHash() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      Pledge a = pledge("alpha", "Alpha Trust", "Alpha shares its open data portal.", null, "open-data");
      Pledge b = pledge("beta", "Beta Watch", "Beta monitors lobbying.", null, "public-integrity");
      SyncReport first = s.sync(new Corpus(List.of(a, b), List.of()));
      assertEquals(new SyncReport(List.of("alpha", "beta"), List.of(), List.of(), 2), first);

      SyncReport same = s.sync(new Corpus(List.of(a, b), List.of()));
      assertEquals(new SyncReport(List.of(), List.of(), List.of(), 2), same, "unchanged pledges are left alone");

      Pledge b2 = pledge("beta", "Beta Watch", "Beta monitors lobbying and asset declarations.", null, "public-integrity");
      Pledge c = pledge("gamma", "Gamma Lab", "Gamma builds e-services.", null, "public-services");
      SyncReport changed = s.sync(new Corpus(List.of(b2, c), List.of()));
      assertEquals(new SyncReport(List.of("gamma"), List.of("beta"), List.of("alpha"), 2), changed);
      assertEquals(2, s.size());
      assertTrue(s.pledgers().byId("alpha").isEmpty());
      assertEquals(b2, s.pledgers().byId("beta").orElseThrow());
      assertEquals(List.of("beta"), ids(s, "asset declarations"), "the new text is searched");
      assertEquals(List.of(), ids(s, "open data portal"), "the removed pledge is gone from search");
    }
  }

  @Test
  void aRepeatedQuestionGetsTheKeptAnswerUntilTheIndexChanges() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      s.upsert(pledge("alpha", "Alpha Trust", "Alpha shares its open data portal.", null, "open-data"));
      SearchRequest question = SearchRequest.of("open data portal");
      SearchResponse first = s.search(question);
      assertEquals(List.of("alpha"), first.hits().stream().map(h -> h.pledge().id()).toList());
      assertSame(first, s.search(new SearchRequest("open data portal", Optional.empty(), 10)),
          "the same question, language and limit is answered from the kept answer");
      assertEquals(1, s.search(new SearchRequest("open data portal", Optional.empty(), 1)).hits().size());
      assertEquals(Lang.FR, s.search(new SearchRequest("open data portal", Optional.of(Lang.FR), 10)).lang(),
          "another answer language is another question");
      SearchResponse afresh = s.searchAfresh(question);
      assertNotSame(first, afresh, "searchAfresh never answers from the kept answers");
      assertEquals(first, afresh, "and answers the same");

      s.upsert(pledge("beta", "Beta Portal", "Beta runs an open data portal for cities.", null, "open-data"));
      SearchResponse after = s.search(question);
      assertNotSame(first, after);
      assertEquals(Set.of("alpha", "beta"), after.hits().stream().map(h -> h.pledge().id()).collect(Collectors.toSet()),
          "an update empties the kept answers: the new pledge is found");
      assertTrue(s.delete("beta"));
      assertEquals(List.of("alpha"), ids(s, "open data portal"), "so does a deletion");
    }
  }

  @Test
  void upsertAndDeleteAreVisibleAtOnce() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      s.upsert(pledge("alpha", "Alpha Trust", "Alpha shares its open data portal.", null, "open-data"));
      assertEquals(List.of("alpha"), ids(s, "open data"));
      s.upsert(pledge("alpha", "Alpha Trust", "Alpha fights corruption.", null, "public-integrity"));
      assertEquals(1, s.size());
      assertEquals(List.of("alpha"), ids(s, "corruption"));
      assertEquals(List.of(), ids(s, "open data"));
      assertTrue(s.delete("alpha"));
      assertFalse(s.delete("alpha"));
      assertEquals(0, s.size());
      assertEquals(List.of(), ids(s, "corruption"));
    }
  }

  @Test
  void reopensAnIndexOnDiskAndSyncsAgain(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("var/index");
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertEquals(51, s.sync(corpus).added().size());
    }
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertEquals(51, s.size(), "what was indexed is there before any sync");
      assertEquals("NO", ids(s, "Norvège").get(0));
      assertEquals(corpus.pledges(), s.all());
      SyncReport again = s.sync(corpus);
      assertEquals(new SyncReport(List.of(), List.of(), List.of(), 51), again, "nothing changed on disk");
      List<Pledge> fewer = new ArrayList<>(corpus.pledges());
      fewer.removeIf(p -> p.id().equals("NO"));
      assertEquals(List.of("NO"), s.sync(new Corpus(fewer, List.of())).removed());
    }
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertEquals(50, s.size());
      assertTrue(s.pledgers().find("Norway").isEmpty());
    }
  }

  /** Opening an index in step with the corpus writes nothing; its schema still holds after later commits. */
  @Test
  void reopeningAnUnchangedIndexCommitsNothing(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("var/index");
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      s.sync(corpus);
    }
    long generation = generation(index);
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertEquals(new SyncReport(List.of(), List.of(), List.of(), 51), s.sync(corpus));
    }
    assertEquals(generation, generation(index), "an open and a sync with nothing to do commit nothing");
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      s.delete("NO");
    }
    assertTrue(generation(index) > generation);
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertEquals(50, s.size(), "the commit of a writer opened in append mode keeps the schema: not recreated");
    }
  }

  /**
   * A theme detector prepared before the open (built while the caller reads the corpus) stays the
   * caller's when the open is refused because another process holds the index: the search opened in
   * memory instead takes it over and answers as the one holding the index does.
   */
  @Test
  void aPreparedDetectorServesTheSearchOpenedInsteadOfAnIndexInUse(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("var/index");
    try (PledgeSearch holder = PledgeSearch.open(index, thesaurus)) {
      holder.sync(corpus);
      PledgeSearch.Prepared prepared = PledgeSearch.prepare(thesaurus, Commonness.load());
      assertThrows(IndexInUseException.class, () -> PledgeSearch.open(index, prepared).close());
      try (PledgeSearch copy = PledgeSearch.inMemory(prepared)) {
        copy.sync(corpus);
        assertEquals(ids(holder, "open data"), ids(copy, "open data"));
        assertEquals(ids(holder, "transparence budgétaire"), ids(copy, "transparence budgétaire"));
      }
    }
  }

  /**
   * An index opened as it stands is searched without a writer, yet holds the index as a writer
   * would: another open is refused until it closes. Its first change opens the writer, which
   * takes the lock over; what was searched before is searched alike after.
   */
  @Test
  void anIndexOpenedAsItStandsHoldsItsLockAndWritesOnItsFirstChange(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("var/index");
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      s.sync(corpus);
    }
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertThrows(IndexInUseException.class, () -> PledgeSearch.open(index, thesaurus).close(),
          "opened for reading, the index is still held");
      List<String> before = ids(s, "open data");
      assertEquals(new SyncReport(List.of(), List.of(), List.of(), 51), s.sync(corpus));
      assertTrue(s.delete("NO"), "the first change opens the writer");
      assertEquals(before.stream().filter(id -> !id.equals("NO")).toList(), ids(s, "open data"));
      assertThrows(IndexInUseException.class, () -> PledgeSearch.open(index, thesaurus).close(),
          "the writer holds the lock it took over");
      s.upsert(corpus.pledges().stream().filter(p -> p.id().equals("NO")).findFirst().orElseThrow());
      assertEquals(Set.copyOf(before), Set.copyOf(ids(s, "open data")), "the same pledgers (a replaced document's scores may move)");
    }
    try (PledgeSearch s = PledgeSearch.open(index, thesaurus)) {
      assertEquals(51, s.size(), "closed, the lock is released and the changes committed");
    }
  }

  private static long generation(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index)) {
      return SegmentInfos.getLastCommitGeneration(d);
    }
  }

  @Test
  void querySyntaxIsPlainTextAndNeverThrows() {
    List<String> hostile = List.of("AND", "OR", "NOT", "AND OR NOT", "(", ")", "\"", "\"open data", "~", "*", "?",
        ":", "[", "]", "\\", "/", "!", "^", "{", "}", "-", "+", "&&", "||", "open AND", "title:open", "open~2",
        "data^10", "[a TO z]", "{* TO *}", "/reg.*ex/", "\\\\\\", "-corruption", "+open +data", "\"unclosed phrase",
        "a:b:c", "(((((", "*:*", "\u0000", "\uD83D\uDE00 emoji", "l'", "d'", "''''", "--", "...", "\t\n\r",
        "open data AND (corruption OR \"budget\")~3^2");
    for (String q : hostile) {
      SearchResponse r = shipped.search(SearchRequest.of(q));
      assertTrue(r.hits().size() <= 10, q);
    }
    assertEquals(ids(shipped, "open data"), ids(shipped, "(\"open\" AND data*)^~"), "syntax characters are ignored");
  }

  @Test
  void aTenThousandCharacterQuestionIsTruncated() {
    // how long it takes is SearchBenchmark.tenThousandCharacterQuestion's business
    String question = "who can help with open data? " + "blah ".repeat(2_000);
    assertTrue(question.length() >= 10_000);
    SearchResponse r = shipped.search(SearchRequest.of(question));
    assertTrue(r.query().length() <= QuestionCompiler.MAX_CHARS, "searched text is truncated");
    assertTrue(r.query().startsWith("who can help with open data?"));
    assertTrue(r.hits().stream().anyMatch(h -> h.pledge().id().equals("GB")));
  }

  @Test
  void emptyQuestionGivesAnEmptyResponse() {
    for (String blank : List.of("", "   ", "\n\t")) {
      SearchResponse r = shipped.search(SearchRequest.of(blank));
      assertEquals("", r.query());
      assertEquals(List.of(), r.hits());
    }
    assertEquals(Lang.FR, shipped.search(new SearchRequest(" ", Optional.of(Lang.FR), 5)).lang());
    assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(null));
  }

  @Test
  void answerLanguageIsDetectedOrRequestedAndSnippetsFollowIt() {
    SearchResponse fr = shipped.search(SearchRequest.of("qui peut nous aider sur les données ouvertes ?"));
    assertEquals(Lang.FR, fr.lang());
    Hit gb = fr.hits().stream().filter(h -> h.pledge().id().equals("GB")).findFirst().orElseThrow();
    assertTrue(gb.pledge().text(Lang.FR).contains(gb.snippet().replace("…", "").strip()), gb.snippet());

    SearchResponse en = shipped.search(SearchRequest.of("who can help with open data?"));
    assertEquals(Lang.EN, en.lang());
    Hit gbEn = en.hits().stream().filter(h -> h.pledge().id().equals("GB")).findFirst().orElseThrow();
    assertTrue(gbEn.pledge().text(Lang.EN).contains(gbEn.snippet().replace("…", "").strip()), gbEn.snippet());

    SearchResponse asked = shipped.search(new SearchRequest("open data", Optional.of(Lang.FR), 3));
    assertEquals(Lang.FR, asked.lang());
    assertEquals(3, asked.hits().size());
    asked.hits().forEach(h -> assertTrue(h.pledge().text(Lang.FR).contains(h.snippet().replace("…", "").strip())));
  }

  @Test
  void snippetsAreShortPlainTextShowingTheQuestion() {
    for (Hit h : shipped.search(SearchRequest.of("revolving door")).hits()) {
      assertTrue(h.snippet().length() <= Snippets.MAX + 1, h.snippet());
      assertFalse(h.snippet().contains("<"), h.snippet());
      assertTrue(h.snippet().toLowerCase().contains("revolving door"), h.snippet());
    }
  }

  /**
   * The sentence a whole pledge group shares says nothing about why one pledger was chosen: a
   * pledger whose own text holds the question's words shows that sentence instead; the others
   * keep the shared one, the best they have.
   */
  @Test
  void aPledgersOwnSentenceBeatsTheSentenceItsGroupShares() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      upsertTwoSharingAContactSentence(s);
      Map<String, String> snippets = new java.util.HashMap<>();
      s.search(SearchRequest.of("open data for our census")).hits().forEach(h -> snippets.put(h.pledge().id(), h.snippet()));
      assertEquals(Map.of(
          "alpha", "Alpha Institute trained census statisticians in Ghana.",
          "beta", "Contact area: open data portals and census data."), snippets);
      // alone in its answer, a pledge's sentences are its own: the best one is shown
      assertEquals("Contact area: open data portals and census data.",
          s.search(new SearchRequest("open data for our census", Optional.empty(), 1)).hits().get(0).snippet());
    }
  }

  /** Alpha and Beta: the same pledge and contact sentences, and one sentence each of their own. */
  private static void upsertTwoSharingAContactSentence(PledgeSearch s) throws IOException {
    s.upsert(pledge("alpha", "Alpha Institute",
        "Alpha Institute pledged to support open data. Contact area: open data portals and census data."
            + " Alpha Institute trained census statisticians in Ghana.", null, "open-data"));
    s.upsert(pledge("beta", "Beta Trust",
        "Beta Trust pledged to support open data. Contact area: open data portals and census data."
            + " Beta Trust runs a newsletter.", null, "open-data"));
  }

  /**
   * Snippets are made when first read, but they are those of the answer: read in any order (the
   * shared-sentence rule reads every hit), and after the index has changed.
   */
  @Test
  void snippetsReadLaterAndInAnyOrderAreTheAnswers() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      upsertTwoSharingAContactSentence(s);
      SearchResponse r = s.search(SearchRequest.of("open data for our census"));
      s.upsert(pledge("alpha", "Alpha Institute", "Alpha Institute moved on to census work.", null, "open-data"));
      Map<String, String> snippets = new java.util.HashMap<>();
      for (int i = r.hits().size() - 1; i >= 0; i--) {
        snippets.put(r.hits().get(i).pledge().id(), r.hits().get(i).snippet());
      }
      assertEquals(Map.of(
          "alpha", "Alpha Institute trained census statisticians in Ghana.",
          "beta", "Contact area: open data portals and census data."), snippets);
    }
  }

  /**
   * A sentence too long to show whole is shown as a window around its first hit, which depends on
   * the question: two questions hitting one long sentence at words far apart get their own windows,
   * however often each is asked and in whatever order.
   */
  @Test
  void aLongSentenceIsClippedAroundEachQuestionsOwnFirstHit() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      s.upsert(pledge("long", "Long Institute", "Long Institute works with universities, regional offices, "
          + "local newspapers, village councils, youth clubs, farmers unions, women's groups, church networks, "
          + "radio stations, school boards and district libraries, and it trains census statisticians "
          + "to publish open data.", null, "open-data"));
      String universities = "open data for universities";
      String libraries = "open data in libraries";
      String census = "who helps with the census?";
      String atStart = s.searchAfresh(SearchRequest.of(universities)).hits().get(0).snippet();
      String atLibraries = s.searchAfresh(SearchRequest.of(libraries)).hits().get(0).snippet();
      String atCensus = s.searchAfresh(SearchRequest.of(census)).hits().get(0).snippet();
      assertTrue(atStart.startsWith("Long Institute works with universities"), atStart);
      assertTrue(atLibraries.startsWith("…radio stations"), atLibraries);
      assertTrue(atCensus.startsWith("…boards and district libraries"), atCensus);
      for (int round = 0; round < 2; round++) {
        assertEquals(atCensus, s.searchAfresh(SearchRequest.of(census)).hits().get(0).snippet());
        assertEquals(atStart, s.searchAfresh(SearchRequest.of(universities)).hits().get(0).snippet());
        assertEquals(atLibraries, s.searchAfresh(SearchRequest.of(libraries)).hits().get(0).snippet());
      }
    }
  }

  /** Hits are values: two answers to one question are equal, snippets included. */
  @Test
  void hitsOfOneQuestionAreEqual() {
    SearchRequest q = SearchRequest.of("who can help with open data?");
    List<Hit> first = shipped.search(q).hits();
    assertFalse(first.isEmpty());
    assertEquals(first, shipped.search(q).hits());
    assertEquals(first.hashCode(), shipped.search(q).hits().hashCode());
    assertEquals(first.get(0).snippet(), shipped.search(q).hits().get(0).snippet());
  }

  @Test
  void frenchSnippetFallsBackToEnglishText() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      s.upsert(pledge("solo", "Solo Institute", "Solo helps ministries publish open data portals. It trains staff.", null,
          "open-data"));
      SearchResponse r = s.search(SearchRequest.of("qui peut nous aider sur les données ouvertes ?"));
      assertEquals(Lang.FR, r.lang());
      assertEquals(1, r.hits().size());
      assertEquals("Solo helps ministries publish open data portals.", r.hits().get(0).snippet());
    }
  }

  @Test
  void aQuestionOfTheFieldsFillerAloneIsBroad() {
    for (String q : List.of("open government", "peer exchange", "gouvernement ouvert", "gobierno abierto",
        "who can help?")) {
      SearchResponse r = shipped.search(SearchRequest.of(q));
      assertEquals(List.of(), r.hits(), q);
      assertTrue(r.broad(), q);
    }
    for (String q : List.of("recette de la tarte aux pommes", "the", "?", "open data", "Norway", "budget")) {
      assertFalse(shipped.search(SearchRequest.of(q)).broad(), q);
    }
  }

  /** An acronym typed in lower case is as often a word of another language: it needs context. */
  @Test
  void anAcronymInLowerCaseIsAnEverydayWord() {
    assertEquals(List.of(), ids(shipped, "pan con tomate"));
    assertEquals(List.of(), ids(shipped, "la foi et la religion"));
    assertFalse(ids(shipped, "PAN").isEmpty());
    assertFalse(ids(shipped, "FOI").isEmpty());
  }

  @Test
  void offTopicQuestionsGetNoHits() {
    for (String q : List.of("recette de la tarte aux pommes", "what's the weather in Paris", "football scores")) {
      assertEquals(List.of(), ids(shipped, q), q);
    }
  }

  @Test
  void findPledgerByNameAliasOrIdInEitherLanguage() {
    Map<String, String> cases = Map.ofEntries(
        Map.entry("etats unis", "US"), Map.entry("États-Unis", "US"), Map.entry("USA", "US"),
        Map.entry("us", "US"), Map.entry("U.S.", "US"), Map.entry("ocde", "oecd"),
        Map.entry("the Netherlands", "NL"), Map.entry("netherlands", "NL"), Map.entry("Pays Bas", "NL"),
        Map.entry("Norwy", "NO"), Map.entry("norvege", "NO"), Map.entry("GB", "GB"), Map.entry("gb", "GB"),
        Map.entry("Royaume-Uni", "GB"), Map.entry("banque mondiale", "world-bank"), Map.entry("PNUD", "undp"),
        Map.entry("ONE", "one"), Map.entry("article 19", "article-19"), Map.entry("tell me about Oxfam", "oxfam"),
        Map.entry("Transparancy International", "transparency-international"));
    cases.forEach((q, id) -> assertEquals(Optional.of(id), shipped.pledgers().find(q).map(Pledge::id), q));
    assertTrue(shipped.pledgers().find("pizza").isEmpty());
    assertTrue(shipped.pledgers().find("").isEmpty());
  }

  @Test
  void byThemeIsSortedByEnglishNameAndRejectsUnknownThemes() {
    List<String> names = shipped.byTheme("public-integrity").stream().map(p -> p.name(Lang.EN)).toList();
    assertEquals(List.of("Hungary", "Norway"), names);
    assertEquals(9, shipped.byTheme("open-data").size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> shipped.byTheme("pizza"));
    assertTrue(e.getMessage().contains("\"pizza\""));
  }

  @Test
  void aPhraseListedUnderTwoThemesNamesBoth() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      s.sync(new Corpus(List.of(
          pledge("voice", "Voice Lab", "Voice Lab runs town hall meetings.", null, "citizen-engagement"),
          pledge("ledger", "Ledger Watch", "Ledger Watch publishes state accounts.", null, "budget-transparency"),
          pledge("wire", "Wire Trust", "Wire Trust opens parliament.", null, "legislative-openness")), List.of()));
      for (String question : List.of("participatory budgeting", "budget participatif")) {
        List<Hit> hits = s.search(SearchRequest.of(question)).hits();
        assertEquals(java.util.Set.of("voice", "ledger"), java.util.Set.copyOf(hits.stream().map(h -> h.pledge().id()).toList()));
        hits.forEach(h -> assertTrue(h.score() >= QueryBuilder.THEME,
            question + ": " + h.pledge().id() + " ranks as a named theme, not by shared words (" + h.score() + ")"));
      }
    }
  }

  @Test
  void theDetectorsWeightsOrderTheThemesAndTheTextsOnlyWithinOne() throws IOException {
    try (PledgeSearch s = PledgeSearch.inMemory(thesaurus)) {
      // accountability's one pledger repeats the question's words; the budget pledgers do not, and
      // thirty parliament pledgers make those words rare, as in a real corpus
      List<Pledge> pledges = new ArrayList<>(List.of(
          pledge("answer", "Answer Desk", "Public hospitals answer requests for their audit reports: hospitals, requests, reports.",
              null, "accountability"),
          pledge("ledger", "Ledger Watch", "Ledger Watch publishes state accounts.", null, "budget-transparency"),
          pledge("tally", "Tally Group", "Tally Group reads the audit of every ministry.", null, "budget-transparency")));
      for (int i = 0; i < 30; i++) {
        pledges.add(pledge("wire" + i, "Wire Trust " + i, "Wire Trust opens parliament.", null, "legislative-openness"));
      }
      s.sync(new Corpus(pledges, List.of()));
      String question = "do public hospitals have to answer requests for their audit reports";
      // the detector weighs the spending (audit, 0.75) above answering for it (0.5) and keeps both: its order
      // decides between the themes, the texts within one (the audit leads its theme)
      assertEquals(List.of("tally", "ledger", "answer"), ids(s, question));
    }
    // themes the detector weighs alike get alike clauses: the texts order them; the least keeps its weight
    Map<String, Float> boosts = QueryBuilder.themeBoosts(Map.of("open-data", 0.5f, "public-services", 0.5f, "accountability", 0.25f));
    assertEquals(boosts.get("open-data"), boosts.get("public-services"));
    assertEquals(QueryBuilder.THEME * 0.25f, boosts.get("accountability"));
    // an act's theme joins only where no theme is named, below the least theme the words relate to
    assertEquals(Map.of(), QueryBuilder.actBoosts(Map.of("open-data", 1f, "accountability", 0.25f), Set.of("citizen-engagement")));
    assertEquals(Map.of("citizen-engagement", QueryBuilder.THEME * 0.125f),
        QueryBuilder.actBoosts(Map.of("public-services", 0.75f, "accountability", 0.25f), Set.of("citizen-engagement")));
    assertEquals(Map.of("citizen-engagement", QueryBuilder.THEME * ThemeDetector.CUE * QueryBuilder.ACT_SHARE),
        QueryBuilder.actBoosts(Map.of(), Set.of("citizen-engagement")));
    assertEquals(Map.of(), QueryBuilder.actBoosts(Map.of("public-services", 0.75f), Set.of()));
    // a trailing piece below the themes lifts each by a step, and a weak name by as much; none, none
    Map<String, Float> weights = Map.of("access-to-information", 0.25f, "public-services", 0.125f);
    assertEquals(QueryBuilder.ORDER,
        QueryBuilder.lift(weights, Set.of("public-services"), QueryBuilder.themeBoosts(weights)));
    assertEquals(0f, QueryBuilder.lift(weights, Set.of(), QueryBuilder.themeBoosts(weights)));
    assertEquals(0f, QueryBuilder.lift(Map.of("public-services", 0.25f), Set.of("public-services"),
        QueryBuilder.themeBoosts(Map.of("public-services", 0.25f))));
  }

  @Test
  void detectLanguage() {
    assertEquals(Lang.FR, shipped.languages().detect("Norvège"));
    assertEquals(Lang.EN, shipped.languages().detect("Norway"));
    assertEquals(Lang.FR, shipped.languages().detect("qui peut nous aider sur les données ouvertes ?"));
    assertEquals(Lang.EN, shipped.languages().detect("who can help with access-to-information laws?"));
    assertEquals(Lang.FR, shipped.languages().detect("accès à l'information"));
    assertEquals(Lang.FR, shipped.languages().detect("l'information"));
    assertEquals(Lang.EN, shipped.languages().detect("12345"), "no evidence is English");
    assertEquals(Lang.FR, shipped.languages().detect("OCDE"), "a name written only in French");
    assertEquals(Lang.FR, shipped.languages().detect("industries extractives"),
        "words English shares, in the order of a French thesaurus phrase");
    assertEquals(Lang.EN, shipped.languages().detect("extractive industries"));
  }

  @Test
  void searchesRunConcurrentlyWithUpdates() throws Exception {
    try (PledgeSearch s = Shipped.index()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
          readers.add(pool.submit(() -> {
            for (int i = 0; i < 300; i++) {
              assertEquals("NO", ids(s, "Norway").get(0));
            }
            return null;
          }));
        }
        for (int i = 0; i < 30; i++) {
          s.upsert(pledge("extra-" + i, "Extra " + i, "Extra helps with open data " + i + ".", null, "open-data"));
        }
        for (Future<?> f : readers) {
          f.get(60, TimeUnit.SECONDS);
        }
        assertEquals(81, s.size());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
