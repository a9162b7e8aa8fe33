package org.pledgebot.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.Hit;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;
import org.pledgebot.search.SearchResponse;

/**
 * The top 10 ids and exact scores of every benchmark question on a synthetic corpus, one line
 * each: diff two runs' files to check that a speed-only change keeps the ranking and the scores at
 * a size the batch guard (shipped corpus) does not reach. Then, with a count, a timed loop.
 * {@code -Dcorpus=varied} takes the varied synthetic corpus ({@link Synthetic#corpus(Corpus, int, String)}).
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx3g -cp %classpath org.pledgebot.bench.TopTen 100000 /tmp/top.txt"</pre>
 */
final class TopTen {

  private TopTen() {}

  /** Each question {@code rounds} times after as many warm-up rounds: wall and process CPU per search, slowest. */
  private static void time(PledgeSearch search, List<String> questions, int rounds) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < rounds; i++) {
      questions.forEach(q -> search.searchAfresh(SearchRequest.of(q)));
    }
    List<long[]> costs = new ArrayList<>();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    for (int k = 0; k < questions.size(); k++) {
      long start = System.nanoTime();
      for (int i = 0; i < rounds; i++) {
        search.searchAfresh(SearchRequest.of(questions.get(k)));
      }
      costs.add(new long[] {(System.nanoTime() - start) / rounds / 1000, k});
    }
    long n = (long) rounds * questions.size();
    System.out.printf("per search: wall %d us, process CPU %d us (%d searches)%n",
        (System.nanoTime() - wall0) / n / 1000, (os.getProcessCpuTime() - cpu0) / n / 1000, n);
    costs.sort(Comparator.comparingLong((long[] c) -> c[0]).reversed());
    costs.subList(0, Math.min(15, costs.size()))
        .forEach(c -> System.out.printf("%8d us  %s%n", c[0], questions.get((int) c[1])));
  }

  public static void main(String[] args) throws Exception {
    int size = Integer.parseInt(args[0]);
    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus);
        PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
      search.sync(size == 0 ? shipped : Synthetic.corpus(shipped, size, System.getProperty("corpus", "copies")));
      for (String q : Synthetic.questions()) {
        SearchResponse r = search.searchAfresh(SearchRequest.of(q));
        StringBuilder line = new StringBuilder(q);
        for (Hit h : r.hits()) {
          line.append('\t').append(h.pledge().id()).append(' ').append(Float.toHexString(h.score()));
        }
        out.println(line);
      }
      if (args.length > 2) {
        time(search, Synthetic.questions(), Integer.parseInt(args[2]));
      }
    }
  }
}
