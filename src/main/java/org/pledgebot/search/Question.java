package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A question analysed once, independently of any index: what search and alert matching both
 * evaluate.
 *
 * @param text the question as searched (trimmed, possibly truncated)
 * @param lang the answer language
 * @param surface the folded surface tokens, stopwords included (for names)
 * @param upper per surface token, whether it was typed in capitals
 * @param shingles the runs of words compared with pledger names for typos
 * @param content the distinct words that are neither stopwords nor filler, at most 32
 * @param cues per content word (by surface), the themes it is a cue of ({@link ThemeDetector#cueThemes}),
 *     for the words that are one
 * @param themes the thesaurus themes the question names, with the weight of the naming phrase
 * @param themeWords the surfaces of the question words that named them (typos included)
 * @param minContent how many content words a pledge must match when no theme or name vouches
 * @param offTopic whether the question is about something else despite an everyday word that
 *     names a theme ("oil change for my car"), so that nothing matches it
 */
record Question(
    String text, Lang lang, List<String> surface, boolean[] upper, List<NameIndex.Shingle> shingles,
    List<Word> content, Map<String, Set<String>> cues,
    Map<String, Float> themes, Set<String> themeWords, int minContent, boolean offTopic) {

  public Question {
    cues = Map.copyOf(cues);
    themes = Map.copyOf(themes);
    themeWords = Set.copyOf(themeWords);
  }

  /** The themes content word {@code w} is a cue of, or none. */
  Set<String> cues(Word w) {
    return cues.getOrDefault(w.surface(), Set.of());
  }

  /** Whether nothing can match: no content word, no theme, and no token that could be a name. */
  boolean isEmpty() {
    return surface.isEmpty();
  }

  /**
   * Whether any pledge could ever match: the question names a theme or keeps a content word. A
   * question of stopwords and filler alone ("the", "pledged") or of punctuation matches nothing
   * now and nothing a new pledge could bring. (Whether it is about something else, {@link
   * #offTopic}, is a judgement of the relevance rule, which may change; it is not asked here.)
   */
  boolean canMatch() {
    return !isEmpty() && (!themes.isEmpty() || !content.isEmpty());
  }

  /** The relevance rule's coverage: all of 1 or 2 content words, two thirds beyond. */
  static int minContent(int contentWords) {
    return contentWords <= 2 ? contentWords : (2 * contentWords + 2) / 3;
  }
}
