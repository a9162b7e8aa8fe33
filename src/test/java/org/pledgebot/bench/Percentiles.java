package org.pledgebot.bench;

import java.util.Arrays;
import java.util.Locale;

/** Nearest-rank percentiles of nanosecond samples, printed in milliseconds, for the plain-Java harnesses. */
final class Percentiles {

  private Percentiles() {}

  /** The nearest-rank {@code p}-th percentile of {@code sorted}; 0 when empty. */
  static long of(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** {@code p50 … p95 … p99 … max …} in milliseconds, of an unsorted copy. */
  static String summary(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "p50 %8.2f  p95 %8.2f  p99 %8.2f  max %8.2f  (n=%d)",
        ms(of(sorted, 50)), ms(of(sorted, 95)), ms(of(sorted, 99)),
        ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), sorted.length);
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }
}
