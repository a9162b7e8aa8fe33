package org.pledgebot.search;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgebot.corpus.Lang;

/**
 * Chat shorthand read as the words it stands for, the one place a question's shorthand is written
 * out before it is read, as typos are read by {@link Vocabulary#near} and elisions by each
 * {@link LanguagePack}'s surface edit: a word of the language's usual abbreviations
 * ({@link WrittenForms#shorthand}: "gouv", "gob", "dept", "pls", "pr", "q") and a label or synonym
 * of the thesaurus of two words or more typed run together, as in a hashtag, also with one of its
 * words abbreviated ("donneesouvertes", "opengov"), in any language, since such tags are shared. A
 * question without either is handed back as it is, so that reading costs one lookup per token.
 */
final class Shorthand {

  /** The most words a run-together phrase may hold: longer ones are no tag people type. */
  static final int MAX_RUN_WORDS = 5;

  private final Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);

  Shorthand(ThemeDetector themes) {
    Map<String, String> runTogether = new HashMap<>();
    for (Lang lang : Lang.values()) {
      Map<String, String> abbreviated = new HashMap<>();
      WrittenForms.shorthand(lang).forEach((shortForm, word) -> {
        if (word.indexOf(' ') < 0) {
          abbreviated.putIfAbsent(word, shortForm);
        }
      });
      for (String phrase : themes.spelledPhrases(lang)) {
        String[] words = phrase.split(" ");
        if (words.length > MAX_RUN_WORDS) {
          continue;
        }
        runTogether.putIfAbsent(String.join("", words), phrase);
        for (int i = 0; i < words.length; i++) {
          String shortForm = abbreviated.get(words[i]);
          if (shortForm != null) {
            String[] shortened = words.clone();
            shortened[i] = shortForm;
            runTogether.putIfAbsent(String.join("", shortened), phrase);
          }
        }
      }
    }
    for (Lang lang : Lang.values()) {
      Map<String, String> reading = new HashMap<>(runTogether);
      reading.putAll(WrittenForms.shorthand(lang));
      byLang.put(lang, Map.copyOf(reading));
    }
  }

  /**
   * {@code text} with each of its tokens that is shorthand in {@code lang} written out, or
   * {@code text} itself when none is. A token typed after an elided article ("l'info") keeps the
   * article: only its own letters are replaced.
   */
  String read(String text, List<Analysis.Token> tokens, Lang lang) {
    Map<String, String> reading = byLang.get(lang);
    StringBuilder out = null;
    int last = 0;
    for (Analysis.Token token : tokens) {
      String words = reading.get(token.term());
      if (words == null) {
        continue;
      }
      int start = token.end() - token.term().length();
      if (start < last || start < token.start()
          || !Folding.fold(text.substring(start, token.end())).equals(token.term())) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 32);
      }
      out.append(text, last, start).append(words);
      last = token.end();
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }
}
