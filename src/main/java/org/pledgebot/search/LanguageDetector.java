package org.pledgebot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.pledgebot.corpus.Lang;

/**
 * French or English, from evidence that costs nothing to check: words that belong to one language
 * only (stopwords, question filler, thesaurus words such as "données" or "revolving"), thesaurus
 * phrases written one way in one language only ("industries extractives", whose words English
 * shares), French diacritics and elisions (l', d', qu'), English contractions ('s, n't). Each
 * piece of evidence is one vote; ties and texts without evidence are English, the corpus'
 * reference language. Pledger names written in one language only ("Norvège", "OCDE") are
 * evidence too, given by whoever knows the names: {@link PledgeSearch#languages()} counts those it
 * indexes.
 *
 * <p>Thread-safe.
 */
public final class LanguageDetector {

  private static final String FRENCH_LETTERS = "àâäçéèêëîïôöùûüÿœæ";
  private static final Pattern ELISION =
      Pattern.compile("(?i)\\b(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]\\p{L}");
  private static final Pattern CONTRACTION = Pattern.compile("(?i)\\p{L}['’](?:s|t|re|ve|ll|d)\\b");

  private final Analysis analysis;
  private final ToIntFunction<List<String>> nameVotes;
  private final Set<String> french;
  private final Set<String> english;
  /** Phrases of one language only, by first token. */
  private final Map<String, List<List<String>>> frenchPhrases;
  private final Map<String, List<List<String>>> englishPhrases;

  /**
   * @param nameVotes French votes minus English votes of the pledger names among folded surface
   *     tokens ({@link NameIndex#frenchVotes}); none without an index
   */
  LanguageDetector(Analysis analysis, ThemeDetector themes, ToIntFunction<List<String>> nameVotes) {
    this.analysis = analysis;
    this.nameVotes = nameVotes;
    Set<String> frenchThesaurus = themes.words(Lang.FR);
    Set<String> englishThesaurus = themes.words(Lang.EN);
    Set<String> fr = new HashSet<>(StopWords.FR_FILLER);
    FrenchAnalyzer.getDefaultStopSet().forEach(w -> fr.add(Folding.fold(new String((char[]) w))));
    fr.addAll(frenchThesaurus);
    Set<String> en = new HashSet<>(StopWords.EN_FILLER);
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> en.add(Folding.fold(new String((char[]) w))));
    en.addAll(englishThesaurus);
    Set<String> both = new HashSet<>(fr);
    both.retainAll(en);
    fr.removeAll(both);
    en.removeAll(both);
    this.french = Set.copyOf(fr);
    this.english = Set.copyOf(en);
    this.frenchPhrases = byFirstToken(themes.phrases(Lang.FR), themes.phrases(Lang.EN));
    this.englishPhrases = byFirstToken(themes.phrases(Lang.EN), themes.phrases(Lang.FR));
  }

  private static Map<String, List<List<String>>> byFirstToken(Set<List<String>> phrases, Set<List<String>> other) {
    Map<String, List<List<String>>> out = new HashMap<>();
    phrases.stream().filter(p -> !other.contains(p))
        .forEach(p -> out.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p));
    return Map.copyOf(out);
  }

  private static int phrases(Map<String, List<List<String>>> byFirst, List<String> surface) {
    int n = 0;
    for (int i = 0; i < surface.size(); i++) {
      for (List<String> p : byFirst.getOrDefault(surface.get(i), List.of())) {
        if (i + p.size() <= surface.size() && surface.subList(i, i + p.size()).equals(p)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * French or English: votes from words of one language only (stopwords, question words,
   * thesaurus words), French accents and elisions, English contractions, and pledger names written
   * in one language ("Norvège", "OCDE"). Ties and unknowns are English.
   */
  public Lang detect(String text) {
    String clipped = QuestionCompiler.clip(text);
    List<String> surface = analysis.surface(clipped);
    return decide(frenchMargin(clipped, surface) + nameVotes.applyAsInt(surface));
  }

  /** French votes minus English votes for a raw text and its folded surface tokens, names aside. */
  int frenchMargin(String text, List<String> surface) {
    int margin = 0;
    for (String token : surface) {
      if (french.contains(token)) {
        margin++;
      } else if (english.contains(token)) {
        margin--;
      }
    }
    margin += phrases(frenchPhrases, surface) - phrases(englishPhrases, surface);
    margin += wordsWithDiacritics(text) + count(ELISION, text);
    margin -= count(CONTRACTION, text);
    return margin;
  }

  /** The language a margin votes for: French only when strictly ahead. */
  static Lang decide(int frenchMargin) {
    return frenchMargin > 0 ? Lang.FR : Lang.EN;
  }

  /** Words holding at least one French diacritic. */
  private static int wordsWithDiacritics(String text) {
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        counted = false;
      } else if (!counted && FRENCH_LETTERS.indexOf(Character.toLowerCase(c)) >= 0) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
