package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

class PledgeMatcherTest {

  private static Thesaurus thesaurus;
  private static Corpus corpus;
  private static PledgeSearch search;
  private static PledgeMatcher matcher;
  /**
   * A matcher and a search reading questions by the rules alone (a theme model that knows nothing): the
   * tests of the rules' readings of acts, which a retrained model must not move; what the model changes
   * is shown in {@link ThemeModelRulesTest}.
   */
  private static PledgeMatcher rulesAlone;
  private static PledgeSearch rulesSearch;
  /** The names of the shipped pledgers, to tell the questions naming one ({@link #matchesWhatSearchWouldList}). */
  private static NameIndex names;
  private static Analysis analysis;
  private static List<String> questions;

  @BeforeAll
  static void setUp() throws IOException {
    thesaurus = Shipped.thesaurus();
    corpus = Shipped.corpus(thesaurus);
    search = Shipped.index();
    matcher = new PledgeMatcher(thesaurus);
    analysis = new Analysis();
    Commonness commonness = Commonness.load();
    rulesAlone = new PledgeMatcher(analysis, PledgeMatcher.standaloneCompiler(analysis,
        new ThemeDetector(analysis, thesaurus, commonness), ThemeModel.none(thesaurus), thesaurus, commonness),
        LanguageDetector.Evidence.NONE, pledge -> Optional.empty());
    rulesSearch = PledgeSearch.inMemory(PledgeSearch.prepareRulesAlone(thesaurus, commonness));
    rulesSearch.sync(corpus);
    names = new NameIndex(analysis, corpus.pledges().stream().flatMap(p -> NameKey.of(analysis, p).stream()).toList());
    // the regression set and the development set: paraphrases, typos and everyday uses of domain words
    questions = java.util.stream.Stream.of(RelevanceTest.QUESTIONS, RelevanceScore.DIR.resolve("dev.tsv"))
        .flatMap(f -> {
          try {
            return RelevanceSet.read(f).stream();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .map(RelevanceSet.Case::question).toList();
  }

  @AfterAll
  static void tearDown() throws IOException {
    search.close();
    rulesSearch.close();
    analysis.close();
  }

  @Test
  void aWordIsReadAsTypedWhereItBeginsPastAnElidedArticle() {
    Question q = matcher.compile("Voyage en Irlande, pas l'Espagne ni l'OCDE ; aujourd'hui Kenya's O'Brien", Optional.empty())
        .compiled();
    Map<String, Boolean> capital = new HashMap<>();
    Map<String, Boolean> upper = new HashMap<>();
    for (int i = 0; i < q.surface().size(); i++) {
      capital.put(q.surface().get(i), q.capital()[i]);
      upper.put(q.surface().get(i), q.upper()[i]);
    }
    assertEquals(true, capital.get("voyage"), "the first word");
    assertEquals(true, capital.get("irlande"));
    assertEquals(true, capital.get("espagne"), "past the elided article");
    assertEquals(true, upper.get("ocde"), "an acronym past the elided article");
    assertEquals(false, upper.get("espagne"));
    assertEquals(false, capital.get("aujourd'hui"), "no article elided");
    assertEquals(true, capital.get("kenya"), "a possessive keeps its first letter");
    assertEquals(true, capital.get("o'brien"), "no article elided");
  }

  @Test
  void aNewPledgeMatchesTheQuestionsAboutItAndNoOthers() {
    Pledge solo = PledgeSearchTest.pledge("solo", "Solo Institute",
        "Solo helps ministries publish open data portals and machine-readable datasets.", null, "open-data");
    PledgeMatcher.Prepared p = matcher.prepare(solo);
    assertTrue(p.matches(matcher.compile("qui peut nous aider sur les données ouvertes ?", Optional.empty())));
    assertTrue(p.matches(matcher.compile("open data", Optional.of(Lang.EN))));
    assertTrue(p.matches(matcher.compile("Solo Institute", Optional.empty())), "by name");
    assertTrue(p.matches(matcher.compile("Solo Instittute", Optional.empty())), "by name with a typo");
    assertTrue(p.matches(matcher.compile("machine readable", Optional.empty())), "by words");
    assertFalse(p.matches(matcher.compile("lutte contre la corruption", Optional.empty())));
    assertFalse(p.matches(matcher.compile("football scores", Optional.empty())));
    assertFalse(p.matches(matcher.compile("", Optional.empty())));
  }

  @Test
  void aSpanishQuestionMatchesAnEnglishOnlyPledgeAndASpanishPledgeItsWords() {
    Pledge solo = PledgeSearchTest.pledge("solo", "Solo Institute",
        "Solo helps ministries publish open data portals and machine-readable datasets.", null, "open-data");
    PledgeMatcher.Prepared english = matcher.prepare(solo);
    SavedQuery spanish = matcher.compile("¿quién puede ayudarnos con los datos abiertos?", Optional.empty());
    assertEquals(Lang.ES, spanish.lang());
    assertTrue(english.matches(spanish), "through the theme");
    assertFalse(english.matches(matcher.compile("lucha contra la corrupción", Optional.empty())));
    Pledge hablado = new Pledge("hablado", Kind.CIVIL_SOCIETY, Map.of(Lang.EN, "Hablado", Lang.ES, "Hablado"), Map.of(),
        List.of("public-services"),
        Map.of(Lang.EN, "Hablado trains clerks.", Lang.ES, "Hablado forma a intérpretes y traductores municipales."),
        Optional.empty(), List.of(), Optional.empty(), Basis.STATED);
    // A pledge outside the themes asked for is listed for two words beyond the theme's own
    // (words of public life in general, such as "funcionarios", list no one).
    assertTrue(matcher.prepare(hablado).matches(matcher.compile("datos abiertos para intérpretes y traductores",
        Optional.empty())), "by the Spanish stems of its Spanish text");
  }

  @Test
  void savedQueryKeepsTextAndLanguage() {
    SavedQuery q = matcher.compile("  qui peut nous aider sur les données ouvertes ?  ", Optional.empty());
    assertEquals("qui peut nous aider sur les données ouvertes ?", q.question());
    assertEquals(Lang.FR, q.lang());
    assertEquals(Lang.EN, matcher.compile("données", Optional.of(Lang.EN)).lang());
  }

  /** The fast set-lookup decision is exactly the Lucene query run on the MemoryIndex. */
  @Test
  void fastDecisionAgreesWithTheLuceneQueryOnTheMemoryIndex() {
    for (Pledge pledge : corpus.pledges()) {
      PledgeMatcher.Prepared p = matcher.prepare(pledge);
      for (String question : questions) {
        SavedQuery q = matcher.compile(question, Optional.empty());
        assertEquals(p.score(q) > 0, p.matches(q), pledge.id() + " / " + question);
      }
    }
  }

  /**
   * A question naming no pledger that lists a pledge in search matches it here, and the reverse. A
   * matcher of its own knows no pledger's name, so search's theme model, which never overrules a named
   * pledger, may read a question naming one otherwise: those are judged with search's own matcher
   * ({@link #searchsMatcherReadsAQuestionAsSearchDoes}).
   */
  @Test
  void matchesWhatSearchWouldList() {
    List<String> naming = questions.stream().filter(q -> !names.match(matcher.compile(q, Optional.empty())).isEmpty())
        .toList();
    assertTrue(naming.contains("Transparency International"), "questions naming a pledger: " + naming.size());
    assertTrue(naming.size() < questions.size() / 2, "questions naming a pledger: " + naming.size() + " of " + questions.size());
    assertMatchesWhatSearchLists(matcher, questions.stream().filter(q -> !naming.contains(q)).toList());
  }

  private static void assertMatchesWhatSearchLists(PledgeMatcher matcher) {
    assertMatchesWhatSearchLists(matcher, questions);
  }

  private static void assertMatchesWhatSearchLists(PledgeMatcher matcher, List<String> questions) {
    List<PledgeMatcher.Prepared> prepared = corpus.pledges().stream().map(matcher::prepare).toList();
    for (String question : questions) {
      Set<String> listed = search.search(new SearchRequest(question, Optional.empty(), 100)).hits().stream()
          .map(h -> h.pledge().id()).collect(Collectors.toCollection(TreeSet::new));
      SavedQuery q = matcher.compile(question, Optional.empty());
      Set<String> matched = prepared.stream().filter(p -> p.matches(q)).map(p -> p.pledge().id())
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(listed, matched, question);
    }
  }

  /**
   * Search's own matcher reads a question in the language search answers it in, the names of the
   * indexed pledgers included (a matcher of its own knows only the thesaurus), and matches what
   * search lists, for every dev question.
   */
  @Test
  void searchsMatcherReadsAQuestionAsSearchDoes() throws IOException {
    PledgeMatcher shared = search.matcher();
    List<String> every = new java.util.ArrayList<>(questions);
    try (var files = java.nio.file.Files.list(RelevanceScore.DIR)) {
      for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().matches("dev-.*\\.tsv")).sorted().toList()) {
        RelevanceSet.read(f).forEach(c -> every.add(c.question()));
      }
    }
    for (String question : every) {
      assertEquals(search.search(new SearchRequest(question, Optional.empty(), 10)).lang(),
          shared.compile(question, Optional.empty()).lang(), question);
    }
    assertTrue(every.size() > 1_000, "questions checked: " + every.size());
    // every dev question: a pledger named by part of its name ("the interamerican bank") is judged
    // against all the index's names, as search judges it, not against the new pledge's alone
    assertMatchesWhatSearchLists(shared, every);
  }

  /**
   * The pledges one sync brings in are all judged against the same index: a saved question's names
   * are read once per index, and afresh by the index a change makes.
   */
  @Test
  void aSavedQuestionsNamesAreReadOncePerIndexAndAfreshAfterAChange() {
    Analysis analysis = new Analysis();
    NameIndex names = new NameIndex(analysis,
        corpus.pledges().stream().flatMap(p -> NameKey.of(analysis, p).stream()).toList());
    SavedQuery q = matcher.compile("what will the interamerican bank share?", Optional.empty());
    Map<String, Boolean> read = names.match(q);
    assertEquals(names.match(q.compiled()), read);
    assertTrue(read.containsKey("idb"), read.toString());
    assertSame(read, names.match(q), "read once for every pledge judged against this index");
    Pledge bank = PledgeSearchTest.pledge("interamerican-bank", "Interamerican Bank",
        "The bank helps ministries publish open data portals.", null, "open-data");
    NameIndex changed = names.changed(List.of(), NameKey.of(analysis, bank));
    Map<String, Boolean> again = changed.match(q);
    assertNotSame(read, again, "another index reads it afresh");
    assertEquals(changed.match(q.compiled()), again);
    assertTrue(again.containsKey("interamerican-bank"), again.toString());
  }

  @Test
  void matchingFiltersACollection() {
    Pledge no = search.pledgers().byId("NO").orElseThrow();
    List<SavedQuery> saved = List.of(
        matcher.compile("pantouflage", Optional.empty()),
        matcher.compile("open data", Optional.empty()),
        matcher.compile("Norvège", Optional.empty()));
    assertEquals(List.of(saved.get(0), saved.get(2)), matcher.matching(no, saved));
  }

  // the rules' readings of acts, by the rules alone (a question the model is sure of may lead with its
  // theme instead: ThemeModelRulesTest)

  @Test
  void anActGivesItsThemeToAnOnTopicQuestionThatNamesNoThemeBelowTheThemesItsWordsRelateTo() {
    for (String text : List.of("why does the ministry of transport not publish its road studies",
        "pourquoi le ministère des transports ne publie pas ses études routières",
        "por qué el ministerio de transporte no publica sus estudios viales")) {
      Question q = rulesAlone.compile(text, Optional.empty()).compiled();
      assertFalse(q.offTopic(), text);
      assertEquals(Set.of("access-to-information"), q.actThemes(), text);
      List<org.pledgebot.corpus.Pledge> hits = rulesSearch.search(SearchRequest.of(text)).hits().stream().map(Hit::pledge).toList();
      // the sector's pledger first, the act's pledgers after it
      assertTrue(hits.get(0).themes().contains("public-services"), text + " " + hits);
      assertTrue(hits.stream().skip(1).anyMatch(p -> p.themes().contains("access-to-information")), text + " " + hits);
    }
    // a question that names its theme gets no act's pledgers: it said what it asks about
    String named = "should the ministry of mines publish the oil contracts it signs";
    assertEquals(Set.of("access-to-information"), rulesAlone.compile(named, Optional.empty()).compiled().actThemes());
    rulesSearch.search(SearchRequest.of(named)).hits().forEach(
        h -> assertTrue(h.pledge().themes().contains("natural-resources"), named + " " + h.pledge().id()));
    // the same acts in an errand of one's own say nothing
    for (String errand : List.of("how do I publish a photo of my cat online", "cómo quejarme del ruido del vecino")) {
      Question q = rulesAlone.compile(errand, Optional.empty()).compiled();
      assertTrue(q.offTopic(), errand);
      assertEquals(Set.of(), q.actThemes(), errand);
    }
  }

  @Test
  void aPublicBodyListeningToPeopleIsCitizenEngagementWhereTheQuestionIsOnTopic() {
    // (English "listen" is already a cue the detector reads of citizen engagement)
    for (String text : List.of("le ministère des transports n'écoute jamais personne sur ses études routières",
        "el ministerio de transporte no escucha a nadie sobre sus estudios viales")) {
      Question q = rulesAlone.compile(text, Optional.empty()).compiled();
      assertFalse(q.offTopic(), text);
      assertEquals(Set.of("citizen-engagement"), q.actThemes(), text + " " + q.themes());
    }
    // listening in an errand of one's own says nothing
    for (String errand : List.of("my brother never listens to me about the washing up",
        "mon chat n'écoute jamais quand je l'appelle", "mi hijo no escucha a su profesora de piano")) {
      Question q = rulesAlone.compile(errand, Optional.empty()).compiled();
      assertTrue(q.offTopic(), errand);
      assertEquals(Set.of(), q.actThemes(), errand);
    }
  }

  @Test
  void aPhrasalVerbOfTheFieldSaysItsActAsOneWordDoes() {
    java.util.Map<String, String> acts = java.util.Map.of(
        "why does the ministry of transport hold back its road studies", "access-to-information",
        "why does the ministry of transport not hand them over, the road studies", "access-to-information",
        "the ministry of transport covered up its road studies", "accountability",
        "pourquoi le ministère des transports ne rend pas publiques ses études routières", "access-to-information",
        "por qué el ministerio de transporte no da a conocer sus estudios viales", "access-to-information");
    acts.forEach((text, theme) -> {
      Question q = rulesAlone.compile(text, Optional.empty()).compiled();
      assertFalse(q.offTopic(), text);
      assertEquals(Set.of(theme), q.actThemes(), text);
    });
    // the verb without its particle, or its particle too far or past punctuation, says no act
    for (String text : List.of("the ministry of transport looked at its road studies",
        "why does the ministry of transport hold its old road studies back",
        "the ministry of transport covered its road studies, up to the last page")) {
      Question q = rulesAlone.compile(text, Optional.empty()).compiled();
      assertFalse(q.offTopic(), text);
      assertEquals(Set.of(), q.actThemes(), text);
    }
    // the same verbs in an errand of one's own say nothing
    String errand = "how do I hand over my flat keys to the new tenant";
    assertTrue(rulesAlone.compile(errand, Optional.empty()).compiled().offTopic(), errand);
    assertEquals(Set.of(), rulesAlone.compile(errand, Optional.empty()).compiled().actThemes(), errand);
  }

  @Test
  void aSavedQueryKeepsTheThemesItsActsGiveAClauseWorkedOutOnce() {
    // worked out when the question is saved, not again for every pledge it is tried against
    SavedQuery act = rulesAlone.compile("why does the ministry of transport not publish its road studies", Optional.empty());
    assertEquals(Set.of("access-to-information"), act.actClauses());
    assertSame(act.actClauses(), act.actClauses());
    // an act beside a named theme gives no clause: the kept set is empty, as the query's is
    SavedQuery named = rulesAlone.compile("should the ministry of mines publish the oil contracts it signs", Optional.empty());
    assertEquals(Set.of("access-to-information"), named.compiled().actThemes());
    assertEquals(Set.of(), named.actClauses());
  }
}
