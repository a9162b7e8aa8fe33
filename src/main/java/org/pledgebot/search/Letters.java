package org.pledgebot.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;

/**
 * How each language spells: the probability of each letter after the two before it (word edges
 * included), mixed with that after one and with the letter alone so that a word never seen still
 * has its pairs and letters judged, learned when the index is opened from each language's pack
 * (function words, question filler), the thesaurus (labels, synonyms, vocabulary) and the pledge
 * texts written in it. {@link LanguageDetector} asks it only to break a tie between languages
 * its word evidence cannot separate: a short question whose only known words two languages share
 * ("de", "la", an acronym) is still spelt like one of them ("-cion", "-dad", "ll" are Spanish,
 * "-tion", "eau", "ou" French). The likeliest wins, with a prior for the reference language.
 *
 * <p>Learned once per open, from at most {@value #SAMPLE} pledges (the pledges add words to the
 * thesaurus, not a new way of spelling): its cost does not grow with the index. {@link
 * StoredLetters} keeps it beside the index ({@link #write}, {@link #read}) for the next open. A lookup is one
 * hash probe per three letters of the question (two or three for a run no language was seen to
 * write). Immutable.
 */
final class Letters {

  /**
   * How much likelier (as a natural log) another language must spell a text than the reference
   * language (the first declared in {@link Lang}) to be chosen over it, at least: English lends its
   * words to the others ("participation", "lobbying", acronyms), so a word it shares stays English
   * unless its letters clearly say otherwise.
   */
  static final float REFERENCE_PRIOR = 1f;

  /**
   * The same, per letter of the text: a model learned from a few thousand words misjudges the
   * letters of words it never saw by a little each, so a longer text needs a larger lead.
   */
  static final float REFERENCE_PRIOR_PER_LETTER = 0.1f;

  /**
   * Languages whose likelihoods differ by less than this (a natural log) spell a text alike: the
   * first declared of them is chosen. Below it lie rounding and letters none of them writes
   * ("OCDE").
   */
  static final float ALIKE = 0.3f;

  /** The model learns from at most this many pledges; beyond, it is kept as it is. */
  static final int SAMPLE = 500;

  private static final Lang[] LANGS = Lang.values();

  /** How many letters a run holds, the last one predicted from those before it. */
  static final int ORDER = 4;

  /**
   * The weight of each order, from the letter alone (index 0) to the run of {@link #ORDER}: a
   * run this language was never seen to write still has its shorter runs judged.
   */
  private static final float[] WEIGHTS = {0.05f, 0.15f, 0.3f, 0.5f};

  /**
   * Per order (index 0: one letter), per run of that many letters seen in some language, the
   * log-probability of its last letter after the others in each language (by ordinal), when no
   * language was seen to write it with a longer history.
   */
  private final List<Map<Run, float[]>> logs;
  /** Per language, the log-probability of a letter it was never seen to write. */
  private final float[] unseen;
  private final int pledges;

  private Letters(List<Map<Run, float[]>> logs, float[] unseen, int pledges) {
    this.logs = logs;
    this.unseen = unseen;
    this.pledges = pledges;
  }

  /** The texts every model learns from, whatever the index holds: the packs and the thesaurus. */
  static Map<Lang, List<String>> base(Thesaurus thesaurus) {
    Map<Lang, List<String>> out = new EnumMap<>(Lang.class);
    for (Lang lang : LANGS) {
      LanguagePack pack = LanguagePack.of(lang);
      List<String> texts = new ArrayList<>(pack.functionWords());
      texts.addAll(pack.filler());
      for (Theme theme : thesaurus.themes()) {
        if (theme.label().containsKey(lang)) {
          texts.add(theme.label(lang));
        }
        texts.addAll(theme.synonyms(lang));
        texts.addAll(theme.vocabulary(lang));
      }
      out.put(lang, List.copyOf(texts));
    }
    return out;
  }

  /**
   * A run of up to {@link #ORDER} letters, 16 bits each, as a map key. A boxed {@code Long} hashes
   * to its two halves XORed; for runs of lowercase letters the low bits a hash map picks a bucket
   * with then take a few hundred values at most, so every map of runs degenerated into a few
   * long tree bins, and learning the model was a large share of opening the index. This mixes
   * every bit of the key into its hash. Its equality is written out too: a record's own is a
   * method-handle tree built at its first call, slow until compiled.
   */
  private record Run(long key) {
    @Override
    public int hashCode() {
      return Long.hashCode(key * 0x9E37_79B9_7F4A_7C15L);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Run r && r.key == key;
    }
  }

