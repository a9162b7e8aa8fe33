package org.pledgebot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.search.RelevanceScore;
import org.pledgebot.search.RelevanceSet;
import org.pledgebot.search.RelevanceSet.Case;

/**
 * Scores relevance sets on the shipped corpus, exactly as {@code RelevanceTest} scores the
 * regression set, and prints the figures: theme nDCG@10 (mean over theme questions), name top-1
 * accuracy, the share of off-topic questions with no hit, the share of answers in the right
 * language, and one line per failed question. A report, not a gate: it asserts no target, but it
 * fails when a file cannot be read or holds a malformed line. Rows in a language the code does not
 * know yet (e.g. ES) are counted as skipped, not scored.
 *
 * <pre>mvn -B -q test -Dtest=RelevanceReport
 * mvn -B -q test -Dtest=RelevanceReport -Drelevance.files=src/test/resources/relevance/heldout.tsv</pre>
 *
 * <p>{@code relevance.files}: comma-separated paths, relative to the repository root; default
 * questions.tsv and the held-out sets heldout.tsv, heldout-es.tsv and heldout-2.tsv to heldout-40.tsv
 * of {@code src/test/resources/relevance}.
 */
class RelevanceReport {

  /** Below this nDCG@10 a theme question is listed as failed (RelevanceTest's threshold too). */
  static final double LOW_NDCG = 0.85;

  static final String DEFAULT_FILES = String.join(",",
      RelevanceScore.DIR.resolve("questions.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-es.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-2.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-3.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-4.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-5.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-6.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-7.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-8.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-9.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-10.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-11.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-12.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-13.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-14.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-15.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-16.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-17.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-18.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-19.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-20.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-21.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-22.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-23.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-24.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-25.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-26.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-27.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-28.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-29.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-30.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-31.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-32.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-33.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-34.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-35.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-36.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-37.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-38.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-39.tsv").toString(),
      RelevanceScore.DIR.resolve("heldout-40.tsv").toString());

  /** What happened to one scored question. */
  record Outcome(Case c, List<String> ranked, double ndcg, boolean rightAnswer, Lang lang) {

    boolean rightLang() {
      return lang == c.lang();
    }

    /** Why the answer is wrong, empty when it is right. */
    String failure() {
      if (rightAnswer) {
        return "";
      }
      return switch (c.kind()) {
        case "offtopic" -> "off-topic answered";
        case "theme" -> ranked.isEmpty() ? "missed on-topic" : "wrong theme";
        default -> ranked.isEmpty() ? "missed on-topic" : "wrong pledger";
      };
    }
  }

  @Test
  void report() throws IOException {
    List<Path> files = Arrays.stream(System.getProperty("relevance.files", DEFAULT_FILES).split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    if (files.isEmpty()) {
      throw new IllegalArgumentException("relevance.files names no file");
    }
    Map<Path, List<Case>> sets = new LinkedHashMap<>();
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new IOException("cannot read relevance set " + file.toAbsolutePath());
      }
      sets.put(file, RelevanceSet.read(file));
    }

