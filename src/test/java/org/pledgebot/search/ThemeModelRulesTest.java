package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

/**
 * The theme model beside the rules ({@link QuestionCompiler}'s veto, rescue and re-rank), each shown on
 * a search over the shipped corpus with a question (written for this test) whose answer it changes:
 * the same question read by the rules alone (a compiler whose model knows no feature, so that every
 * class is as likely and no rule fires) is read otherwise.
 */
class ThemeModelRulesTest {

  private static RelevanceScore shipped;
  private static QuestionCompiler rulesAlone;
  private static ThemeModel model;

  @BeforeAll
  static void open() {
    shipped = RelevanceScore.shipped();
    Thesaurus thesaurus = Shipped.thesaurus();
    Analysis analysis = new Analysis();
    Commonness commonness = Commonness.load();
    model = ThemeModel.load(thesaurus);
    rulesAlone = PledgeMatcher.standaloneCompiler(analysis, new ThemeDetector(analysis, thesaurus, commonness),
        ThemeModel.none(thesaurus), thesaurus, commonness);
  }

  @AfterAll
  static void close() throws IOException {
    shipped.close();
  }

  private static Question rules(String question) {
    return rulesAlone.compile(question, Optional.empty(), LanguageDetector.Evidence.NONE);
  }

  /** The model's best theme for {@code question} is {@code theme}, above the threshold of the rescue and the re-rank. */
  private static void sure(String theme, String question) {
    ThemeModel.Probabilities p = model.probabilities(question);
    assertEquals(theme, p.best(), p.toString());
    assertTrue(p.bestProbability() > Math.max(QuestionCompiler.RESCUE, QuestionCompiler.LEAD), p.toString());
  }

  /** The first hits are exactly the pledgers of {@code theme}. */
  private static List<String> leads(String theme, String question) {
    Set<String> first = shipped.pledgersOf(List.of(theme));
    List<String> got = shipped.ids(question);
    assertEquals(first, Set.copyOf(got.subList(0, Math.min(first.size(), got.size()))), question + " -> " + got);
    return got;
  }

  @Test
  void theVetoSilencesAQuestionTheModelIsAllButSureIsAboutSomethingElse() {
    String running = "can I make my running data open on a website";
    assertFalse(rules(running).offTopic(), "the rules read open data");
    assertEquals(Map.of("open-data", 1f), rules(running).themes());
    assertTrue(model.probabilities(running).offTopic() > QuestionCompiler.VETO);
    assertEquals(List.of(), shipped.ids(running));
  }

  @Test
  void theVetoLeavesAQuestionThatNamesAPledger() {
    // off topic, a country named in small letters would no longer count: the rules' reading stands
    String norway = "can I make my running data open on a website like norway";
    assertTrue(model.probabilities(norway).offTopic() > QuestionCompiler.VETO);
    List<String> got = shipped.ids(norway);
    assertEquals("NO", got.get(0), got.toString());
    assertTrue(got.containsAll(shipped.pledgersOf(List.of("open-data"))), got.toString());
  }

  @Test
  void theRescueAnswersAQuestionTheRulesLeftSilentWithTheThemeTheModelIsSureOf() {
    String park = "people in the neighbourhood want a say before the park is sold";
    assertTrue(rules(park).offTopic(), "the rules read an everyday matter");
    sure("citizen-engagement", park);
    leads("citizen-engagement", park);
  }

  @Test
  void theRescueLeavesAQuestionThatNamesAPledgerAndOneOfTheWholeField() {
    String norway = "people in Norway want a say before the park is sold";
    assertTrue(rules(norway).offTopic());
    sure("citizen-engagement", norway);
    assertEquals(List.of("NO"), shipped.ids(norway), "the pledger named, no theme");

    // a question of the whole field is offered the themes, whatever theme the model would pick
    String whole = "¿qué es el gobierno abierto?";
    assertTrue(rules(whole).broad());
    assertTrue(model.probabilities(whole).bestProbability() > QuestionCompiler.RESCUE);
    SearchResponse answer = shipped.response(whole);
    assertEquals(List.of(), answer.hits());
    assertTrue(answer.broad());
  }

  /** The rules read {@code question} as accountability before budget transparency; the model is sure of budget transparency. */
  private static void accountabilityRuledBudgetSure(String question) {
    Map<String, Float> ruled = rules(question).themes();
    assertTrue(ruled.get("accountability") > ruled.get("budget-transparency"), "the rules lead: " + ruled);
    sure("budget-transparency", question);
  }

  @Test
  void theReRankPutsTheThemeTheModelIsSureOfBeforeTheRulesLead() {
    String stadium = "el alcalde debe rendir cuentas por el dinero público gastado en el estadio";
    accountabilityRuledBudgetSure(stadium);
    List<String> got = leads("budget-transparency", stadium);
    Set<String> accountable = new HashSet<>(shipped.pledgersOf(List.of("accountability")));
    accountable.removeAll(shipped.pledgersOf(List.of("budget-transparency")));
    assertTrue(got.stream().anyMatch(accountable::contains), "the rules' lead kept after it: " + got);
  }

  @Test
  void theReRankLeavesAQuestionThatNamesAPledger() {
    // a name's question is answered by the pledger, its themes in the order the rules read them
    String chile = "el alcalde de Chile debe rendir cuentas por el dinero público gastado en el estadio";
    accountabilityRuledBudgetSure(chile);
    List<String> got = shipped.ids(chile);
    assertEquals("CL", got.get(0), got.toString());
    Set<String> accountable = new HashSet<>(shipped.pledgersOf(List.of("accountability")));
    Set<String> budget = new HashSet<>(shipped.pledgersOf(List.of("budget-transparency")));
    String firstOfOne = got.stream().skip(1).filter(id -> accountable.contains(id) != budget.contains(id))
        .findFirst().orElseThrow(() -> new AssertionError(got.toString()));
    assertTrue(accountable.contains(firstOfOne), "the rules' lead first after the pledger: " + got);
  }

  @Test
  void alertMatchingReadsAQuestionAsSearchDoes() {
    PledgeMatcher matcher = new PledgeMatcher(Shipped.thesaurus());
    assertTrue(matcher.compile("can I make my running data open on a website", Optional.empty()).compiled().offTopic());
    Question park = matcher.compile("people in the neighbourhood want a say before the park is sold", Optional.empty())
        .compiled();
    assertFalse(park.offTopic());
    assertEquals(Set.of("citizen-engagement"), park.themes().keySet());
  }
}
