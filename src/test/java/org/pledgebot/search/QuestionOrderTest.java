package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/**
 * The question's maps and sets, which the query is built by walking, iterate in one order fixed by
 * their keys whatever order they were filled in, so a question's clauses (and their scores' sums)
 * are the same in every run; and {@link QuestionCompiler#pairIn} reads a two-word phrase in place, {@link
 * QuestionCompiler#phraseAt} a phrase of words at a position, as a sub-list's equality would.
 */
class QuestionOrderTest {

  private static Question question(Map<Lang, Set<String>> terms, Map<String, Float> themes, Set<String> trailing,
      Set<String> acts, Set<String> words) {
    return new Question("q", Lang.EN, List.of("q"), new boolean[1], new boolean[1], new boolean[1], new int[1],
        new boolean[1], new boolean[1], List.of(), List.of(), List.of(), List.of(), terms, themes, trailing, acts, words, 0, false,
        false);
  }

  @Test
  void themesAndWordsIterateByIdWhateverOrderTheyCameIn() {
    Map<String, Float> themes = new LinkedHashMap<>();
    themes.put("open-data", 2f);
    themes.put("accountability", 2f);
    themes.put("fiscal-openness", 3f);
    Set<String> acts = new LinkedHashSet<>(List.of("public-services", "anti-corruption"));
    Set<String> words = new LinkedHashSet<>(List.of("data", "budget", "audit"));
    Question q = question(Map.of(), themes, Set.of("open-data", "accountability"), acts, words);
    assertEquals(List.of("accountability", "fiscal-openness", "open-data"), new ArrayList<>(q.themes().keySet()));
    assertEquals(List.of(2f, 3f, 2f), new ArrayList<>(q.themes().values()));
    assertEquals(List.of("accountability", "open-data"), new ArrayList<>(q.trailing()));
    assertEquals(List.of("anti-corruption", "public-services"), new ArrayList<>(q.actThemes()));
    assertEquals(List.of("audit", "budget", "data"), new ArrayList<>(q.themeWords()));
  }

  @Test
  void themeTermsIterateByLanguageAsDeclared() {
    Map<Lang, Set<String>> terms = new HashMap<>();
    terms.put(Lang.ES, Set.of("dat"));
    terms.put(Lang.EN, Set.of("data"));
    terms.put(Lang.FR, Set.of("don"));
    Question q = question(terms, Map.of(), Set.of(), Set.of(), Set.of());
    assertEquals(List.of(Lang.EN, Lang.FR, Lang.ES), new ArrayList<>(q.themeTerms().keySet()));
    assertTrue(question(Map.of(), Map.of(), Set.of(), Set.of(), Set.of()).themeTerms().isEmpty());
  }

  @Test
  void aPairIsReadAsOnePhraseOfTwoWordsOnly() {
    Set<String> spans = Set.of("months", "a year", "one year");
    assertTrue(QuestionCompiler.pairIn(spans, "a", "year"));
    assertTrue(QuestionCompiler.pairIn(spans, "one", "year"));
    assertFalse(QuestionCompiler.pairIn(spans, "a", "years"), "another word");
    assertFalse(QuestionCompiler.pairIn(spans, "this", "year"), "a date, not a span");
    assertFalse(QuestionCompiler.pairIn(spans, "year", "a"), "the words the other way round");
    assertFalse(QuestionCompiler.pairIn(spans, "", "months"), "a one-word phrase is no pair");
    assertFalse(QuestionCompiler.pairIn(spans, "a ye", "ar"), "the space in its place");
  }

  @Test
  void aPhraseIsReadAtItsPositionAsASubListWouldBe() {
    List<String> words = List.of("i", "work", "in", "the", "town", "hall");
    List<String> workingIn = List.of("work", "in");
    for (int from = -1; from <= words.size() + 1; from++) {
      boolean subList = from >= 0 && from + workingIn.size() <= words.size()
          && words.subList(from, from + workingIn.size()).equals(workingIn);
      assertEquals(subList, QuestionCompiler.phraseAt(words, from, workingIn), "at " + from);
    }
    assertTrue(QuestionCompiler.phraseAt(words, 1, workingIn));
    assertFalse(QuestionCompiler.phraseAt(words, 4, List.of("town", "hall", "clerk")), "runs past the end");
    assertFalse(QuestionCompiler.phraseAt(words, -1, List.of("i")), "before the start");
    assertTrue(QuestionCompiler.phraseAt(words, 6, List.of()), "an empty phrase is at every position");
  }
}