    StringBuilder table = new StringBuilder();
    StringBuilder failures = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%-16s %-4s %6s %7s | %5s %7s | %4s %6s | %8s %8s | %10s%n",
        "set", "lang", "scored", "skipped", "theme", "nDCG@10", "name", "top-1", "offtopic", "no hits", "lang right"));
    try (RelevanceScore score = RelevanceScore.shipped()) {
      for (Map.Entry<Path, List<Case>> set : sets.entrySet()) {
        String name = set.getKey().getFileName().toString();
        List<Outcome> outcomes = new ArrayList<>();
        List<Case> skipped = new ArrayList<>();
        for (Case c : set.getValue()) {
          score.check(c);
          if (c.knownLang().isEmpty()) {
            skipped.add(c);
          } else {
            outcomes.add(outcome(score, c));
          }
        }
        row(table, name, "all", outcomes, skipped.size());
        for (Lang lang : Lang.values()) {
          List<Outcome> of = outcomes.stream().filter(o -> o.c().lang() == lang).toList();
          if (!of.isEmpty() && of.size() != outcomes.size()) {
            row(table, "", lang.name(), of, 0);
          }
        }
        if (!skipped.isEmpty()) {
          table.append(String.format(Locale.ROOT, "%-16s %-4s skipped (language not supported yet): %d %s%n",
              "", "", skipped.size(), skipped.stream().map(Case::langCode).distinct().toList()));
        }
        failures.append(String.format(Locale.ROOT, "%nfailed in %s (theme: nDCG@10 < %.2f):%n", name, LOW_NDCG));
        int failed = 0;
        for (Outcome o : outcomes) {
          if (!o.failure().isEmpty()) {
            failures.append(line(o.failure(), o)).append(String.format(Locale.ROOT, "%n"));
            failed++;
          }
          if (!o.rightLang()) {
            failures.append(line("wrong language " + o.lang(), o)).append(String.format(Locale.ROOT, "%n"));
            failed++;
          }
        }
        if (outcomes.isEmpty()) {
          failures.append(String.format(Locale.ROOT, "  none scored%n"));
        } else if (failed == 0) {
          failures.append(String.format(Locale.ROOT, "  none%n"));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%nrelevance report%n%s%s%n", table, failures);
  }

  private static Outcome outcome(RelevanceScore score, Case c) {
    var response = score.response(c.question());
    List<String> ranked = response.hits().stream().map(h -> h.pledge().id()).toList();
    return switch (c.kind()) {
      case "theme" -> {
        double ndcg = RelevanceScore.ndcgAt10(ranked, score.pledgersOf(c.expected()));
        yield new Outcome(c, ranked, ndcg, ndcg >= LOW_NDCG, response.lang());
      }
      case "name" -> new Outcome(c, ranked, Double.NaN,
          !ranked.isEmpty() && ranked.get(0).equals(c.expected().get(0)), response.lang());
      default -> new Outcome(c, ranked, Double.NaN, ranked.isEmpty(), response.lang());
    };
  }

  private static void row(StringBuilder table, String set, String lang, List<Outcome> outcomes, int skipped) {
    List<Outcome> themes = of(outcomes, o -> o.c().kind().equals("theme"));
    List<Outcome> names = of(outcomes, o -> o.c().kind().equals("name"));
    List<Outcome> offtopic = of(outcomes, o -> o.c().kind().equals("offtopic"));
    double ndcg = themes.stream().mapToDouble(Outcome::ndcg).average().orElse(Double.NaN);
    table.append(String.format(Locale.ROOT, "%-16s %-4s %6d %7d | %5d %7s | %4d %6s | %8d %8s | %10s%n",
        set, lang, outcomes.size(), skipped,
        themes.size(), themes.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", ndcg),
        names.size(), share(names, Outcome::rightAnswer),
        offtopic.size(), share(offtopic, Outcome::rightAnswer),
        share(outcomes, Outcome::rightLang)));
  }

  private static List<Outcome> of(List<Outcome> outcomes, Predicate<Outcome> keep) {
    return outcomes.stream().filter(keep).toList();
  }

  private static String share(List<Outcome> outcomes, Predicate<Outcome> right) {
    if (outcomes.isEmpty()) {
      return "-";
    }
    long n = outcomes.stream().filter(right).count();
    return String.format(Locale.ROOT, "%.3f", (double) n / outcomes.size());
  }

  private static String line(String failure, Outcome o) {
    Case c = o.c();
    String top3 = o.ranked().subList(0, Math.min(3, o.ranked().size())).toString();
    String more = o.ranked().size() > 3 ? " of " + o.ranked().size() : "";
    String ndcg = c.kind().equals("theme") ? String.format(Locale.ROOT, " nDCG %.2f", o.ndcg()) : "";
    return String.format(Locale.ROOT, "  %-20s %-8s %s  \"%s\"  expected %s  got %s%s%s",
        failure, c.kind(), c.langCode(), c.question(), String.join(",", c.expected()), top3, more, ndcg);
  }
}
