package org.pledgebot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.Hit;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;
import org.pledgebot.search.SearchResponse;

/**
 * {@link SearchBenchmark}'s percentiles in CPU time rather than wall time, which a busy machine
 * inflates far less: the benchmark questions cycled as JMH cycles them, after as many warm-up
 * rounds, each search's CPU on the calling thread and on the search pool's threads (which search
 * the slices of a large index). On a shared 2-core machine this is what
 * compares two builds; JMH's wall-clock p99 needs a quiet one. A third argument {@code snippets}
 * reads every hit's snippet too, as the chat and {@code search} do ({@link
 * org.pledgebot.search.Hit#snippet} makes them on demand; JMH reads none).
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx3g -cp %classpath org.pledgebot.bench.SearchTail 0 40"</pre>
 */
final class SearchTail {

  private SearchTail() {}

  public static void main(String[] args) throws Exception {
    int size = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    boolean snippets = args.length > 2 && args[2].equals("snippets");
    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus)) {
      search.sync(size == 0 ? shipped : Synthetic.corpus(shipped, size));
      List<SearchRequest> requests = Synthetic.questions().stream().map(SearchRequest::of).toList();
      for (int i = 0; i < rounds; i++) {
        requests.forEach(r -> read(search.searchAfresh(r), snippets));
      }
      int n = rounds * requests.size();
      long self = Thread.currentThread().getId();
      long[] pool = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith("pledgebot-search")).mapToLong(Thread::getId).toArray();
      long[] cpu = new long[n];
      for (int i = 0; i < n; i++) {
        SearchRequest r = requests.get(i % requests.size());
        long before = cpu(threads, self, pool);
        read(search.searchAfresh(r), snippets);
        cpu[i] = cpu(threads, self, pool) - before;
      }
      System.out.printf("%d pledges, %d searches%s, CPU per search (caller and %d pool threads): %s%n",
          size == 0 ? search.size() : size, n, snippets ? " (snippets read)" : "", pool.length, micros(cpu));
    }
  }

  /** Reads the answer's snippets when asked to, as a caller showing them would (they are kept: never optimised away). */
  private static void read(SearchResponse response, boolean snippets) {
    if (snippets) {
      response.hits().forEach(Hit::snippet);
    }
  }

  private static long cpu(ThreadMXBean threads, long self, long[] pool) {
    long sum = threads.getThreadCpuTime(self);
    for (long id : pool) {
      sum += Math.max(0, threads.getThreadCpuTime(id));
    }
    return sum;
  }

  private static String micros(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format("mean %d p50 %d p90 %d p99 %d µs", Arrays.stream(s).sum() / s.length / 1000,
        Percentiles.of(s, 50) / 1000, Percentiles.of(s, 90) / 1000, Percentiles.of(s, 99) / 1000);
  }
}
