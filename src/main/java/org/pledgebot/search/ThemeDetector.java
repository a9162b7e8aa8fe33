package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;

/**
 * Finds the thesaurus themes a question names, whatever its language: every synonym and label of
 * every theme, in every language, is a phrase to look for. Function words are ignored on both
 * sides ("accès à l'information" = "access to information" = [access, information]); words match
 * up to inflection ({@link Word#sameAs}) or a typo ({@link Edits#near}); one extra word may stand
 * between two phrase words ("access to government information"). Where phrases overlap, the
 * longest wins, so "transparence budgétaire" is budget transparency, not bare "transparence"; a
 * phrase listed under two themes names both.
 */
final class ThemeDetector {

  /** A one-word synonym matched only through a typo needs this length: "miles" is not "mines". */
  static final int MIN_FUZZY_SINGLE = 6;

  private final Analysis analysis;
  private final Map<String, List<Phrase>> byFirstForm = new HashMap<>();
  private final Map<String, List<Phrase>> byFirstSurface = new HashMap<>();
  private final Vocabulary firstWords;
  private final Map<String, Map<Lang, Set<String>>> stemsByTheme = new HashMap<>();
  private final Map<Lang, Set<String>> words = new HashMap<>();
  private final Map<Lang, Set<List<String>>> phrases = new HashMap<>();
  private final Map<String, Set<String>> themesByForm = new HashMap<>();

  ThemeDetector(Analysis analysis, Thesaurus thesaurus) {
    this.analysis = analysis;
    for (Theme theme : thesaurus.themes()) {
      for (Lang lang : Lang.values()) {
        if (theme.label().containsKey(lang)) {
          add(theme, lang, theme.label(lang), false);
        }
        theme.synonyms(lang).forEach(s -> add(theme, lang, s, theme.needsContext(lang).contains(s)));
      }
    }
    this.firstWords = new Vocabulary(byFirstSurface.keySet());
  }

  private void add(Theme theme, Lang language, String text, boolean needsContext) {
    List<String> tokens = analysis.surface(text);
    if (tokens.size() > 1) {
      phrases.computeIfAbsent(language, k -> new HashSet<>()).add(List.copyOf(tokens));
    }
    List<Word> phrase = new ArrayList<>();
    for (String surface : tokens) {
      if (!analysis.isFunctionWord(surface)) {
        phrase.add(Word.of(analysis, surface));
      }
    }
    if (phrase.isEmpty()) {
      return;
    }
    Phrase p = new Phrase(theme.id(), List.copyOf(phrase), needsContext);
    Word first = phrase.get(0);
    for (String form : forms(first)) {
      byFirstForm.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
    }
    byFirstSurface.computeIfAbsent(first.surface(), k -> new ArrayList<>()).add(p);
    Map<Lang, Set<String>> stems = stemsByTheme.computeIfAbsent(theme.id(), k -> new HashMap<>());
    for (Word w : phrase) {
      if (!analysis.isStop(w.surface()) && w.surface().length() >= MIN_CUE_LENGTH) {
        for (String form : plainForms(w)) {
          themesByForm.computeIfAbsent(form, k -> new HashSet<>()).add(theme.id());
        }
      }
      words.computeIfAbsent(language, k -> new HashSet<>()).add(w.surface());
      for (Lang lang : Lang.values()) {
        if (w.stem(lang) != null) {
          stems.computeIfAbsent(lang, k -> new HashSet<>()).add(w.stem(lang));
        }
      }
    }
  }

  /** The surface and the stems, each tagged with what it is: "s:" or the language code. */
  private static List<String> forms(Word w) {
    List<String> out = new ArrayList<>(1 + Lang.values().length);
    out.add("s:" + w.surface());
    for (Lang lang : Lang.values()) {
      if (w.stem(lang) != null) {
        out.add(lang.code() + ":" + w.stem(lang));
      }
    }
    return out;
  }

