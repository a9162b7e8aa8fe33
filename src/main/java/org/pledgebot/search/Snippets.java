package org.pledgebot.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * Picks the sentence of a pledge that best answers a question, in the answer language (the
 * reference language when the pledge has no text in it, {@link Pledge#textLang}): the sentence holding the most distinct question words, or words
 * of the themes the question names; the first sentence when none does. Plain text, at most
 * {@value #MAX} characters, cut at a word with an ellipsis.
 *
 * <p>A sentence that several pledges of one answer share (the contact area a whole pledge group
 * was given, the same sentence with only the names changed) says nothing about why
 * this pledger was chosen rather than the others: when such a sentence wins, a sentence of the
 * pledger's own text holding at least one of the question's own words (not only its themes'
 * words) is shown instead, the one holding the most.
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

  /** Per language, per theme, {@link #themeNeedles}; filled as themes are asked for. */
  private final Map<Lang, Map<String, String[]>> themeNeedles = new EnumMap<>(Lang.class);

  /** The most sets of themes whose {@link #setNeedles} are kept, per language. */
  static final int MAX_THEME_SETS = 1_024;

  /** Per language, per set of themes a question names, {@link #setNeedles}. */
  private final Map<Lang, Memo<Set<String>, String[]>> setNeedles = new EnumMap<>(Lang.class);

  Snippets(ThemeDetector themes) {
    this.themes = themes;
    for (Lang lang : Lang.values()) {
      themeNeedles.put(lang, new ConcurrentHashMap<>());
      setNeedles.put(lang, new Memo<>(MAX_THEME_SETS));
    }
  }

  /** The words to look for in texts of {@code lang}, built once per question and language. */
  Needles needles(Question q, Lang lang) {
    Set<String> mine = new LinkedHashSet<>();
    for (Word w : q.content()) {
      add(mine, w.surface());
      add(mine, w.stem(lang));
    }
    int own = mine.size();
    long mask = own >= Long.SIZE ? -1L : (1L << own) - 1;
    // the themes' needles are distinct already: only the question's own words can repeat one
    List<String> words = new ArrayList<>(Long.SIZE + 2);
    words.addAll(mine);
    String[] theirs = q.themes().isEmpty() ? NONE : setNeedles(q.themes().keySet(), lang);
    for (int i = 0; i < theirs.length; i += 2) {
      if (words.size() >= Long.SIZE) { // full: a theme holds hundreds of stems, none would be added
        break;
      }
      if (theirs[i] != null && !mine.contains(theirs[i])) {
        words.add(theirs[i]);
      }
      if (theirs[i + 1] != null && !mine.contains(theirs[i + 1])) {
        words.add(theirs[i + 1]);
      }
    }
    return new Needles(words, mask);
  }

  private static final String[] NONE = {};

  /**
   * The needles of a set of themes in {@code lang}, as {@link #needles} adds them after the
   * question's own words: the themes' {@link #themeNeedles} pairs in the order of the themes' ids
   * (the themes' stems may reach the needle limit, and Question.themes() has no iteration order of
   * its own), a stem an earlier pair holds left out (null) and a pair left with none dropped, up to
   * the pair before which the set already holds {@link Long#SIZE} words, where every question is
   * full. Kept per set, so a question adds only its own words and these few dozen, rather than
   * walking each theme's stems, duplicates included.
   */
  private String[] setNeedles(Set<String> themeIds, Lang lang) {
    Memo<Set<String>, String[]> memo = setNeedles.get(lang);
    String[] kept = memo.get(themeIds);
    if (kept != null) {
      return kept;
    }
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    walk:
    for (String theme : new TreeSet<>(themeIds)) {
      String[] stems = themeNeedles.get(lang).computeIfAbsent(theme, t -> themeNeedles(t, lang));
      for (int i = 0; i < stems.length; i += 2) {
        if (seen.size() >= Long.SIZE) {
          break walk;
        }
        String stem = seen.add(stems[i]) ? stems[i] : null;
        String porter = stems[i + 1] != null && seen.add(stems[i + 1]) ? stems[i + 1] : null;
        if (stem != null || porter != null) {
          out.add(stem);
          out.add(porter);
        }
      }
    }
    return memo.keep(Set.copyOf(themeIds), out.toArray(String[]::new));
  }

  /**
   * A theme's stems in {@code lang} as {@link #add} adds them, in the set's own order: pairs of a
   * stem long enough to be a needle and its Porter form without the final "i" (or null). Built
   * once per theme and language rather than at every question naming the theme.
   */
  private String[] themeNeedles(String theme, Lang lang) {
    List<String> out = new ArrayList<>();
    for (String stem : themes.stems(theme, lang)) {
      if (stem.length() >= MIN_NEEDLE) {
        out.add(stem);
        out.add(stem.endsWith("i") && stem.length() > MIN_NEEDLE ? stem.substring(0, stem.length() - 1) : null);
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * {@link #snippets} of one answer by index, made on first demand and then kept: a caller that
   * shows none pays nothing, one that shows any pays once for all of them (the shared-sentence rule
   * reads every hit). Safe to ask from any thread; the texts are the same whenever they are made.
   */
  IntFunction<String> onDemand(List<Indexed> pledges, Question q) {
    return new IntFunction<>() {
      private volatile List<String> texts;

      @Override
      public String apply(int i) {
        List<String> t = texts;
        if (t == null) {
          t = snippets(pledges, q);
          texts = t;
        }
        return t.get(i);
      }
    };
  }

  /**
   * The snippet of each pledge of one answer, in order: the sentence with the most question and
   * theme words, preferring a pledge's own sentence to one the answer's pledges share.
   */
  List<String> snippets(List<Indexed> pledges, Question q) {
    Map<Lang, Needles> needles = new EnumMap<>(Lang.class);
    List<Scan> scans = new ArrayList<>(pledges.size());
    Map<Long, Integer> shared = new HashMap<>();
    for (Indexed ix : pledges) {
      Lang lang = ix.pledge().textLang(q.lang());
      Scan scan = new Scan(ix.sentences(lang), needles.computeIfAbsent(lang, l -> needles(q, l)));
      scans.add(scan);
      long[] keys = scan.keys;
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != 0 && !before(keys, s)) {
          Integer n = shared.get(keys[s]);
          shared.put(keys[s], n == null ? 1 : n + 1);
        }
      }
    }
    List<String> out = new ArrayList<>(scans.size());
    for (Scan scan : scans) {
      out.add(scan.pick(key -> shared.getOrDefault(key, 0) > 1));
    }
    return out;
  }

  /** Whether keys[s] is among the keys before it (a pledge counts once per shared sentence). */
  private static boolean before(long[] keys, int s) {
    for (int t = 0; t < s; t++) {
      if (keys[t] == keys[s]) {
        return true;
      }
    }
    return false;
  }

  private static void add(Set<String> words, String word) {
    if (word != null && word.length() >= MIN_NEEDLE && words.size() < Long.SIZE) {
      words.add(word);
      if (word.endsWith("i") && word.length() > MIN_NEEDLE) {
        words.add(word.substring(0, word.length() - 1)); // Porter's "polici" for "policy"
      }
    }
  }

  /** Words shorter than this (articles, prepositions) are left out of a sentence's key. */
  static final int KEY_WORD = 4;

  /** One pledge text's sentences and the needles each holds. */
  private static final class Scan {
    private final Sentences sentences;
    private final Needles needles;
    /** Per sentence, the needles it holds. */
    private final long[] found;
    /** Per sentence, where its first needle starts (its start when it holds none). */
    private final int[] firstHit;
    /** Per sentence, its {@link Sentences#keys key}; 0 for a sentence without needles. */
    private final long[] keys;

    Scan(Sentences sentences, Needles needles) {
      this.sentences = sentences;
      this.needles = needles;
      int n = sentences.starts.length;
      this.found = new long[n];
      this.firstHit = new int[n];
      this.keys = new long[n];
      String folded = sentences.folded;
      for (int s = 0; s < n; s++) {
        long mask = 0;
        int first = -1;
        for (int w = sentences.firstWord[s]; w < sentences.firstWord[s + 1]; w++) {
          long hit = needles.match(folded, sentences.wordStarts[w], sentences.wordEnds[w]);
          if (hit != 0 && first < 0) {
            first = sentences.wordStarts[w];
          }
          mask |= hit;
        }
        found[s] = mask;
        firstHit[s] = first < 0 ? sentences.starts[s] : first;
        // only a sentence with needles can be shown, so only those need a key
        keys[s] = mask == 0 ? 0 : sentences.keys[s];
      }
    }

    /** The best sentence; a shared one gives way to the pledge's own sentence with the most question words. */
    String pick(LongPredicate isShared) {
      int best = 0;
      for (int s = 1; s < found.length; s++) {
        if (Long.bitCount(found[s]) > Long.bitCount(found[best])) {
          best = s;
        }
      }
      if (found[best] != 0 && isShared.test(keys[best])) {
        int own = -1;
        for (int s = 0; s < found.length; s++) {
          long asked = found[s] & needles.own();
          if (asked != 0 && !isShared.test(keys[s])
              && (own < 0 || Long.bitCount(found[s]) > Long.bitCount(found[own]))) {
            own = s;
          }
        }
        best = own < 0 ? best : own;
      }
      return sentences.clip(best, firstHit[best]);
    }
  }

  /**
   * A pledge text cut into sentences and words, and each sentence's key: what a snippet needs of
   * the text whatever the question, computed once per pledge and language ({@link Indexed#sentences})
   * rather than at every search.
   */
  static final class Sentences {
    private final String text;
    /** The accent-folded text, of the same length: needles are matched in it. */
    private final String folded;
    private final int[] starts;
    private final int[] ends;
    /** Per sentence, the index of its first word; one more entry, the number of words. */
    private final int[] firstWord;
    private final int[] wordStarts;
    private final int[] wordEnds;
    /** Per sentence, a hash of its wording with the pledger's name left out ({@link #key}). */
    private final long[] keys;
    /**
     * Per sentence, its snippet when the sentence fits in {@link #MAX} (whatever its first hit):
     * made at its first showing and kept. Filled without a lock: a String is immutable, so a
     * thread sees either null (and makes the same text again) or the whole text.
     */
    private final String[] shown;
    /**
     * Per sentence longer than {@link #MAX}, its last clip and the first hit that placed it: the
     * window depends on that hit alone, and the questions that pick a long sentence mostly hit it
     * at the same word. Filled without a lock, as {@link #shown} is: a record is immutable.
     */
    private final Clipped[] clipped;

    /** A long sentence's {@link Snippets#clip} around {@code firstHit}. */
    private record Clipped(int firstHit, String text) {}

    private Sentences(String text, String folded, int[] starts, int[] ends, int[] firstWord, int[] wordStarts,
        int[] wordEnds, long[] keys) {
      this.text = text;
      this.folded = folded;
      this.starts = starts;
      this.ends = ends;
      this.firstWord = firstWord;
      this.wordStarts = wordStarts;
      this.wordEnds = wordEnds;
      this.keys = keys;
      this.shown = new String[starts.length];
      this.clipped = new Clipped[starts.length];
    }

    /**
     * {@link Snippets#clip} of sentence {@code s}, kept when the sentence is short enough to be shown
     * whole; a longer one's last clip kept with the first hit it was made for.
     */
    String clip(int s, int firstHit) {
      String kept = shown[s];
      if (kept != null) {
        return kept;
      }
      Clipped last = clipped[s];
      if (last != null && last.firstHit() == firstHit) {
        return last.text();
      }
      String sentence = text.substring(starts[s], ends[s]).strip();
      if (sentence.length() > MAX) {
        String clip = Snippets.clip(text, starts[s], ends[s], firstHit);
        clipped[s] = new Clipped(firstHit, clip);
        return clip;
      }
      String flat = flatten(sentence);
      shown[s] = flat;
      return flat;
    }

    /** One pass over {@code text}: its sentences and their words; {@code name}: the pledger's, left out of keys. */
    static Sentences of(String text, String name) {
      String folded = Folding.foldSameLength(text);
      List<int[]> sentences = new ArrayList<>();
      List<Integer> firstWords = new ArrayList<>();
      List<int[]> words = new ArrayList<>();
      int sentenceStart = 0;
      int i = 0;
      while (i < folded.length()) {
        char c = folded.charAt(i);
        if (wordChar(c)) {
          int end = i;
          while (end < folded.length() && wordChar(folded.charAt(end))) {
            end++;
          }
          words.add(new int[] {i, end});
          i = end;
        } else {
          boolean stop = (c == '.' || c == '!' || c == '?' || c == ';')
              && (i + 1 == folded.length() || Character.isWhitespace(folded.charAt(i + 1)));
          i++;
          if (stop) {
            sentences.add(new int[] {sentenceStart, i});
            firstWords.add(words.size());
            sentenceStart = i;
          }
        }
      }
      if (sentences.isEmpty() || sentenceStart < text.length() && !text.substring(sentenceStart).isBlank()) {
        sentences.add(new int[] {sentenceStart, text.length()});
        firstWords.add(words.size());
      }
      int n = sentences.size();
      int[] starts = new int[n];
      int[] ends = new int[n];
      int[] firstWord = new int[n + 1];
      long[] keys = new long[n];
      for (int s = 0; s < n; s++) {
        starts[s] = sentences.get(s)[0];
        ends[s] = sentences.get(s)[1];
        firstWord[s + 1] = firstWords.get(s);
        keys[s] = key(text, starts[s], ends[s], name);
      }
      // a sentence's words are those found before it closed, after the previous one closed
      int[] wordStarts = new int[words.size()];
      int[] wordEnds = new int[words.size()];
      for (int w = 0; w < wordStarts.length; w++) {
        wordStarts[w] = words.get(w)[0];
        wordEnds[w] = words.get(w)[1];
      }
      return new Sentences(text, folded, starts, ends, firstWord, wordStarts, wordEnds, keys);
    }

    /**
     * A hash of the wording of text[start, end): its words of at least {@value #KEY_WORD}
     * letters that begin in lower case, leaving out the pledger's {@code name}. Names (the
     * pledger's own, "République slovaque" included, or the list of its group's other members),
     * articles and numbers are left out, so the sentences a pledge group was given alike have one
     * key whoever they name.
     */
    private static long key(String text, int start, int end, String name) {
      long h = 1125899906842597L;
      int i = start;
      while (i < end) {
        if (!Character.isLetterOrDigit(text.charAt(i))) {
          i++;
          continue;
        }
        if (!name.isEmpty() && text.startsWith(name, i)) {
          i += name.length();
          continue;
        }
        int from = i;
        while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i - from >= KEY_WORD && Character.isLowerCase(text.charAt(from))) {
          for (int k = from; k < i; k++) {
            h = 31 * h + text.charAt(k);
          }
          h = 31 * h + ' ';
        }
      }
      return h == 0 ? 1 : h;
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
    private final long own;
    /**
     * The distinct first three letters, packed into a long each, in an open-addressing table
     * (a text's every word is looked up: a linear scan over dozens of heads was most of a search),
     * with the bits of their words at the same slot; 0 marks an empty slot.
     */
    private final long[] heads;
    private final long[] bits;
    private final int mask;

    /** {@code own}: the bits of the question's own words (the others are its themes' words). */
    Needles(List<String> words, long own) {
      this.words = words;
      this.own = own;
      // sized for every word having its own head (at most 64 words), at most half full: no boxed map
      // to count them first (a quarter full cost twice the bytes, a tenth of a search's, for no
      // fewer probes worth having)
      int size = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
      this.heads = new long[size];
      this.bits = new long[size];
      this.mask = size - 1;
      for (int n = 0; n < words.size(); n++) {
        long head = head(words.get(n), 0);
        int slot = slot(head);
        while (heads[slot] != 0 && heads[slot] != head) {
          slot = (slot + 1) & mask;
        }
        heads[slot] = head;
        bits[slot] |= 1L << n;
      }
    }

    /** The bits of the question's own words. */
    long own() {
      return own;
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
    if (sentence.length() <= MAX) {
      return flatten(sentence);
    }
    int lead = start + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
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
