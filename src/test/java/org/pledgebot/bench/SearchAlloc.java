package org.pledgebot.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;

/**
 * The bytes one search allocates on its thread, read from HotSpot's exact per-thread counter: a
 * count, not a time, which a busy machine does not move once the JIT has compiled the search
 * (JMH's {@code -prof gc} does move when the compiler threads wait for a core). Searches every line
 * of a questions file on the shipped corpus as {@link SearchCpu} does, some passes to warm up,
 * then three measured passes; prints the bytes per search of each.
 *
 * <pre>java -cp target/test-classes:target/classes:DEPS org.pledgebot.bench.SearchAlloc FILE [WARM_PASSES]</pre>
 */
final class SearchAlloc {

  private SearchAlloc() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: SearchAlloc QUESTIONS_FILE [WARM_PASSES]");
    }
    List<String> questions = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Thesaurus thesaurus = Synthetic.thesaurus();
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus)) {
      search.sync(Synthetic.shipped(thesaurus));
      for (int pass = 0; pass < warm; pass++) {
        questions.forEach(q -> search.searchAfresh(SearchRequest.of(q)));
      }
      for (int pass = 0; pass < 3; pass++) {
        long start = threads.getCurrentThreadAllocatedBytes();
        questions.forEach(q -> search.searchAfresh(SearchRequest.of(q)));
        long bytes = threads.getCurrentThreadAllocatedBytes() - start;
        System.out.printf("pass %d: %d searches, %d B per search%n", pass, questions.size(), bytes / questions.size());
      }
    }
  }
}