  /** The surface and the distinct stems, untagged: the forms a cue word is known by. */
  private static Set<String> plainForms(Word w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w.surface());
    for (Lang lang : Lang.values()) {
      if (w.stem(lang) != null) {
        out.add(w.stem(lang));
      }
    }
    return out;
  }

  /** Surface words of the thesaurus phrases written in {@code lang}, for language evidence. */
  Set<String> words(Lang lang) {
    return Set.copyOf(words.getOrDefault(lang, Set.of()));
  }

  /** The thesaurus phrases of two words or more written in {@code lang}, as folded surface tokens. */
  Set<List<String>> phrases(Lang lang) {
    return Set.copyOf(phrases.getOrDefault(lang, Set.of()));
  }

  /** Cue words shorter than this ("e" of e-services) say nothing. */
  static final int MIN_CUE_LENGTH = 3;

  /** A word of at most this many themes' phrases is a cue for each of them. */
  static final int MAX_CUE_THEMES = 2;

  /**
   * The themes {@code w} is a cue of: those whose thesaurus phrases hold one of its forms (surface
   * or stems), when that form belongs to at most {@value #MAX_CUE_THEMES} themes: "budget",
   * "parliament" or "participatory" are cues, "public" and "data" are not. A question using one
   * such word without a whole thesaurus phrase ("help with our budget") still reaches the theme's
   * pledgers through it. Empty for most words.
   */
  Set<String> cueThemes(Word w) {
    Set<String> out = new java.util.TreeSet<>();
    addCues(out, w.surface());
    for (Lang lang : Lang.values()) {
      addCues(out, w.stem(lang));
    }
    return out;
  }

  private void addCues(Set<String> out, String form) {
    Set<String> themes = form == null ? null : themesByForm.get(form);
    if (themes != null && themes.size() <= MAX_CUE_THEMES) {
      out.addAll(themes);
    }
  }


  /** The stems of a theme's phrases in {@code lang}, to pick the snippet that shows the theme. */
  Set<String> stems(String themeId, Lang lang) {
    return stemsByTheme.getOrDefault(themeId, Map.of()).getOrDefault(lang, Set.of());
  }

  /** Longer phrases are more specific; beyond three words they are not more so. */
  static final int MAX_WEIGHT = 3;

  /** The weight of a theme named by one word that many themes' phrases use ("transparency"). */
  static final float GENERIC_WEIGHT = 0.5f;

  /**
   * The themes named in a question, given its words without function words, each with a weight:
   * the word count of the longest phrase that named it, at most {@value #MAX_WEIGHT}, or
   * {@value #GENERIC_WEIGHT} for a single word that is no theme's cue ({@link #cueThemes}): in
   * "transparence du lobbying" or "mining revenue transparency", the specific theme leads.
   */
  Detection detect(List<Word> words) {
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (Phrase p : candidates(words.get(i))) {
        Match m = p.matchAt(words, i);
        if (m != null) {
          matches.add(m);
        }
      }
    }
    matches.sort(Comparator.comparingInt((Match m) -> -m.length)
        .thenComparingInt(m -> m.end - m.start)
        .thenComparing(m -> m.fuzzy)
        .thenComparingInt(m -> m.start));
    boolean[] used = new boolean[words.size()];
    Map<String, Float> themes = new LinkedHashMap<>();
    List<Match> taken = new ArrayList<>();
    for (Match m : matches) {
      // A phrase listed under two themes ("participatory budgeting") names both.
      if (free(used, m) || taken.stream().anyMatch(m::sameWordsAs)) {
        taken.add(m);
        for (int k = m.start; k <= m.end; k++) {
          used[k] = true;
        }
        themes.merge(m.theme, weight(m), Math::max);
      }
    }
    Set<String> named = new HashSet<>();
    for (int k = 0; k < used.length; k++) {
      if (used[k]) {
        named.add(words.get(k).surface());
      }
    }
    boolean needsContext = !taken.isEmpty() && taken.stream().allMatch(Match::needsContext);
    return new Detection(themes, named, needsContext);
  }

  /**
   * What {@link #detect} found: the themes with their weights, the surfaces of the question words
   * that named them (typos included), and whether only synonyms that are also everyday words
   * named them ({@link Theme#needsContext}).
   */
  record Detection(Map<String, Float> themes, Set<String> words, boolean needsContext) {}

  private float weight(Match m) {
    boolean generic = m.lone != null && cueThemes(m.lone).isEmpty();
    return generic ? GENERIC_WEIGHT : Math.min(m.length, MAX_WEIGHT);
  }

  private static boolean free(boolean[] used, Match m) {
    for (int k = m.start; k <= m.end; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  private Set<Phrase> candidates(Word w) {
    Set<Phrase> out = new LinkedHashSet<>();
    for (String form : forms(w)) {
      out.addAll(byFirstForm.getOrDefault(form, List.of()));
    }
    for (String near : firstWords.near(w.surface())) {
      out.addAll(byFirstSurface.getOrDefault(near, List.of()));
    }
    return out;
  }

  /** A thesaurus phrase: its theme and words. */
  private record Phrase(String theme, List<Word> words, boolean needsContext) {

    /** The match of this phrase starting at {@code start}, or null. */
    Match matchAt(List<Word> query, int start) {
      boolean fuzzy = false;
      int at = start;
      for (int k = 0; k < words.size(); k++) {
        int found = -1;
        int last = k == 0 ? start : Math.min(at + 1, query.size() - 1);
        for (int j = at; j <= last && j < query.size(); j++) {
          int how = compare(query.get(j), words.get(k));
          if (how > 0) {
            found = j;
            fuzzy |= how == 2;
            break;
          }
        }
        if (found < 0) {
          return null;
        }
        at = found + 1;
      }
      if (fuzzy && words.size() == 1 && words.get(0).surface().length() < MIN_FUZZY_SINGLE) {
        return null;
      }
      Word lone = words.size() == 1 ? words.get(0) : null;
      return new Match(theme, start, at - 1, words.size(), fuzzy, lone, needsContext);
    }

    /** 1 for the same word, 2 for a typo of it, 0 otherwise. */
    private static int compare(Word q, Word w) {
      if (q.sameAs(w)) {
        return 1;
      }
      boolean longEnough = q.surface().length() >= Edits.MIN_LENGTH_ONE_EDIT
          && w.surface().length() >= Edits.MIN_LENGTH_ONE_EDIT;
      return longEnough && Edits.near(q.surface(), w.surface()) ? 2 : 0;
    }
  }

  /** Where a phrase matched; {@code lone} is its word when it has only one. */
  private record Match(String theme, int start, int end, int length, boolean fuzzy, Word lone, boolean needsContext) {

    boolean sameWordsAs(Match other) {
      return start == other.start && end == other.end && length == other.length && fuzzy == other.fuzzy;
    }
  }
}
