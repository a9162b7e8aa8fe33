package org.pledgebot.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;

/**
 * Which questions of the relevance set cost most, on the shipped corpus ({@code 0}) or a synthetic
 * one: the mean time of each, slowest first. A guide for profiling (add
 * {@code -XX:StartFlightRecording=filename=search.jfr}), not a benchmark: see {@link SearchBenchmark}.
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx3g -cp %classpath org.pledgebot.bench.SlowQuestions 100000"</pre>
 */
final class SlowQuestions {

  private record Cost(long micros, int hits, String question) {}

  private SlowQuestions() {}

  public static void main(String[] args) throws Exception {
    int size = args.length == 0 ? 0 : Integer.parseInt(args[0]);
    int repeat = size == 0 ? 500 : 20;
    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus)) {
      search.sync(size == 0 ? shipped : Synthetic.corpus(shipped, size));
      List<String> questions = Synthetic.questions();
      for (int warm = 0; warm < repeat * 4; warm++) {
        questions.forEach(q -> search.searchAfresh(SearchRequest.of(q)));
      }
      List<Cost> costs = new ArrayList<>();
      for (String q : questions) {
        long start = System.nanoTime();
        int hits = 0;
        for (int i = 0; i < repeat; i++) {
          hits = search.searchAfresh(SearchRequest.of(q)).hits().size();
        }
        costs.add(new Cost((System.nanoTime() - start) / repeat / 1000, hits, q));
      }
      costs.sort(Comparator.comparingLong(Cost::micros).reversed());
      costs.subList(0, Math.min(25, costs.size()))
          .forEach(c -> System.out.printf("%8d us %3d hits  %s%n", c.micros(), c.hits(), c.question()));
    }
  }
}
