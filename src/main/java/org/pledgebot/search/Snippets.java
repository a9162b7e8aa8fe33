package org.pledgebot.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * Picks the sentence of a pledge that best answers a question, in the answer language (English
 * when the pledge has no French): the sentence holding the most distinct question words, or words
 * of the themes the question names; the first sentence when none does. Plain text, at most
 * {@value #MAX} characters, cut at a word with an ellipsis.
 */
final class Snippets {

  static final int MAX = 200;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

  private final Analysis analysis;
  private final ThemeDetector themes;

  Snippets(Analysis analysis, ThemeDetector themes) {
    this.analysis = analysis;
    this.themes = themes;
  }

  String snippet(Pledge pledge, Question q) {
    Lang lang = pledge.hasText(q.lang()) ? q.lang() : Lang.EN;
    String text = pledge.text(lang);
    Set<String> wanted = wanted(q, lang);
    List<int[]> sentences = sentences(text);
    List<Analysis.Token> tokens = Analysis.tokens(analysis.forLang(lang), text);
    int best = 0;
    int bestScore = 0;
    int bestFirstHit = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int[] range = sentences.get(s);
      Set<String> seen = new HashSet<>();
      int firstHit = -1;
      for (Analysis.Token t : tokens) {
        if (t.start() >= range[0] && t.start() < range[1] && wanted.contains(t.term())) {
          seen.add(t.term());
          firstHit = firstHit < 0 ? t.start() : firstHit;
        }
      }
      if (seen.size() > bestScore) {
        best = s;
        bestScore = seen.size();
        bestFirstHit = firstHit;
      }
    }
    int[] range = sentences.isEmpty() ? new int[] {0, text.length()} : sentences.get(best);
    return clip(text, range[0], range[1], bestScore > 0 ? bestFirstHit : range[0]);
  }

  private Set<String> wanted(Question q, Lang lang) {
    Set<String> out = new HashSet<>();
    for (Word w : q.content()) {
      if (w.stem(lang) != null) {
        out.add(w.stem(lang));
      }
    }
    q.themes().keySet().forEach(t -> out.addAll(themes.stems(t, lang)));
    return out;
  }

  private static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      out.add(new int[] {start, m.start()});
      start = m.end();
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }

  /** The sentence, or a window of it that shows the first hit, within {@link #MAX} chars. */
  static String clip(String text, int start, int end, int firstHit) {
    String sentence = text.substring(start, end).strip().replaceAll("\\s+", " ");
    if (sentence.length() <= MAX) {
      return sentence;
    }
    int from = 0;
    if (firstHit - start > MAX - 60) {
      int space = text.lastIndexOf(' ', Math.max(start, firstHit - 40));
      from = Math.max(0, space - start);
    }
    String window = sentence.substring(Math.min(from, sentence.length()));
    String prefix = from > 0 ? "…" : "";
    int room = MAX - prefix.length() - 1;
    if (window.length() <= room + 1) {
      return prefix + window;
    }
    int cut = window.lastIndexOf(' ', room);
    return prefix + window.substring(0, cut > room / 2 ? cut : room).strip() + "…";
  }
}
