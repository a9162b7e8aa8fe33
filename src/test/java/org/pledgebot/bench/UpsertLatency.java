package org.pledgebot.bench;

import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;

/**
 * How long one changed pledge takes to become searchable in a large index: {@link
 * PledgeSearch#upsert} (write, commit, reopen, catalog update) after a sync of a synthetic corpus,
 * once per shipped pledge. The first 10 upserts warm up and are not counted.
 *
 * <pre>mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx3g -cp %classpath org.pledgebot.bench.UpsertLatency 100000"</pre>
 */
final class UpsertLatency {

  private static final int WARM_UP = 10;

  private UpsertLatency() {}

  public static void main(String[] args) throws Exception {
    int size = args.length == 0 ? 100_000 : Integer.parseInt(args[0]);
    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    try (PledgeSearch search = PledgeSearch.inMemory(thesaurus)) {
      long start = System.nanoTime();
      search.sync(Synthetic.corpus(shipped, size));
      System.out.printf("sync of %d pledges: %.1f s%n", size, (System.nanoTime() - start) / 1e9);
      long[] nanos = new long[shipped.pledges().size() - WARM_UP];
      for (int i = 0; i < shipped.pledges().size(); i++) {
        Pledge p = shipped.pledges().get(i);
        long t = System.nanoTime();
        search.upsert(p);
        if (i >= WARM_UP) {
          nanos[i - WARM_UP] = System.nanoTime() - t;
        }
      }
      System.out.println("upsert: " + Percentiles.summary(nanos));
    }
  }
}
