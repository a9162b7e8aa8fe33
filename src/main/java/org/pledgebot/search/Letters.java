package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;

/**
 * How each language spells: the frequency of every run of three letters (word edges included) in
 * text known to be in that language, learned when the index is opened from each language's pack
 * (function words, question filler), the thesaurus (labels, synonyms, vocabulary) and the pledge
 * texts written in it. {@link LanguageDetector} asks it only to break a tie between languages
 * its word evidence cannot separate: a short question whose only known words two languages share
 * ("de", "la", an acronym) is still spelt like one of them ("-cion", "-dad", "ll" are Spanish,
 * "-tion", "eau", "ou" French).
 *
 * <p>Learned once per open, from at most {@value #SAMPLE} pledges (the pledges add words to the
 * thesaurus, not a new way of spelling): its cost does not grow with the index. A lookup is one
 * hash probe per three letters of the question. Immutable.
 */
final class Letters {

  /**
   * How much likelier (as a natural log: e² ≈ 7 times) one language must spell a text than the
   * others to be chosen, at least: a word two languages write alike ("participation",
   * "consultation") is spelt about as likely by both, and stays with the first.
   */
  static final float MARGIN = 2f;

  /**
   * The margin a longer text needs, per run of three letters: a model learned from a few
   * thousand words drifts by a few tenths per run on words it never saw, and only a lead that
   * grows faster than that drift is evidence.
   */
  static final float MARGIN_PER_RUN = 0.25f;

  /** The model learns from at most this many pledges; beyond, it is kept as it is. */
  static final int SAMPLE = 500;

  private static final Lang[] LANGS = Lang.values();

  /** Per three letters, the log-probability of each language (by ordinal) to spell them. */
  private final Map<Long, float[]> logs;
  /** Per language, the log-probability of three letters it was never seen to spell. */
  private final float[] unseen;
  private final int pledges;

  private Letters(Map<Long, float[]> logs, float[] unseen, int pledges) {
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

  /** A model learned from the base texts and the texts of up to {@value #SAMPLE} of these pledges. */
  static Letters learn(Map<Lang, List<String>> base, Collection<Pledge> pledges) {
    List<Map<Long, Integer>> counts = new ArrayList<>();
    int[] totals = new int[LANGS.length];
    for (Lang lang : LANGS) {
      Map<Long, Integer> c = new HashMap<>();
      counts.add(c);
      for (String text : base.getOrDefault(lang, List.of())) {
        totals[lang.ordinal()] += count(text, c);
      }
    }
    int seen = 0;
    for (Pledge p : pledges) {
      if (seen++ >= SAMPLE) {
        break;
      }
      for (Lang lang : LANGS) {
        if (p.hasText(lang)) {
          totals[lang.ordinal()] += count(p.text(lang), counts.get(lang.ordinal()));
        }
      }
    }
    Map<Long, float[]> keys = new HashMap<>();
    counts.forEach(c -> c.keySet().forEach(k -> keys.putIfAbsent(k, null)));
    int distinct = keys.size() + 1;
    float[] unseen = new float[LANGS.length];
    for (Lang lang : LANGS) {
      unseen[lang.ordinal()] = (float) Math.log(1.0 / (totals[lang.ordinal()] + distinct));
    }
    Map<Long, float[]> logs = new HashMap<>();
    for (Long k : keys.keySet()) {
      float[] l = new float[LANGS.length];
      for (Lang lang : LANGS) {
        int n = counts.get(lang.ordinal()).getOrDefault(k, 0);
        l[lang.ordinal()] = (float) Math.log((n + 1.0) / (totals[lang.ordinal()] + distinct));
      }
      logs.put(k, l);
    }
    return new Letters(Map.copyOf(logs), unseen, Math.min(seen, SAMPLE));
  }

  /** Whether a model learned from {@code pledges} would learn more than this one. */
  boolean wouldGrow(int pledgeCount) {
    return pledges < SAMPLE && pledgeCount != pledges;
  }

  /**
   * Among the languages whose ordinal bit is set in {@code candidates}, the one that spells
   * {@code text} likeliest by {@link #MARGIN} (or {@link #MARGIN_PER_RUN} per run of three
   * letters, if more) over every other; else (no clear winner, or no
   * letters) the first of them in {@link Lang} order.
   */
  Lang likeliest(String text, int candidates) {
    float[] sum = new float[LANGS.length];
    int n = logs(text, sum);
    Lang first = null;
    Lang best = null;
    float runnerUp = Float.NEGATIVE_INFINITY;
    for (Lang lang : LANGS) {
      if ((candidates & (1 << lang.ordinal())) != 0) {
        first = first == null ? lang : first;
        float s = sum[lang.ordinal()];
        if (best == null || s > sum[best.ordinal()]) {
          runnerUp = best == null ? runnerUp : sum[best.ordinal()];
          best = lang;
        } else {
          runnerUp = Math.max(runnerUp, s);
        }
      }
    }
    return n > 0 && sum[best.ordinal()] - runnerUp >= Math.max(MARGIN, MARGIN_PER_RUN * n) ? best : first;
  }

  /** Adds to {@code sum}, by language ordinal, the log-probability of the text's letters; returns how many runs. */
  int logs(String text, float[] sum) {
    return each(Folding.fold(text), key -> {
      float[] l = logs.get(key);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += l == null ? unseen[i] : l[i];
      }
    });
  }

  private interface KeyConsumer {
    void accept(long key);
  }

  private static int count(String text, Map<Long, Integer> into) {
    return each(Folding.fold(text), key -> into.merge(key, 1, Integer::sum));
  }

  /**
   * Calls {@code out} with every three letters of the folded text, each word between spaces
   * (letters only; other characters end a word); returns how many.
   */
  private static int each(String folded, KeyConsumer out) {
    int n = 0;
    char a = ' ';
    char b = ' ';
    boolean inWord = false;
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      boolean letter = Character.isLetter(c);
      if (!letter && !inWord) {
        continue;
      }
      char now = letter ? c : ' ';
      if (inWord || letter) {
        out.accept(((long) a << 32) | ((long) b << 16) | now);
        n++;
      }
      a = b;
      b = now;
      inWord = letter;
      if (!letter) {
        a = ' ';
        b = ' ';
      }
    }
    return n;
  }
}
