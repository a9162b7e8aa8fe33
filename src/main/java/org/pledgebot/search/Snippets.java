package org.pledgebot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * Picks the sentence of a pledge that best answers a question, in the answer language (the
 * reference language when the pledge has no text in it, {@link Pledge#textLang}): the sentence holding the most distinct question words, or words
 * of the themes the question names; the first sentence when none does. Plain text, at most
 * {@value #MAX} characters, cut at a word with an ellipsis.
 *
 * <p>Words are found as prefixes of the accent-folded text's words (a stem is a prefix of its
 * inflections: "donne" of "données"), in one pass, without analysing the pledge again.
 */
final class Snippets {

  static final int MAX = 200;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Shorter stems would be prefixes of too many words. */
  static final int MIN_NEEDLE = 3;

  private final ThemeDetector themes;

  Snippets(ThemeDetector themes) {
    this.themes = themes;
  }

  /** The words to look for in texts of {@code lang}, built once per question and language. */
  Needles needles(Question q, Lang lang) {
    Set<String> words = new LinkedHashSet<>();
    for (Word w : q.content()) {
      add(words, w.surface());
      add(words, w.stem(lang));
    }
    // in a fixed order: the themes' stems may reach the needle limit, and Question.themes() has
    // no iteration order of its own (it changes from one JVM run to the next)
    for (String theme : new TreeSet<>(q.themes().keySet())) {
      for (String stem : themes.stems(theme, lang)) {
        if (words.size() >= Long.SIZE) { // full: a theme holds hundreds of stems, none would be added
          return new Needles(List.copyOf(words));
        }
        add(words, stem);
      }
    }
    return new Needles(List.copyOf(words));
  }

  private static void add(Set<String> words, String word) {
    if (word != null && word.length() >= MIN_NEEDLE && words.size() < Long.SIZE) {
      words.add(word);
      if (word.endsWith("i") && word.length() > MIN_NEEDLE) {
        words.add(word.substring(0, word.length() - 1)); // Porter's "polici" for "policy"
      }
    }
  }

  String snippet(Pledge pledge, Question q, Needles needles) {
    Lang lang = pledge.textLang(q.lang());
    String text = pledge.text(lang);
    List<int[]> sentences = new ArrayList<>();
    List<Long> found = new ArrayList<>();
    scan(text, needles, sentences, found);
    int best = 0;
    for (int s = 1; s < sentences.size(); s++) {
      if (Long.bitCount(found.get(s)) > Long.bitCount(found.get(best))) {
        best = s;
      }
    }
    int[] range = sentences.get(best);
    return clip(text, range[0], range[1], range[2]);
  }

  /** One pass: sentence ranges [start, end, first hit] and, per sentence, the needles found. */
  private static void scan(String text, Needles needles, List<int[]> sentences, List<Long> found) {
    String folded = Folding.foldSameLength(text);
    int sentenceStart = 0;
    int firstHit = -1;
    long mask = 0;
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      if (wordChar(c)) {
        int end = i;
        while (end < folded.length() && wordChar(folded.charAt(end))) {
          end++;
        }
        long hit = needles.match(folded, i, end);
        if (hit != 0 && firstHit < 0) {
          firstHit = i;
        }
        mask |= hit;
        i = end;
      } else {
        boolean stop = (c == '.' || c == '!' || c == '?' || c == ';')
            && (i + 1 == folded.length() || Character.isWhitespace(folded.charAt(i + 1)));
        i++;
        if (stop) {
          sentences.add(new int[] {sentenceStart, i, firstHit < 0 ? sentenceStart : firstHit});
          found.add(mask);
          sentenceStart = i;
          firstHit = -1;
          mask = 0;
        }
      }
    }
    if (sentences.isEmpty() || sentenceStart < text.length() && !text.substring(sentenceStart).isBlank()) {
      sentences.add(new int[] {sentenceStart, text.length(), firstHit < 0 ? sentenceStart : firstHit});
      found.add(mask);
    }
  }

  /** A letter or digit; folded text is mostly ASCII, which is decided without a table lookup. */
  private static boolean wordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetterOrDigit(c);
  }

  /** Question words by their first three letters, each with a bit. */
  static final class Needles {
    private final List<String> words;
    /**
     * The distinct first three letters, packed into a long each, in an open-addressing table
     * (a text's every word is looked up: a linear scan over dozens of heads was most of a search),
     * with the bits of their words at the same slot; 0 marks an empty slot.
     */
    private final long[] heads;
    private final long[] bits;
    private final int mask;

    Needles(List<String> words) {
      this.words = words;
      Map<Long, Long> byHead = new LinkedHashMap<>();
      for (int n = 0; n < words.size(); n++) {
        byHead.merge(head(words.get(n), 0), 1L << n, (a, b) -> a | b);
      }
      int size = Integer.highestOneBit(Math.max(4, byHead.size() * 4) - 1) << 1;
      this.heads = new long[size];
      this.bits = new long[size];
      this.mask = size - 1;
      byHead.forEach((head, b) -> {
        int slot = slot(head);
        while (heads[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        heads[slot] = head;
        bits[slot] = b;
      });
    }

    private int slot(long head) {
      long h = head * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }

    private static long head(String text, int start) {
      return ((long) text.charAt(start) << 32) | ((long) text.charAt(start + 1) << 16) | text.charAt(start + 2);
    }

    /** The bits of the needles that are prefixes of text[start, end). */
    long match(String text, int start, int end) {
      if (end - start < MIN_NEEDLE) {
        return 0;
      }
      long head = head(text, start);
      int slot = slot(head);
      while (heads[slot] != 0 && heads[slot] != head) {
        slot = (slot + 1) & mask;
      }
      long out = 0;
      if (heads[slot] == head) {
        for (long b = bits[slot]; b != 0; b &= b - 1) {
          int n = Long.numberOfTrailingZeros(b);
          String w = words.get(n);
          if (w.length() <= end - start && text.startsWith(w, start)) {
            out |= 1L << n;
          }
        }
      }
      return out;
    }
  }

  /** The sentence, or a window of it that shows the first hit, within {@link #MAX} chars. */
  static String clip(String text, int start, int end, int firstHit) {
    String sentence = text.substring(start, end).strip();
    int lead = start + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
    if (sentence.length() <= MAX) {
      return flatten(sentence);
    }
    int from = 0;
    if (firstHit - lead > MAX - 60) {
      int space = sentence.lastIndexOf(' ', firstHit - lead - 40);
      from = Math.max(0, space + 1);
    }
    String window = flatten(sentence.substring(from));
    String prefix = from > 0 ? "…" : "";
    int room = MAX - prefix.length() - 1;
    if (window.length() <= room + 1) {
      return prefix + window;
    }
    int cut = window.lastIndexOf(' ', room);
    return prefix + window.substring(0, cut > room / 2 ? cut : room).strip() + "…";
  }

  /** Runs of whitespace as one space; the text itself when it has none to change (most sentences). */
  static String flatten(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = !Character.isWhitespace(c) || c == ' ' && (i == 0 || text.charAt(i - 1) != ' ');
    }
    return plain ? text : SPACES.matcher(text).replaceAll(" ");
  }
}
