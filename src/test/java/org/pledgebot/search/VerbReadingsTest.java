package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/** Which words a question holds as verbs where the field writes a noun alike ({@link VerbReadings}). */
class VerbReadingsTest {

  private static final VerbReadings VERBS = new VerbReadings(
      Lexicon.every(Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR, List.of("porte"), Lang.ES, List.of("puerta")))));

  private static Set<Integer> verbs(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return VERBS.positions(surface, new boolean[surface.size()], lang);
  }

  @Test
  void aThirdPersonAfterAnActorItsDeterminerOpensAndBeforeItsObjectIsAVerb() {
    assertEquals(Set.of(2), verbs("the city plans its new housing", Lang.EN));
    assertEquals(Set.of(2), verbs("the ministry plans to close clinics", Lang.EN));
    assertEquals(Set.of(2), verbs("our council posts the notices late", Lang.EN));
  }

  @Test
  void aNounAfterItsArticleOrAnAdjectiveIsNone() {
    assertEquals(Set.of(), verbs("the plans to reform the police", Lang.EN));
    assertEquals(Set.of(), verbs("the new plans to reform the police", Lang.EN));
    assertEquals(Set.of(), verbs("the team plans to launch an app", Lang.EN));
    assertEquals(Set.of(), verbs("the ministry access to files", Lang.EN));
  }

  @Test
  void theFieldsOwnVerbsKeepTheirReading() {
    assertEquals(Set.of(), verbs("the ministry publishes its data", Lang.EN));
    assertEquals(Set.of(), verbs("the council votes the budget", Lang.EN));
  }

  @Test
  void frenchAndSpanishReadNone() {
    assertEquals(Set.of(), verbs("la ville planifie ses logements", Lang.FR));
    assertEquals(Set.of(), verbs("el municipio planea sus viviendas", Lang.ES));
  }
}
