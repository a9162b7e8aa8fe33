package org.pledgebot.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * Finds the pledger a user means, by id, name or alias, in either language, over what the index
 * holds at the time of the call. Handed out by {@link PledgeSearch#pledgers()}; thread-safe.
 */
public final class Pledgers {

  private final Analysis analysis;
  private final QuestionCompiler compiler;
  private final Supplier<Catalog> catalog;

  Pledgers(Analysis analysis, QuestionCompiler compiler, Supplier<Catalog> catalog) {
    this.analysis = analysis;
    this.compiler = compiler;
    this.catalog = catalog;
  }

  /** The pledge with this id (exact, else ignoring case). */
  public Optional<Pledge> byId(String id) {
    return byId(catalog.get(), id);
  }

  private static Optional<Pledge> byId(Catalog c, String id) {
    Indexed ix = c.byId().get(id);
    if (ix == null) {
      String exact = c.idsLower().get(id.strip().toLowerCase(Locale.ROOT));
      ix = exact == null ? null : c.byId().get(exact);
    }
    return Optional.ofNullable(ix).map(Indexed::pledge);
  }

  /**
   * The pledger a user means by a name, alias or id, in either language, ignoring case, accents
   * and punctuation ("etats unis", "États-Unis", "USA", "ocde", "the Netherlands", "GB"), with
   * typos tolerated ("Norwy"); else a name mentioned inside the text ("tell me about Norway").
   */
  public Optional<Pledge> find(String nameOrAlias) {
    Catalog c = catalog.get();
    String text = QuestionCompiler.clip(nameOrAlias);
    Optional<Pledge> byId = byId(c, text);
    if (byId.isPresent() || text.isEmpty()) {
      return byId;
    }
    List<String> tokens = analysis.surface(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = c.names().exact(tokens);
    if (ids.isEmpty()) {
      ids = c.names().near(tokens);
    }
    if (ids.isEmpty()) {
      Question q = compiler.compile(text, Optional.of(Lang.EN), t -> 0);
      java.util.Arrays.fill(q.upper(), true);
      ids = c.names().match(q).entrySet().stream()
          .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
          .map(Map.Entry::getKey).toList();
    }
    return ids.stream().findFirst().map(id -> c.byId().get(id).pledge());
  }
}