  /** The last {@code n} letters of a key. */
  private static long last(long key, int n) {
    return n >= 4 ? key : key & ((1L << (16 * n)) - 1);
  }

  /** How often one language writes each run of one to {@link #ORDER} letters. */
  private static final class Counts {
    /** Per order (index 0: one letter), how often each run is written. */
    final List<Map<Run, Integer>> runs = new ArrayList<>();
    int total;
    int words;

    Counts() {
      for (int n = 0; n < ORDER; n++) {
        runs.add(new HashMap<>());
      }
    }

    /** Learns {@code text} as written (lowercase) and, if it holds accents, as typed without them too. */
    void add(String text) {
      String written = written(text);
      String folded = Folding.fold(text);
      learn(written);
      if (!folded.equals(written)) {
        learn(folded);
      }
    }

    private void learn(String lower) {
      Map<Run, Integer> longest = runs.get(ORDER - 1);
      total += each(lower, key -> {
        if ((key >>> 16) == last(SPACES, ORDER - 1)) {
          words++;
        }
        longest.merge(new Run(key), 1, Integer::sum);
      });
    }

    /** Counts the shorter runs from the longest: each holds the shorter ones it ends with. */
    Counts shorter() {
      runs.get(ORDER - 1).forEach((run, count) -> {
        for (int n = 1; n < ORDER; n++) {
          runs.get(n - 1).merge(new Run(last(run.key(), n)), count, Integer::sum);
        }
      });
      return this;
    }

    /**
     * How often the run {@code history} of {@code n} letters is followed by a letter or a word's
     * end: always, for a run ending in a letter; a run of spaces starts each word.
     */
    private int followed(long history, int n) {
      return history == last(SPACES, n) ? words : runs.get(n - 1).getOrDefault(new Run(history), 0);
    }

    /**
     * The probability of the last letter of {@code key} after the {@code known} - 1 before it,
     * mixing the orders up to {@code known} (longer histories count as never seen).
     */
    double p(long key, int known, int letters) {
      double p = WEIGHTS[0] * (runs.get(0).getOrDefault(new Run(last(key, 1)), 0) + 1.0) / (total + letters);
      for (int n = 2; n <= known; n++) {
        long run = last(key, n);
        Integer count = runs.get(n - 1).get(new Run(run));
        if (count != null) {
          p += WEIGHTS[n - 1] * count / followed(run >>> 16, n - 1);
        }
      }
      return p;
    }
  }

  /** A model learned from the base texts and the texts of up to {@value #SAMPLE} of these pledges. */
  static Letters learn(Map<Lang, List<String>> base, Collection<Pledge> pledges) {
    List<Counts> counts = new ArrayList<>();
    for (Lang lang : LANGS) {
      Counts c = new Counts();
      counts.add(c);
      base.getOrDefault(lang, List.of()).forEach(c::add);
    }
    int seen = 0;
    for (Pledge p : pledges) {
      if (seen++ >= SAMPLE) {
        break;
      }
      for (Lang lang : LANGS) {
        if (p.hasText(lang)) {
          counts.get(lang.ordinal()).add(p.text(lang));
        }
      }
    }
    counts.forEach(Counts::shorter);
    int letters = 1;
    for (Counts c : counts) {
      letters += c.runs.get(0).size();
    }
    List<Map<Run, float[]>> logs = new ArrayList<>();
    for (int n = 1; n <= ORDER; n++) {
      Map<Run, float[]> byRun = new HashMap<>();
      for (Counts c : counts) {
        for (Run run : c.runs.get(n - 1).keySet()) {
          if (!byRun.containsKey(run)) {
            float[] l = new float[LANGS.length];
            for (Lang lang : LANGS) {
              l[lang.ordinal()] = (float) Math.log(counts.get(lang.ordinal()).p(run.key(), n, letters));
            }
            byRun.put(run, l);
          }
        }
      }
      logs.add(Collections.unmodifiableMap(new HashMap<>(byRun)));
    }
    float[] unseen = new float[LANGS.length];
    for (Lang lang : LANGS) {
      unseen[lang.ordinal()] = (float) Math.log(WEIGHTS[0] / (counts.get(lang.ordinal()).total + letters));
    }
    return new Letters(List.copyOf(logs), unseen, Math.min(seen, SAMPLE));
  }

