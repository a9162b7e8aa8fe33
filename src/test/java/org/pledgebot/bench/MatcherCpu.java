package org.pledgebot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of matching one new pledge against {@link MatcherBenchmark}'s 100,000 saved
 * questions, set up as there, on one thread: waiting for a core does not count, so the measure
 * holds on a busy machine, where JMH's wall-clock samples do not. After {@code WARM} pledges, each
 * arriving alone (the index changed before it), {@code N} pledges arrive alone, then {@code N + 1}
 * in one sync (the index changed once, before the first): the first of those pays for what is
 * worked out per index, the others find it done. Prints the median CPU per pledge of each kind.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.pledgebot.bench.MatcherCpu search shipped 6 3</pre>
 */
final class MatcherCpu {

  private MatcherCpu() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: MatcherCpu search|standalone shipped|synthetic [N] [WARM]");
    }
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    MatcherBenchmark bench = new MatcherBenchmark();
    bench.matcher = args[0];
    bench.pledges = args[1];
    bench.arrival = "alone";
    bench.setUp();
    try {
      long[] alone = new long[warm + n];
      for (int i = 0; i < alone.length; i++) {
        bench.arrive();
        long start = cpu.getCurrentThreadCpuTime();
        bench.matchOnePledge();
        alone[i] = cpu.getCurrentThreadCpuTime() - start;
      }
      bench.arrive(); // the sync: the index changes once
      bench.arrival = "batch";
      long[] batch = new long[n + 1];
      for (int i = 0; i < batch.length; i++) {
        bench.arrive();
        long start = cpu.getCurrentThreadCpuTime();
        bench.matchOnePledge();
        batch[i] = cpu.getCurrentThreadCpuTime() - start;
      }
      System.out.printf("%s %s: CPU per pledge, alone p50 %d ms (%s); one sync: first %d ms, the next %d p50 %d ms (%s)%n",
          args[0], args[1], median(Arrays.copyOfRange(alone, warm, alone.length)), ms(Arrays.copyOfRange(alone, warm, alone.length)),
          batch[0] / 1_000_000, n, median(Arrays.copyOfRange(batch, 1, batch.length)), ms(Arrays.copyOfRange(batch, 1, batch.length)));
    } finally {
      bench.tearDown();
    }
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000;
  }

  private static String ms(long[] nanos) {
    StringBuilder out = new StringBuilder();
    for (long t : nanos) {
      out.append(out.length() == 0 ? "" : " ").append(t / 1_000_000);
    }
    return out.toString();
  }
}
