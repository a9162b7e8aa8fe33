package org.pledgebot.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

/**
 * How the relevance sets are read and scored, shared by {@link RelevanceTest} (the regression
 * set, with thresholds) and {@code bench.RelevanceReport} (any set, figures only).
 *
 * <p>A set is read by {@link RelevanceSet}, which the theme model's training reads the dev sets with.
 */
public final class RelevanceScore implements AutoCloseable {

  public static final Path DIR = Path.of("src/test/resources/relevance");

  private final PledgeSearch search;

  private RelevanceScore(PledgeSearch search) {
    this.search = search;
  }

  /** A scorer over an in-memory index of the shipped corpus. */
  public static RelevanceScore shipped() {
    return new RelevanceScore(Shipped.index());
  }

  /**
   * Checks that a case names things that exist: theme ids of the thesaurus, a pledger id of the
   * corpus; fails naming the file and line otherwise.
   */
  public void check(RelevanceSet.Case c) {
    String where = c.file() + ":" + c.line() + ": ";
    if (c.kind().equals("theme")) {
      for (String id : c.expected()) {
        if (search.thesaurus().theme(id).isEmpty()) {
          throw new IllegalArgumentException(where + "unknown theme " + id);
        }
      }
    } else if (c.kind().equals("name")) {
      if (c.expected().size() != 1 || search.pledgers().byId(c.expected().get(0)).isEmpty()) {
        throw new IllegalArgumentException(where + "unknown pledger " + c.expected());
      }
    }
  }

  /** The ids of the hits, best first, for a question searched as the bot does (language detected). */
  public List<String> ids(String question) {
    return response(question).hits().stream().map(h -> h.pledge().id()).toList();
  }

  /** The ids of the first {@code limit} hits, for a question searched as the bot does. */
  public List<String> ids(String question, int limit) {
    return search.search(new SearchRequest(question, Optional.empty(), limit)).hits().stream()
        .map(h -> h.pledge().id()).toList();
  }

  public SearchResponse response(String question) {
    return search.search(SearchRequest.of(question));
  }

  /** The language detector's score of each language for a question: its pieces of evidence. */
  public java.util.Map<Lang, Integer> languageScores(String question) {
    return search.languages().scores(question);
  }

  /** The answer language the search picks for a question. */
  public Lang lang(String question) {
    return response(question).lang();
  }

  /** Every pledger with one of the themes: the relevant set of a theme question. */
  public Set<String> pledgersOf(List<String> themes) {
    return search.all().stream()
        .filter(p -> p.themes().stream().anyMatch(themes::contains))
        .map(Pledge::id)
        .collect(Collectors.toSet());
  }

  public static double ndcgAt10(List<String> ranked, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += relevant.contains(ranked.get(i)) ? 1 / log2(i + 2) : 0;
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return dcg / ideal;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }

  @Override
  public void close() throws IOException {
    search.close();
  }
}
