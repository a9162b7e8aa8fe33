package org.pledgebot.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * Turns raw user text into a {@link Question}: never parses query syntax (every character is
 * text), truncates long text, detects the answer language, finds themes.
 */
final class QuestionCompiler {

  /** A question is a sentence or two; the rest of a pasted essay adds cost, not meaning. */
  static final int MAX_CHARS = 500;

  static final int MAX_TOKENS = 64;

  static final int MAX_CONTENT_WORDS = 32;

  private final Analysis analysis;
  private final ThemeDetector themes;
  private final LanguageDetector languages;
  private final Set<String> thesaurusWords;

  QuestionCompiler(Analysis analysis, ThemeDetector themes, LanguageDetector languages) {
    this.analysis = analysis;
    this.themes = themes;
    this.languages = languages;
    Set<String> words = new HashSet<>();
    for (Lang each : Lang.values()) {
      words.addAll(themes.words(each));
    }
    this.thesaurusWords = Set.copyOf(words);
  }

  /** The question text as searched: trimmed, cut at a word boundary near {@link #MAX_CHARS}. */
  static String clip(String text) {
    String t = text.strip();
    if (t.length() <= MAX_CHARS) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_CHARS);
    return t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).strip();
  }

  /**
   * Analyses a question.
   *
   * @param lang the answer language, or empty to detect it
   * @param names language evidence outside the text itself (pledger names), given the tokens
   */
  Question compile(String raw, Optional<Lang> lang, LanguageDetector.Evidence names) {
    String text = clip(raw);
    List<Analysis.Token> tokens = Analysis.tokens(analysis.neutral(), text);
    if (tokens.size() > MAX_TOKENS) {
      tokens = tokens.subList(0, MAX_TOKENS);
    }
    List<String> surface = tokens.stream().map(Analysis.Token::term).toList();
    boolean[] upper = new boolean[tokens.size()];
    for (int i = 0; i < upper.length; i++) {
      upper[i] = capitals(text, tokens.get(i));
    }
    Lang answer = lang.orElseGet(() -> {
      int[] scores = languages.scores(text, surface);
      names.addTo(surface, scores);
      return LanguageDetector.decide(scores);
    });
    List<Word> words = analysis.words(surface);
    List<Word> phraseWords = new ArrayList<>();
    Map<String, Word> content = new LinkedHashMap<>();
    for (Word w : words) {
      if (!analysis.isFunctionWord(w.surface())) {
        phraseWords.add(w);
      }
      if (content.size() < MAX_CONTENT_WORDS && !analysis.isStop(w.surface())) {
        content.putIfAbsent(w.surface(), w);
      }
    }
    Map<String, Set<String>> cues = new HashMap<>();
    for (Word w : content.values()) {
      Set<String> of = themes.cueThemes(w);
      if (!of.isEmpty()) {
        cues.put(w.surface(), Set.copyOf(of));
      }
    }
    ThemeDetector.Detection detected = themes.detect(phraseWords);
    return new Question(text, answer, surface, upper, NameIndex.shingles(analysis, surface),
        List.copyOf(content.values()), cues, detected.themes(), detected.words(),
        Question.minContent(content.size()), offTopic(detected, content.values(), cues));
  }

  /**
   * Whether a question whose themes were named only by everyday words ({@link
   * org.pledgebot.corpus.Theme#needsContext}: "oil", "mining", "integrity", "IRM") is about
   * something else: "oil change for my car", "mining bitcoin at home", "the integrity of my hard
   * drive", "IRM du genou". It is when fewer than half of its content words are thesaurus words
   * (theme cues and the words that named the theme count). Any other theme, or no theme at all,
   * is left to the query's own rule.
   */
  private boolean offTopic(ThemeDetector.Detection detected, Collection<Word> content, Map<String, Set<String>> cues) {
    if (!detected.needsContext()) {
      return false;
    }
    long known = content.stream().map(Word::surface)
        .filter(w -> detected.words().contains(w) || cues.containsKey(w) || thesaurusWords.contains(w))
        .count();
    return 2 * known < content.size();
  }

  private static boolean capitals(String text, Analysis.Token token) {
    int letters = 0;
    int end = Math.min(text.length(), token.end());
    for (int i = token.start(); i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
