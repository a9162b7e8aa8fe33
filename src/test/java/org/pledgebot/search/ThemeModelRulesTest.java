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
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

/**
 * The theme model beside the rules ({@link QuestionCompiler}'s veto, rescue and re-rank), each shown on
 * a search over the shipped corpus with a question (written for this test) whose answer it changes:
 * the same question read by the rules alone (a compiler whose model knows no feature, so that every
 * class is as likely and no rule fires) is read otherwise.
 */
class ThemeModelRulesTest {

  private static PledgeSearch shipped;
  private static QuestionCompiler rulesAlone;
  private static ThemeModel model;

  @BeforeAll
  static void open() {
    shipped = Shipped.index();
    Thesaurus thesaurus = Shipped.thesaurus();
    Analysis analysis = new Analysis();
    Commonness commonness = Commonness.load();
    model = ThemeModel.load(thesaurus);
    rulesAlone = PledgeMatcher.standaloneCompiler(analysis, new ThemeDetector(analysis, thesaurus, commonness),
        new ThemeModel(thesaurus.ids(), new int[0], new float[0]), thesaurus, commonness);
  }

  @AfterAll
  static void close() throws IOException {
    shipped.close();
  }

  private static Question rules(String question) {
    return rulesAlone.compile(question, Optional.empty(), LanguageDetector.Evidence.NONE);
  }

  private static List<String> ids(String question) {
    return shipped.search(SearchRequest.of(question)).hits().stream().map(h -> h.pledge().id()).toList();
  }

  private static Set<String> of(String theme) {
    Set<String> out = new HashSet<>();
    shipped.byTheme(theme).stream().map(Pledge::id).forEach(out::add);
    return out;
  }

  @Test
  void theVetoSilencesAQuestionTheModelIsAllButSureIsAboutSomethingElse() {
    String running = "can I make my running data open on a website";
    assertFalse(rules(running).offTopic(), "the rules read open data");
    assertEquals(Map.of("open-data", 1f), rules(running).themes());
    assertTrue(model.probabilities(running).offTopic() > QuestionCompiler.VETO);
    assertEquals(List.of(), ids(running));
  }

  @Test
  void theVetoLeavesAQuestionThatNamesAPledger() {
    // off topic, a country named in small letters would no longer count: the rules' reading stands
    String norway = "can I make my running data open on a website like norway";
    assertTrue(model.probabilities(norway).offTopic() > QuestionCompiler.VETO);
    List<String> got = ids(norway);
    assertEquals("NO", got.get(0), got.toString());
    assertTrue(got.containsAll(of("open-data")), got.toString());
  }

  @Test
  void theRescueAnswersAQuestionTheRulesLeftSilentWithTheThemeTheModelIsSureOf() {
    String park = "people in the neighbourhood want a say before the park is sold";
    assertTrue(rules(park).offTopic(), "the rules read an everyday matter");
    ThemeModel.Probabilities p = model.probabilities(park);
    assertEquals("citizen-engagement", p.best());
    assertTrue(p.bestProbability() > QuestionCompiler.SURE, p.toString());
    Set<String> engagement = of("citizen-engagement");
    List<String> got = ids(park);
    assertEquals(engagement, Set.copyOf(got.subList(0, engagement.size())), got.toString());

    String water = "access to clean water in rural villages";
    assertTrue(rules(water).offTopic());
    assertEquals(of("public-services"), Set.copyOf(ids(water)));
  }

  @Test
  void theRescueLeavesAQuestionThatNamesAPledgerAndOneOfTheWholeField() {
    String norway = "people in Norway want a say before the park is sold";
    assertTrue(rules(norway).offTopic());
    assertTrue(model.probabilities(norway).bestProbability() > QuestionCompiler.SURE);
    assertEquals(List.of("NO"), ids(norway), "the pledger named, no theme");

    // a question of the whole field is offered the themes, whatever theme the model would pick
    String whole = "¿qué es el gobierno abierto?";
    assertTrue(rules(whole).broad());
    assertTrue(model.probabilities(whole).bestProbability() > QuestionCompiler.SURE);
    SearchResponse answer = shipped.search(SearchRequest.of(whole));
    assertEquals(List.of(), answer.hits());
    assertTrue(answer.broad());
  }

  @Test
  void theReRankPutsTheThemeTheModelIsSureOfBeforeTheRulesLead() {
    String stadium = "el alcalde debe rendir cuentas por el dinero público gastado en el estadio";
    Map<String, Float> ruled = rules(stadium).themes();
    assertTrue(ruled.get("accountability") > ruled.get("budget-transparency"), "the rules lead: " + ruled);
    ThemeModel.Probabilities p = model.probabilities(stadium);
    assertEquals("budget-transparency", p.best());
    assertTrue(p.bestProbability() > QuestionCompiler.SURE, p.toString());
    Set<String> budget = of("budget-transparency");
    List<String> got = ids(stadium);
    assertEquals(budget, Set.copyOf(got.subList(0, budget.size())), got.toString());
    Set<String> accountable = of("accountability");
    accountable.removeAll(budget);
    assertTrue(got.stream().anyMatch(accountable::contains), "the rules' lead kept after it: " + got);
  }

  @Test
  void alertMatchingReadsAQuestionAsSearchDoes() {
    PledgeMatcher matcher = shipped.matcher();
    assertTrue(matcher.compile("can I make my running data open on a website", Optional.empty()).compiled().offTopic());
    Question park = matcher.compile("people in the neighbourhood want a say before the park is sold", Optional.empty())
        .compiled();
    assertFalse(park.offTopic());
    assertEquals(Set.of("citizen-engagement"), park.themes().keySet());
  }
}
