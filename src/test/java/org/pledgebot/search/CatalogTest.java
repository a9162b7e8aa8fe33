package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Pledge;

class CatalogTest {

  private static Map<String, Indexed> indexed(Analysis analysis, List<Pledge> pledges) {
    Map<String, Indexed> out = new HashMap<>();
    pledges.forEach(p -> out.put(p.id(), new Indexed(p, "h", NameKey.of(analysis, p))));
    return out;
  }

  private static Pledge pledge(String id, String name) {
    return PledgeSearchTest.pledge(id, name, "Text of " + name + ".", null, "open-data");
  }

  private static final Letters LETTERS = Letters.learn(Map.of(), List.of());

  /** Adding, renaming and removing pledgers in place gives the lookups a full rebuild gives. */
  @Test
  void changedCatalogFindsNamesAsARebuiltOne() {
    try (Analysis analysis = new Analysis()) {
      Map<String, Indexed> before = indexed(analysis, List.of(
          pledge("norway-lab", "Norway Lab"), pledge("Data-Trust", "Data Trust"), pledge("old", "Old Watch")));
      Catalog catalog = Catalog.of(analysis, before, new Vocabulary(List.of()), FieldTerms.ANY, LETTERS);

      Map<String, Indexed> next = new HashMap<>(catalog.byId());
      next.remove("old");
      next.putAll(indexed(analysis, List.of(pledge("Data-Trust", "Open Data Trust"), pledge("new", "Budget Watch"))));
      Catalog changed = catalog.changed(next, new Vocabulary(List.of()), FieldTerms.ANY, LETTERS);
      Catalog rebuilt = Catalog.of(analysis, next, new Vocabulary(List.of()), FieldTerms.ANY, LETTERS);

      assertEquals(rebuilt.idsLower(), changed.idsLower());
      assertEquals(rebuilt.byId(), changed.byId());
      for (String name : List.of("norway lab", "data trust", "open data trust", "old watch", "budget watch",
          "norway lob", "budget wacth", "old wtch", "open data trst")) {
        List<String> tokens = List.of(name.split(" "));
        assertEquals(rebuilt.names().exact(tokens), changed.names().exact(tokens), name);
        assertEquals(rebuilt.names().near(tokens), changed.names().near(tokens), name);
      }
      assertEquals(List.of(), changed.names().exact(List.of("old", "watch")), "a removed pledger is gone");
      assertEquals(List.of("Data-Trust"), changed.names().exact(List.of("open", "data", "trust")));
    }
  }
}