  /**
   * Writes the model as {@link #read} reads it back: the pledge count, the unseen log-probabilities,
   * then per order its runs and their log-probabilities, as float bits (the same floats again).
   */
  void write(DataOutput out) throws IOException {
    out.writeVInt(pledges);
    out.writeVInt(unseen.length);
    for (float u : unseen) {
      out.writeInt(Float.floatToRawIntBits(u));
    }
    out.writeVInt(logs.size());
    for (Map<Run, float[]> byRun : logs) {
      out.writeVInt(byRun.size());
      for (Map.Entry<Run, float[]> e : byRun.entrySet()) {
        out.writeLong(e.getKey().key());
        for (float l : e.getValue()) {
          out.writeInt(Float.floatToRawIntBits(l));
        }
      }
    }
  }

  /**
   * A model {@link #write} wrote.
   *
   * @throws IOException when the stored shape is not this version's (another language count or order)
   */
  static Letters read(DataInput in) throws IOException {
    int pledges = in.readVInt();
    float[] unseen = floats(in, in.readVInt());
    int orders = in.readVInt();
    if (unseen.length != LANGS.length || orders != ORDER) {
      throw new IOException("stored letters model has " + unseen.length + " languages and order " + orders
          + ", not " + LANGS.length + " and " + ORDER);
    }
    List<Map<Run, float[]>> logs = new ArrayList<>(ORDER);
    for (int n = 0; n < ORDER; n++) {
      int size = in.readVInt();
      Map<Run, float[]> byRun = new HashMap<>(size * 4 / 3 + 1);
      for (int i = 0; i < size; i++) {
        byRun.put(new Run(in.readLong()), floats(in, LANGS.length));
      }
      logs.add(Collections.unmodifiableMap(new HashMap<>(byRun)));
    }
    return new Letters(List.copyOf(logs), unseen, pledges);
  }

  private static float[] floats(DataInput in, int n) throws IOException {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = Float.intBitsToFloat(in.readInt());
    }
    return out;
  }

  /** Whether a model learned from {@code pledges} would learn more than this one. */
  boolean wouldGrow(int pledgeCount) {
    return pledges < SAMPLE && pledgeCount != pledges;
  }

  /**
   * Among the languages whose ordinal bit is set in {@code candidates}, the one that spells
   * {@code text} likeliest, the reference language counting {@link #REFERENCE_PRIOR} (and {@link
   * #REFERENCE_PRIOR_PER_LETTER} per letter) more when {@code prior} (a text of words it may lend); of
   * those within {@link #ALIKE} of the likeliest (all of them, without letters), the first in
   * {@link Lang} order.
   */
  Lang likeliest(String text, int candidates, boolean prior) {
    float[] sum = new float[LANGS.length];
    int letters = logs(text, sum);
    if (prior) {
      sum[0] += REFERENCE_PRIOR + REFERENCE_PRIOR_PER_LETTER * letters;
    }
    float best = Float.NEGATIVE_INFINITY;
    for (Lang lang : LANGS) {
      if ((candidates & (1 << lang.ordinal())) != 0) {
        best = Math.max(best, sum[lang.ordinal()]);
      }
    }
    for (Lang lang : LANGS) {
      if ((candidates & (1 << lang.ordinal())) != 0 && sum[lang.ordinal()] >= best - ALIKE) {
        return lang;
      }
    }
    throw new IllegalArgumentException("no candidate language in bits " + candidates);
  }

  /** Adds to {@code sum}, by language ordinal, the log-probability of the text's letters; returns how many runs. */
  int logs(String text, float[] sum) {
    return each(written(text), key -> {
      float[] l = null;
      for (int n = ORDER; n >= 1 && l == null; n--) {
        l = logs.get(n - 1).get(new Run(last(key, n)));
      }
      for (int i = 0; i < sum.length; i++) {
        sum[i] += l == null ? unseen[i] : l[i];
      }
    });
  }

  /**
   * The text lowercase, accents kept (composed): "é" at a word's end is French far more often than
   * Spanish, "ó" and "ñ" only Spanish, while text typed without accents still meets the folded
   * forms every text is also learned as.
   */
  private static String written(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private interface KeyConsumer {
    void accept(long key);
  }

  /** Word edges: a run of {@link #ORDER} letters before a word's first letter is spaces. */
  private static final long SPACES = 0x0020_0020_0020_0020L;

  /**
   * Calls {@code out} with every letter of the folded text and the letters before it in its word
   * (the last {@link #ORDER}, spaces before the word's start), then the space that ends each word
   * (letters only; other characters end a word); returns how many.
   */
  private static int each(String folded, KeyConsumer out) {
    int n = 0;
    long history = SPACES;
    boolean inWord = false;
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      if (!letter && !inWord) {
        continue;
      }
      char now = letter ? c : ' ';
      long key = (history << 16) | now;
      out.accept(key);
      n++;
      history = letter ? key : SPACES;
      inWord = letter;
    }
    return n;
  }
}
