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
 * Finds the pledger a user means, by id, name or alias, in any language, over what the index
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
   * The pledger the whole of {@code text} names: its id, or one of its names or aliases in either
   * language, ignoring case, accents, punctuation and a leading article ("etats unis",
   * "États-Unis", "USA", "us", "ocde", "la Norvège", "GB"), else one a typo away ("Norwy"). A name
   * inside a longer text does not count: "help us" and "open data for us" name nobody.
   */
  public Optional<Pledge> named(String text) {
    return named(catalog.get(), QuestionCompiler.clip(text));
  }

  private Optional<Pledge> named(Catalog c, String text) {
    Optional<Pledge> byId = byId(c, text);
    if (byId.isPresent() || text.isEmpty()) {
      return byId;
    }
    List<String> tokens = analysis.surface(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    List<String> bare = tokens.size() > 1 && NameKey.ARTICLES.contains(tokens.get(0))
        ? tokens.subList(1, tokens.size()) : tokens;
    List<String> ids = c.names().exact(tokens);
    if (ids.isEmpty()) {
      ids = c.names().exact(bare);
    }
    if (ids.isEmpty()) {
      ids = c.names().near(tokens);
    }
    if (ids.isEmpty()) {
      ids = c.names().near(bare);
    }
    return first(c, ids);
  }

  /**
   * The pledger a user means: the one the whole text names ({@link #named}), else one named
   * inside it as search finds names in a question ("tell me about Norway", "who is the OECD"),
   * where a name that is also a common word ("US", "ONE") counts only in capitals, so "help us"
   * is nobody.
   */
  public Optional<Pledge> find(String nameOrAlias) {
    Catalog c = catalog.get();
    String text = QuestionCompiler.clip(nameOrAlias);
    Optional<Pledge> named = named(c, text);
    if (named.isPresent() || text.isEmpty()) {
      return named;
    }
    Question q = compiler.compile(text, Optional.of(Lang.reference()), LanguageDetector.Evidence.NONE);
    List<String> ids = c.names().match(q).entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey).toList();
    return first(c, ids);
  }

  private static Optional<Pledge> first(Catalog c, List<String> ids) {
    return ids.stream().findFirst().map(id -> c.byId().get(id).pledge());
  }
}
