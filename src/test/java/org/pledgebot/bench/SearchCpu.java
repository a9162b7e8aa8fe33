package org.pledgebot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;

/**
 * The CPU time of one search on one thread, which waiting for a core does not count: a measure
 * that holds on a busy machine, where JMH's wall-clock samples do not. Searches every line of a
 * questions file (for example the mix {@link MixedQuestions} writes) on the shipped corpus, a
 * few passes to warm up, then one measured pass; prints the mean and percentiles in µs.
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.pledgebot.bench.SearchCpu /tmp/mixed.txt 3"</pre>
 */
final class SearchCpu {

  private SearchCpu() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: SearchCpu QUESTIONS_FILE [WARM_PASSES]");
    }
    List<String> questions = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Thesaurus thesaurus = Synthetic.thesaurus();
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus)) {
      search.sync(Synthetic.shipped(thesaurus));
      for (int pass = 0; pass < warm; pass++) {
        questions.forEach(q -> search.searchAfresh(SearchRequest.of(q)));
      }
      long[] nanos = new long[questions.size()];
      long total = 0;
      for (int i = 0; i < nanos.length; i++) {
        long start = cpu.getCurrentThreadCpuTime();
        search.searchAfresh(SearchRequest.of(questions.get(i)));
        nanos[i] = cpu.getCurrentThreadCpuTime() - start;
        total += nanos[i];
      }
      Arrays.sort(nanos);
      System.out.printf("%d searches, CPU per search: mean %d µs, p50 %d, p90 %d, p99 %d%n", nanos.length,
          total / nanos.length / 1000, at(nanos, 0.50), at(nanos, 0.90), at(nanos, 0.99));
    }
  }

  private static long at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1000;
  }
}
