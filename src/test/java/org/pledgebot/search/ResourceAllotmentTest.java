package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

/**
 * A natural resource told through what is allotted of it, or its money reaching its people, on the
 * shipped corpus ({@link ResourceAllotment}): the resource's pledgers lead the answer; the asker's own
 * water, fish, wood or licence, and a resource's word in another sense, reach nobody.
 */
class ResourceAllotmentTest {

  private static PledgeSearch shipped;

  @BeforeAll
  static void index() {
    shipped = Shipped.index();
  }

  @AfterAll
  static void close() throws IOException {
    shipped.close();
  }

  private static List<String> ids(String question) {
    return shipped.search(SearchRequest.of(question)).hits().stream().map(h -> h.pledge().id()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "the estates up the valley hold the water rights to the whole river",
      "who signed the leases of the mangrove forest to the shrimp farm",
      "the fish quotas went to two boats owned by one company",
      "the bauxite money never reaches the villages around the plateau",
      "les droits d'eau du lac ont été cédés à une usine",
      "les quotas de poisson de la lagune sont attribués en secret",
      "la concesión de la arena del río la tiene un concejal",
      "el dinero del cobre no llega a los pueblos de la cordillera",
      "who owns the limestone quarry up the hill",
      "quiénes son los dueños del yacimiento de gas",
      "quelles sociétés extraient le cuivre de la province et qui les possède"})
  void allotmentOpensTheResources(String question) {
    Set<String> theme = new HashSet<>();
    shipped.byTheme(PolicyWords.rawTheme()).stream().map(Pledge::id).forEach(theme::add);
    List<String> got = ids(question);
    assertTrue(got.size() >= theme.size(), question + " -> " + got);
    assertEquals(theme, Set.copyOf(got.subList(0, theme.size())), question + " -> " + got);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I need a fishing licence for the river next month",
      "is your gas contract with that supplier any cheaper than mine",
      "my sister wants to share the water bill with her flatmates",
      "prix du bois pour ma cheminée cet hiver",
      "quiero compartir una receta de pescado de río",
      "who owns the gold shop downtown",
      "who holds the rights to the film about the lake",
      "derechos de autor del libro sobre el río",
      "on partage l'eau chaude avec les voisins du palier"})
  void ownThingsStaySilent(String question) {
    assertEquals(List.of(), ids(question), question);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EN", "FR", "ES"})
  void everyListIsWrittenForEveryLanguage(String code) {
    Lang lang = Lang.valueOf(code);
    for (Set<String> list : List.of(ResourceAllotment.resources(lang), ResourceAllotment.allotments(lang),
        ResourceAllotment.money(lang), ResourceAllotment.reaching(lang), ResourceAllotment.sites(lang),
        ResourceAllotment.owning(lang), ResourceAllotment.working(lang), ResourceAllotment.parties(lang))) {
      assertTrue(!list.isEmpty(), code);
      for (String word : list) {
        assertEquals(Folding.fold(word), word, word);
      }
    }
    assertTrue(ResourceAllotment.allotments(lang).containsAll(ResourceAllotment.single(lang)), code);
    assertTrue(ResourceAllotment.allotments(lang).containsAll(ResourceAllotment.rights(lang)), code);
    assertTrue(ResourceAllotment.allotments(lang).containsAll(ResourceAllotment.sharing(lang)), code);
  }
}
