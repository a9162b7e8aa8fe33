package org.pledgebot.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>A set is a UTF-8 file of tab-separated lines {@code kind lang question expected}; blank lines
 * and lines starting with {@code #} are comments. {@code kind} is {@code theme} (expected = theme
 * ids; every pledger with one of them is relevant, grade 1), {@code name} (expected = the pledger
 * id that must come first) or {@code offtopic} (expected = {@code -}: no hit at all).
 */
public final class RelevanceScore implements AutoCloseable {

  public static final Path DIR = Path.of("src/test/resources/relevance");

  private static final Set<String> KINDS = Set.of("theme", "name", "offtopic");

  /** One question of a set; {@code langCode} is the answer language as written (EN, FR, ES...). */
  public record Case(Path file, int line, String kind, String langCode, String question, List<String> expected) {

    /** The answer language; fails for a language the code does not know. */
    public Lang lang() {
      return Lang.valueOf(langCode);
    }

    /** The answer language, empty when the code does not know it yet. */
    public Optional<Lang> knownLang() {
      return Arrays.stream(Lang.values()).filter(l -> l.name().equals(langCode)).findFirst();
    }
  }

  private final PledgeSearch search;

  private RelevanceScore(PledgeSearch search) {
    this.search = search;
  }

  /** A scorer over an in-memory index of the shipped corpus. */
  public static RelevanceScore shipped() {
    return new RelevanceScore(Shipped.index());
  }

  /**
   * Reads a set; fails naming the file and line on a line that is not four tab-separated fields,
   * an unknown kind, a language that is not two or three capital letters, an empty question, or an
   * off-topic question that expects something.
   */
  public static List<Case> read(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException(where + "expected 4 tab-separated fields: " + line);
      }
      if (!KINDS.contains(f[0])) {
        throw new IllegalArgumentException(where + "unknown kind " + f[0] + ", expected one of " + KINDS);
      }
      if (!f[1].matches("[A-Z]{2,3}")) {
        throw new IllegalArgumentException(where + "bad language " + f[1]);
      }
      if (f[2].isBlank()) {
        throw new IllegalArgumentException(where + "empty question");
      }
      List<String> expected = Arrays.asList(f[3].split(","));
      if (f[3].isBlank() || expected.stream().anyMatch(String::isBlank)
          || f[0].equals("offtopic") != f[3].equals("-")) {
        throw new IllegalArgumentException(where + "bad expected answer " + f[3] + " for kind " + f[0]);
      }
      out.add(new Case(file, i + 1, f[0], f[1], f[2], expected));
    }
    return out;
  }

  /**
   * Checks that a case names things that exist: theme ids of the thesaurus, a pledger id of the
   * corpus; fails naming the file and line otherwise.
   */
  public void check(Case c) {
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
