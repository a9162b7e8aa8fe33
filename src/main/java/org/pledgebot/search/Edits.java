package org.pledgebot.search;

/**
 * Typo tolerance with the rules of Lucene's {@code FuzzyQuery} (optimal string alignment, so a
 * transposition is one edit; a fixed prefix must match), computed directly so that the same code
 * decides a fuzzy match in the index, in the thesaurus, in names and in alert matching.
 */
final class Edits {

  /** Shorter words get no typo tolerance: "data" must not match "date". */
  static final int MIN_LENGTH_ONE_EDIT = 5;

  static final int MIN_LENGTH_TWO_EDITS = 8;

  /** The first letter is rarely mistyped, and requiring it keeps expansions few. */
  static final int PREFIX = 1;

  private Edits() {}

  /** Edits allowed for a word of this length: 0 below 5 chars, 1 below 8, else 2. */
  static int allowed(int length) {
    if (length >= MIN_LENGTH_TWO_EDITS) {
      return 2;
    }
    return length >= MIN_LENGTH_ONE_EDIT ? 1 : 0;
  }

  /**
   * Whether {@code a} and {@code b} are within the edits allowed for the shorter of the two, with
   * the same first letter. Equal strings are within.
   */
  static boolean near(String a, String b) {
    int max = allowed(Math.min(a.length(), b.length()));
    return within(a, b, max);
  }

  /** Whether the OSA distance of {@code a} and {@code b} is at most {@code max}, prefix kept. */
  static boolean within(String a, String b, int max) {
    if (a.equals(b)) {
      return true;
    }
    if (max == 0 || Math.abs(a.length() - b.length()) > max) {
      return false;
    }
    for (int i = 0; i < PREFIX; i++) {
      if (i >= a.length() || i >= b.length() || a.charAt(i) != b.charAt(i)) {
        return false;
      }
    }
    return distance(a, b, max) <= max;
  }

  /**
   * OSA distance within a band of {@code max} around the diagonal (cells outside cannot lead to a
   * distance within {@code max}), giving up (max + 1) as soon as a whole row exceeds it.
   */
  private static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int big = max + 1;
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j <= max ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - max);
      int to = Math.min(m, i + max);
      java.util.Arrays.fill(cur, big);
      cur[0] = i <= max ? i : big;
      int rowMin = cur[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = Math.min(d, big);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return big;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
