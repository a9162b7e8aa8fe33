package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/** Where a question asks a public body for its papers ({@link PublicRecords}). */
class PublicRecordsTest {

  private static final PublicRecords RECORDS = new PublicRecords(
      Lexicon.every(Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR, List.of("porte"), Lang.ES, List.of("puerta")))));

  private static Set<Integer> asked(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return RECORDS.positions(surface, new boolean[surface.size()], lang);
  }

  @Test
  void whatABodyFoundIsAskedAsItsPapersPastTheOneAskedAndHowOften() {
    // the one asked and how often between the verb and a preposition of an end: the reach opens again
    assertEquals(Set.of(11), asked("we asked the water agency again and again for the soil tests", Lang.EN));
    assertEquals(Set.of(8), asked("le ministere ne repond pas aux lettres reclamant etude", Lang.FR));
    assertEquals(Set.of(5), asked("le pedimos al ministerio el estudio", Lang.ES));
    // writing asks only past such a preposition: a report one writes for the ministry is none
    assertEquals(Set.of(10), asked("we wrote to the ministry three times for its flood study", Lang.EN));
    assertEquals(Set.of(), asked("we wrote the study for the ministry", Lang.EN));
    // no public body named: a landlord's survey, a shop's
    assertEquals(Set.of(), asked("i asked my landlord twice for the survey of the flat", Lang.EN));
    assertEquals(Set.of(), asked("the shop asked me to fill in a survey", Lang.EN));
  }

  @Test
  void theGroundsOfADecisionAreItsPapersWhereTheyAreToldShown() {
    assertEquals(Set.of(6, 9), asked("the ministry will not show the decree or its reasons", Lang.EN));
    assertEquals(Set.of(6, 9), asked("le ministere refuse de montrer l arrete et ses motifs", Lang.FR));
    // asked for, a decision is as often a ruling one waits for; one's own boss's reasons name no body
    assertEquals(Set.of(), asked("we asked the ministry for a decision on our visa", Lang.EN));
    assertEquals(Set.of(), asked("mi jefe no me quiere mostrar los motivos de mi despido", Lang.ES));
  }

  @Test
  void papersPublishedWithNoOneAskingAreTheBodysPapers() {
    assertEquals(Set.of(4), asked("los ministerios publican sus informes sin que nadie se los pida", Lang.ES));
    assertEquals(Set.of(4), asked("les ministeres publient leurs rapports sans qu on les demande", Lang.FR));
    assertEquals(Set.of(4), asked("the ministry posts its reports online before anybody asks", Lang.EN));
    // published and asked for by someone: no asking denied
    assertEquals(Set.of(), asked("the ministry published its reports and the press asked questions", Lang.EN));
  }
}
