package org.pledgebot.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchPhases;
import org.pledgebot.search.SearchRequest;

/**
 * The slow tail of a search, question by question: every distinct question of the files given (a
 * plain file, one question a line, such as {@link MixedQuestions}' mix; or a relevance {@code .tsv},
 * its question column) searched on the shipped corpus, some passes to warm up, then each question
 * timed {@code REPEAT} times in a row ({@code searchAfresh}, the wall clock's median and minimum of
 * the repeats) and its phases timed as many times more (each phase's median) ({@link SearchPhases}: analysis, of which
 * language detection, name lookup, the query, Lucene, snippets). Prints the percentiles over the
 * questions, the slowest questions with where their time goes, and the phases' shares in the
 * slowest percent against all. With {@code --slowest}, writes the slowest percent of the questions
 * to a file, one a line, for a profile ({@link SearchCpu} under JFR). Refuses the held-out sets. Indicative on a shared machine: the
 * medians of repeats in a row are what a busy core moves least, not a benchmark ({@link
 * SearchBenchmark} is).
 *
 * <pre>java -cp target/test-classes:target/classes:DEPS org.pledgebot.bench.QuestionTail \
 *   [--warm 3] [--repeat 15] [--top 30] [--first N] [--slowest OUT] [--costs TSV] FILE...</pre>
 *
 * <p>With {@code --costs}, writes every question's wall median, phased sum (us), words and characters, tab-separated,
 * to correlate cost with length and to compare runs (one run's slowest percent is mostly noise on a 2-core host).
 */
final class QuestionTail {

  private record Cost(String question, long median, long min, int hits, double[] phases) {
    /** The phases' medians added up (language detection is inside the analysis): what a burst of load moves least. */
    double phased() {
      return phases[0] + phases[2] + phases[3] + phases[4] + phases[5];
    }
  }

  private QuestionTail() {}

