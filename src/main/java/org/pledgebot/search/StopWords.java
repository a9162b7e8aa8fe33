package org.pledgebot.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Words that must not drive ranking, accent-folded and lowercase, as Lucene stop sets built from
 * the {@link LanguagePack}s: each language's function words plus the filler of questions put to
 * this bot ("who can help with", "qui peut nous aider sur", "quién puede ayudarnos con", "pays",
 * "pledge"...).
 */
final class StopWords {

  private StopWords() {}

  /** The stopwords and filler of one language: what its text field's analyzer drops. */
  static CharArraySet of(LanguagePack pack) {
    return set(pack.stopWords());
  }

  /**
   * The stopwords and filler of every language: the words of a question that are not content,
   * but for those a language keeps in questions ({@link LanguagePack#keptInQuestions}).
   */
  static Set<String> anyLanguage() {
    Set<String> words = new HashSet<>();
    LanguagePack.all().forEach(p -> words.addAll(p.stopWords()));
    LanguagePack.all().forEach(p -> words.removeAll(p.keptInQuestions()));
    return words;
  }

  /** Function words only (no filler) of every language, as {@link #anyLanguage}: ignored inside theme phrases. */
  static Set<String> functionWords() {
    Set<String> words = new HashSet<>();
    LanguagePack.all().forEach(p -> words.addAll(p.functionWords()));
    LanguagePack.all().forEach(p -> words.removeAll(p.keptInQuestions()));
    return words;
  }

  private static CharArraySet set(Set<String> words) {
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }
}
