package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pledgebot.corpus.Lang;
import org.pledgebot.search.RelevanceSet.Case;

/**
 * The regression set {@code relevance/questions.tsv}, asserted question by question, with no
 * slack: a theme question's first hits are exactly the pledgers of its themes (every pledger with
 * one of the expected themes, as many hits as there are such pledgers), a name question's first
 * hit is the pledger, an off-topic question gets no hit, and every answer is in the expected
 * language. Reading is shared with {@code bench.RelevanceReport} through {@link RelevanceScore},
 * which reports the means (nDCG@10 and the shares) on any set.
 */
class RelevanceTest {

  static final Path QUESTIONS = RelevanceScore.DIR.resolve("questions.tsv");

  private static RelevanceScore score;
  private static List<Case> cases;

  @BeforeAll
  static void setUp() throws IOException {
    score = RelevanceScore.shipped();
    cases = RelevanceSet.read(QUESTIONS);
  }

  @AfterAll
  static void tearDown() throws IOException {
    score.close();
  }

  private static List<String> ids(String question) {
    return score.ids(question);
  }

  private static Set<String> pledgersOf(List<String> themes) {
    return score.pledgersOf(themes);
  }

  @Test
  void setIsLargeAndMixed() {
    assertTrue(cases.size() >= 60, "at least 60 questions, got " + cases.size());
    for (Lang lang : Lang.values()) {
      assertTrue(cases.stream().filter(c -> c.lang() == lang).count() >= 40, "at least 40 questions in " + lang);
    }
  }

  /**
   * Each theme question lists exactly the pledgers of its themes first: the top k hits, k being
   * how many they are, are those pledgers (others may follow, below them).
   */
  @TestFactory
  Stream<DynamicTest> eachThemeQuestionListsItsThemesPledgersFirst() {
    return of("theme").map(c -> dynamicTest(c.line() + ": " + c.question(), () -> {
      Set<String> relevant = pledgersOf(c.expected());
      List<String> ranked = score.ids(c.question(), Math.max(10, relevant.size()));
      assertTrue(ranked.size() >= relevant.size(), c.question() + " -> " + ranked);
      assertEquals(relevant, Set.copyOf(ranked.subList(0, relevant.size())), c.question() + " -> " + ranked);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachNameQuestionPutsThePledgerFirst() {
    return of("name").map(c -> dynamicTest(c.line() + ": " + c.question(), () -> {
      List<String> ranked = ids(c.question());
      assertFalse(ranked.isEmpty(), c.question());
      assertEquals(c.expected().get(0), ranked.get(0), c.question() + " -> " + ranked);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachOffTopicQuestionGetsNoHit() {
    return of("offtopic").map(c -> dynamicTest(c.line() + ": " + c.question(),
        () -> assertEquals(List.of(), ids(c.question()), c.question())));
  }

  /**
   * Each answer is in the question's language, unless the question holds no evidence that tells
   * the two apart (the expected and the detected language score the same, and the detector breaks
   * ties by declaration order): a guess is not a wrong detection.
   */
  @TestFactory
  Stream<DynamicTest> eachAnswerIsInTheQuestionsLanguage() {
    return cases.stream().map(c -> dynamicTest(c.line() + ": " + c.question(), () -> {
      Lang got = score.lang(c.question());
      if (got != c.lang()) {
        var scores = score.languageScores(c.question());
        assertEquals(scores.get(c.lang()), scores.get(got),
            c.question() + ": " + got + " instead of " + c.lang() + " with evidence " + scores);
      }
    }));
  }

  private static Stream<Case> of(String kind) {
    return cases.stream().filter(c -> c.kind().equals(kind));
  }

  @Test
  void examplesFromTheIssue() {
    assertEquals(pledgersOf(List.of("access-to-information")),
        Set.copyOf(ids("who can help with access-to-information laws?")));
    assertEquals(Set.of("CA", "IE", "MD", "NL", "SK", "GB", "US", "web-foundation", "wg-open-data"),
        Set.copyOf(ids("qui peut nous aider sur les données ouvertes ?").subList(0, 9)));
    assertEquals("NO", ids("Norvège").get(0));
    assertEquals("oecd", ids("OCDE").get(0));
    assertEquals(Set.copyOf(ids("qui peut nous aider sur les données ouvertes ?").subList(0, 9)),
        Set.copyOf(ids("¿quién puede ayudarnos con los datos abiertos?").subList(0, 9)));
    assertEquals(pledgersOf(List.of("access-to-information")), Set.copyOf(ids("acceso a la información pública")));
    assertEquals(Lang.ES, score.lang("acceso a la información pública"));
  }
}
