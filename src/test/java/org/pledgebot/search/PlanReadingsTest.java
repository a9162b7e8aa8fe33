package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/** Which of a question's plans stand as a plan told by itself, no other thing's ({@link PlanReadings}). */
class PlanReadingsTest {

  private static final PlanReadings PLANS = new PlanReadings(new Analysis(),
      Lexicon.every(Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR, List.of("porte"), Lang.ES, List.of("puerta")))));

  private static Set<Integer> plans(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return PLANS.positions(surface, new boolean[surface.size()], lang);
  }

  @Test
  void aPlanAfterItsDeterminerOrItsOwnQualifierIsTheOneTold() {
    assertEquals(Set.of(2), plans("on the plan is enough", Lang.EN));
    assertEquals(Set.of(4), plans("consultation on the draft plan", Lang.EN));
    assertEquals(Set.of(2), plans("its ogp plan", Lang.EN));
    assertEquals(Set.of(3), plans("le projet de plan n a dure", Lang.FR));
    assertEquals(Set.of(1), plans("du plan national", Lang.FR));
    assertEquals(Set.of(1), plans("el plan de gobierno", Lang.ES));
    assertEquals(Set.of(1), plans("del plan con las organizaciones", Lang.ES));
  }

  @Test
  void aPlanAnotherWordOwnsIsThatThingsOrAVerb() {
    assertEquals(Set.of(), plans("a business plan for my bakery", Lang.EN));
    assertEquals(Set.of(), plans("the province plans a dam", Lang.EN));
    assertEquals(Set.of(), plans("an action plan for my diet", Lang.EN));
    assertEquals(Set.of(), plans("we plan to consult", Lang.EN));
    assertEquals(Set.of(), plans("le plan de circulation", Lang.FR));
    assertEquals(Set.of(), plans("le projet de plan social", Lang.FR));
    assertEquals(Set.of(), plans("du plan local d urbanisme", Lang.FR));
    assertEquals(Set.of(), plans("un plan para pintar la fachada", Lang.ES));
    assertEquals(Set.of(), plans("el plan de ordenamiento territorial", Lang.ES));
  }
}
