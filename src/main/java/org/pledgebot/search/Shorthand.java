package org.pledgebot.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.pledgebot.corpus.Lang;

/**
 * Chat shorthand read as the words it stands for, the one place a question's shorthand is written
 * out before it is read, as typos are read by {@link Vocabulary#near} and elisions by each
 * {@link LanguagePack}'s surface edit: a word of the language's usual abbreviations
 * ({@link WrittenForms#shorthand}: "gouv", "gob", "dept", "pls", "pr", "q") and a label or synonym
 * of the thesaurus of two words or more typed run together, as in a hashtag, also with one of its
 * words abbreviated ("donneesouvertes", "opengovdata"), in any language, since such tags are shared. A
 * question without either is handed back as it is, so that reading costs one lookup per token. A
 * phrase run together that is itself a word ("cocreation", "online") is left as that word. A
 * term of the thesaurus said letter by letter is read as that term ({@link #spokenLetters}), a
 * single letter beside another is a letter said by itself, never shorthand ("u k" is no "you k"), and
 * a speaker's hesitation ({@link WrittenForms#hesitations}: "um", "euh", "eh") as nothing.
 */
final class Shorthand {

  /** The most words a run-together phrase may hold: longer ones are no tag people type. */
  static final int MAX_RUN_WORDS = 5;

  private final Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);

  /**
   * The thesaurus' one-word terms of {@value NameKey#MIN_SPELT} letters or more that no language
   * uses every day ("eiti", "foia", "ogd"): said letter by letter, speech-to-text writes them as a
   * run of single letters ("e i t i"), read back as the term typed in capitals. A term that is also an everyday word
   * ("foi", "irm", "pan") is left: its letters one by one are not that word.
   */
  private final Predicate<String> spokenLetters;

  /**
   * @param everyday each language's everyday words: a phrase run together that is itself a word,
   *     of the thesaurus or of everyday language, is read as that word
   */
  Shorthand(ThemeDetector themes, Commonness everyday) {
    this.spokenLetters = w -> w.length() >= NameKey.MIN_SPELT && themes.thesaurusWord(w) && !everyday.everydayAnywhere(w);
    Map<String, String> runTogether = new HashMap<>();
    for (Lang lang : Lang.values()) {
      Map<String, List<String>> abbreviated = new HashMap<>();
      WrittenForms.shorthand(lang).forEach((shortForm, word) -> {
        if (word.indexOf(' ') < 0) {
          abbreviated.computeIfAbsent(word, k -> new ArrayList<>()).add(shortForm);
        }
      });
      for (String phrase : new TreeSet<>(themes.spelledPhrases(lang))) {
        String[] words = phrase.split(" ");
        if (words.length > MAX_RUN_WORDS) {
          continue;
        }
        List<String> keys = new ArrayList<>();
        keys.add(String.join("", words));
        for (int i = 0; i < words.length; i++) {
          for (String shortForm : abbreviated.getOrDefault(words[i], List.of())) {
            String[] shortened = words.clone();
            shortened[i] = shortForm;
            keys.add(String.join("", shortened));
          }
        }
        for (String key : keys) {
          if (!themes.thesaurusWord(key) && !everyday.everydayAnywhere(key)) {
            runTogether.putIfAbsent(key, phrase);
          }
        }
      }
    }
    for (Lang lang : Lang.values()) {
      Map<String, String> reading = new HashMap<>(runTogether);
      reading.putAll(WrittenForms.shorthand(lang));
      WrittenForms.hesitations(lang).forEach(h -> reading.put(h, ""));
      byLang.put(lang, Collections.unmodifiableMap(new HashMap<>(reading)));
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
    for (int k = 0; k < tokens.size(); k++) {
      Analysis.Token token = tokens.get(k);
      int run = letters(tokens, k);
      if (run > 1) {
        // the whole run of single letters, when it spells a term, is that term; else each letter
        // stays a letter, never a word's shorthand: two letters said one by one ("u k") are a name's
        StringBuilder joined = new StringBuilder(run);
        tokens.subList(k, k + run).forEach(t -> joined.append(t.term()));
        Analysis.Token end = tokens.get(k + run - 1);
        if (spokenLetters.test(joined.toString()) && token.start() >= last) {
          if (out == null) {
            out = new StringBuilder(text.length() + 32);
          }
          // in capitals: letters said one by one are an acronym for certain, as one typed in capitals is
          out.append(text, last, token.start()).append(joined.toString().toUpperCase(java.util.Locale.ROOT));
          last = end.end();
        }
        k += run - 1;
        continue;
      }
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

  /** How many tokens from {@code k} on are single letters, typed each on its own (0 when the first is not). */
  private static int letters(List<Analysis.Token> tokens, int k) {
    int n = 0;
    while (k + n < tokens.size() && tokens.get(k + n).term().length() == 1
        && tokens.get(k + n).end() - tokens.get(k + n).start() == 1) {
      n++;
    }
    return n;
  }
}