  public static void main(String[] args) throws Exception {
    int warm = 3;
    int repeat = 15;
    int top = 30;
    int first = Integer.MAX_VALUE;
    String out = null;
    String costsOut = null;
    Set<String> questions = new LinkedHashSet<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warm" -> warm = Integer.parseInt(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--first" -> first = Integer.parseInt(args[++i]);
        case "--slowest" -> out = args[++i];
        case "--costs" -> costsOut = args[++i];
        default -> questions.addAll(read(Path.of(args[i]), first));
      }
    }
    List<String> all = List.copyOf(questions);
    Thesaurus thesaurus = Synthetic.thesaurus();
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus)) {
      search.sync(Synthetic.shipped(thesaurus));
      SearchPhases phases = new SearchPhases(search);
      long[] scratch = new long[SearchPhases.PHASES.size()];
      for (int pass = 0; pass < warm; pass++) {
        for (String q : all) {
          search.searchAfresh(SearchRequest.of(q));
          phases.time(q, scratch);
        }
      }
      List<Cost> costs = new ArrayList<>(all.size());
      long[] times = new long[repeat];
      for (String q : all) {
        int hits = 0;
        for (int r = 0; r < repeat; r++) {
          long start = System.nanoTime();
          hits = search.searchAfresh(SearchRequest.of(q)).hits().size();
          times[r] = System.nanoTime() - start;
        }
        long[][] each = new long[scratch.length][repeat];
        for (int r = 0; r < repeat; r++) {
          long[] one = new long[scratch.length];
          phases.time(q, one);
          for (int p = 0; p < one.length; p++) {
            each[p][r] = one[p];
          }
        }
        double[] mean = new double[scratch.length];
        for (int p = 0; p < mean.length; p++) {
          Arrays.sort(each[p]);
          mean[p] = each[p][repeat / 2] / 1000.0;
        }
        Arrays.sort(times);
        costs.add(new Cost(q, times[repeat / 2] / 1000, times[0] / 1000, hits, mean));
      }
      report(costs, top);
      if (costsOut != null) {
        List<String> rows = new ArrayList<>();
        for (Cost c : costs) {
          rows.add(c.median() + "\t" + Math.round(c.phased()) + "\t" + c.question().split("\\s+").length + "\t"
              + c.question().length() + "\t" + c.question());
        }
        Files.write(Path.of(costsOut), rows, StandardCharsets.UTF_8);
      }
      if (out != null) {
        List<String> slowest = costs.stream().sorted(Comparator.comparingDouble(Cost::phased).reversed())
            .limit(Math.max(1, costs.size() / 100)).map(Cost::question).toList();
        Files.write(Path.of(out), slowest, StandardCharsets.UTF_8);
      }
    }
  }

  private static List<String> read(Path file, int first) throws Exception {
    if (file.getFileName().toString().startsWith("heldout")) {
      throw new IllegalArgumentException("the held-out sets are blind: " + file);
    }
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (out.size() >= first) {
        break;
      }
      if (file.toString().endsWith(".tsv")) {
        String[] cols = line.split("\t");
        if (!line.startsWith("#") && cols.length >= 3 && !cols[2].isBlank()) {
          out.add(cols[2]);
        }
      } else if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  private static void report(List<Cost> costs, int top) {
    long[] medians = costs.stream().mapToLong(Cost::median).sorted().toArray();
    System.out.printf("%d questions; median of repeats, us: p50 %d, p90 %d, p99 %d, max %d; mean %.1f%n",
        medians.length, at(medians, 0.50), at(medians, 0.90), at(medians, 0.99), medians[medians.length - 1],
        Arrays.stream(medians).average().orElse(0));
    long[] phased = costs.stream().mapToLong(c -> Math.round(c.phased())).sorted().toArray();
    System.out.printf("phases' medians added, us: p50 %d, p90 %d, p99 %d, max %d; mean %.1f (the slowest below are by this)%n",
        at(phased, 0.50), at(phased, 0.90), at(phased, 0.99), phased[phased.length - 1],
        Arrays.stream(phased).average().orElse(0));
    List<Cost> slow = new ArrayList<>(costs);
    slow.sort(Comparator.comparingDouble(Cost::phased).reversed());
    StringBuilder head = new StringBuilder(String.format("%7s %7s %7s %4s", "phased", "median", "min", "hits"));
    for (String p : SearchPhases.PHASES) {
      head.append(String.format(" %9s", p.strip().replace("of which ", "")));
    }
    System.out.println(head.append("  question"));
    for (Cost c : slow.subList(0, Math.min(top, slow.size()))) {
      StringBuilder line = new StringBuilder(String.format("%7.0f %7d %7d %4d", c.phased(), c.median(), c.min(), c.hits()));
      for (double p : c.phases()) {
        line.append(String.format(" %9.1f", p));
      }
      String q = c.question().length() > 90 ? c.question().substring(0, 87) + "..." : c.question();
      System.out.println(line.append("  ").append(q));
    }
    shares("all", costs);
    shares("slowest 1%", slow.subList(0, Math.max(1, slow.size() / 100)));
    shares("slowest 10%", slow.subList(0, Math.max(1, slow.size() / 10)));
  }

  private static void shares(String label, List<Cost> group) {
    double[] sum = new double[SearchPhases.PHASES.size()];
    for (Cost c : group) {
      for (int p = 0; p < sum.length; p++) {
        sum[p] += c.phases()[p];
      }
    }
    double total = sum[0] + sum[2] + sum[3] + sum[4] + sum[5];
    StringBuilder line = new StringBuilder(String.format("%-12s %5d q, phases us (medians):", label, group.size()));
    for (int p = 0; p < sum.length; p++) {
      line.append(String.format(" %s %.1f (%.0f%%)", SearchPhases.PHASES.get(p).strip(), sum[p] / group.size(),
          100 * sum[p] / total));
    }
    System.out.println(line);
  }

  private static long at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
