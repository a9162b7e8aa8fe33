package org.pledgebot.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The sentence of a message of several sentences that carries its ask, and the lead it gives the
 * themes. A chat message often tells a situation first (who writes, what went wrong, the nouns of the
 * writer's sector) and asks last: "Our clinic is short of nurses. Who lets patients weigh on health
 * rules?". The situation's words may name a theme of their own, and outweigh the ask's by their
 * number; the ask says what the writer wants. The ask is the last sentence put as a question (a
 * question mark, {@link Question#marked}) or, where none is, the last sentence if it holds a word of
 * the filler of questions put to this bot ("who can help", "we would like"); never the message's
 * first sentence: a message that asks first tells no situation before it. Read by {@link
 * QuestionCompiler}, which reads that sentence alone as a question of its own and lets the themes
 * it names lead ({@link #led}), and lets an ask on topic carry a message whose situation's everyday
 * words left it silent ({@link #carries}).
 */
final class AskSentence {

  /**
   * The least weight a theme of the ask read alone must have to lead ({@link ThemeDetector}'s weights):
   * a word of the thesaurus itself, as against a cue, a generic word or an everyday piece, which
   * the ask's few words give as easily to a theme the situation does not tell.
   */
  static final float LEADING = 1f;

  private AskSentence() {}

  /**
   * The text of the ask of a message of several sentences, from its first word to the end of its
   * sentence's punctuation; empty where the message is one sentence or asks in its first one.
   *
   * @param sentence per token, the number of its sentence ({@link QuestionCompiler#sentences})
   * @param marked per token, whether its sentence is put as a question ({@link QuestionCompiler#marked})
   * @param filler per token, whether it is a word of the question filler ({@link LanguagePack#filler})
   */
  static Optional<String> of(String text, List<Analysis.Token> tokens, int[] sentence, boolean[] marked,
      IntPredicate filler) {
    int n = tokens.size();
    if (n == 0 || sentence[n - 1] == 0) {
      return Optional.empty();
    }
    int ask = -1;
    for (int i = n - 1; i >= 0 && ask < 0; i--) {
      if (marked[i]) {
        ask = sentence[i];
      }
    }
    if (ask < 0) {
      for (int i = n - 1; i >= 0 && sentence[i] == sentence[n - 1] && ask < 0; i--) {
        if (filler.test(i)) {
          ask = sentence[i];
        }
      }
    }
    if (ask <= 0) {
      return Optional.empty();
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (sentence[i] == ask) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    int end = last + 1 < n ? tokens.get(last + 1).start() : text.length();
    int from = Math.min(text.length(), tokens.get(first).start());
    // an opening question mark ("¿") stands right before the sentence's first word
    if (from > 0 && text.charAt(from - 1) == '\u00bf') {
      from--;
    }
    return Optional.of(text.substring(from, Math.min(text.length(), Math.max(from, end))).strip());
  }

  /**
   * Whether the ask read alone ({@code alone}) names, with at least {@link #LEADING}, a theme the whole
   * message names too: such an ask is on topic by what it asks, whatever everyday words the situation
   * before it holds (a clinic's patients, a school's parents), which read alone may leave the whole
   * message silent. Not where a word that named the theme in the ask stands in the situation too
   * ({@link #toldBefore}): the situation told that thing already, and the whole message's reading of
   * it (a household's budget, a flat's owners' accounts) stands.
   */
  static boolean carries(Map<String, Float> whole, Question alone, List<String> surface) {
    return !toldBefore(surface, alone.surface(), alone.themeWords()) && carries(whole, alone.themes());
  }

  /**
   * Whether a word of {@code words} stands in the whole message's {@code surface} more often than in
   * the ask's: outside the ask, in the situation told before it.
   */
  static boolean toldBefore(List<String> surface, List<String> ask, Set<String> words) {
    for (String w : words) {
      if (java.util.Collections.frequency(surface, w) > java.util.Collections.frequency(ask, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code alone} names, with at least {@link #LEADING}, a theme {@code whole} names too. */
  static boolean carries(Map<String, Float> whole, Map<String, Float> alone) {
    for (Map.Entry<String, Float> e : alone.entrySet()) {
      if (e.getValue() >= LEADING && whole.containsKey(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The themes of the whole message, led by those its ask names ({@code alone}: the ask read alone),
   * each weighing at least {@link #LEADING} and named by the whole message too (a theme the ask names
   * only once it is cut from its situation is the ask misread without it): where a theme the whole message
   * weighs most (alone or tied) is not one of the ask's, each of the ask's themes weighs above every theme of the
   * whole (the heaviest of the whole plus its weight in the ask, so the ask's own order stays), while
   * the situation's other themes keep their weights below. Where the whole message's lead is already
   * the ask's alone, or the ask names none, the whole message's themes stand as they are.
   */
  static Map<String, Float> led(Map<String, Float> whole, Map<String, Float> alone) {
    Map<String, Float> ask = new LinkedHashMap<>();
    alone.forEach((theme, weight) -> {
      if (weight >= LEADING && whole.containsKey(theme)) {
        ask.put(theme, weight);
      }
    });
    Set<String> leaders = leaders(whole);
    if (ask.isEmpty() || ask.keySet().containsAll(leaders)) {
      return whole;
    }
    float top = whole.get(leaders.iterator().next());
    Map<String, Float> out = new LinkedHashMap<>(whole);
    ask.forEach((theme, weight) -> out.put(theme, top + weight));
    return out;
  }

  /**
   * The themes {@code whole} weighs most, alone or tied: the lead the ask may take ({@link #led}), and
   * whose kind decides which of the ask's themes may take it ({@link ThemeDetector#unframed}).
   */
  static Set<String> leaders(Map<String, Float> whole) {
    float top = Float.NEGATIVE_INFINITY;
    for (float w : whole.values()) {
      top = Math.max(top, w);
    }
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Float> e : whole.entrySet()) {
      if (e.getValue() == top) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
