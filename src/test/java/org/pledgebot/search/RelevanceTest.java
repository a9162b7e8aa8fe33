package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.search.RelevanceScore.Case;

/**
 * Scores search against {@code relevance/questions.tsv}: nDCG@10 over theme questions (every
 * pledger of the expected themes is relevant), top-1 accuracy over pledger-name questions, and
 * the share of off-topic questions that get no hit at all. Reading and scoring are shared with
 * {@code bench.RelevanceReport} through {@link RelevanceScore}.
 */
class RelevanceTest {

  static final Path QUESTIONS = RelevanceScore.DIR.resolve("questions.tsv");

  private static RelevanceScore score;
  private static List<Case> cases;

  @BeforeAll
  static void setUp() throws IOException {
    score = RelevanceScore.shipped();
    cases = RelevanceScore.read(QUESTIONS);
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

  static double ndcgAt10(List<String> ranked, Set<String> relevant) {
    return RelevanceScore.ndcgAt10(ranked, relevant);
  }

  @Test
  void setIsLargeAndMixed() {
    assertTrue(cases.size() >= 60, "at least 60 questions, got " + cases.size());
    for (Lang lang : Lang.values()) {
      assertTrue(cases.stream().filter(c -> c.lang() == lang).count() >= 40, "at least 40 questions in " + lang);
    }
  }

  @Test
  void themeQuestionsRankTheThemesPledgersFirst() {
    double sum = 0;
    int n = 0;
    for (Case c : cases) {
      if (c.kind().equals("theme")) {
        List<String> ranked = ids(c.question());
        double ndcg = ndcgAt10(ranked, pledgersOf(c.expected()));
        if (ndcg < 0.85) {
          System.out.printf("  low nDCG %.2f  %s -> %s%n", ndcg, c.question(), ranked);
        }
        sum += ndcg;
        n++;
      }
    }
    double mean = sum / n;
    System.out.printf("relevance: nDCG@10 over %d theme questions = %.3f%n", n, mean);
    assertTrue(mean >= 0.85, "nDCG@10 " + mean);
  }

  @Test
  void nameQuestionsPutThePledgerFirst() {
    int right = 0;
    int n = 0;
    for (Case c : cases) {
      if (c.kind().equals("name")) {
        List<String> ranked = ids(c.question());
        boolean ok = !ranked.isEmpty() && ranked.get(0).equals(c.expected().get(0));
        if (!ok) {
          System.out.printf("  wrong top-1  %s -> %s (expected %s)%n", c.question(), ranked, c.expected());
        }
        right += ok ? 1 : 0;
        n++;
      }
    }
    double accuracy = (double) right / n;
    System.out.printf("relevance: top-1 accuracy over %d name questions = %.3f%n", n, accuracy);
    assertTrue(accuracy >= 0.95, "top-1 accuracy " + accuracy);
  }

  @Test
  void offTopicQuestionsGetNoHits() {
    int empty = 0;
    int n = 0;
    for (Case c : cases) {
      if (c.kind().equals("offtopic")) {
        List<String> ranked = ids(c.question());
        if (!ranked.isEmpty()) {
          System.out.printf("  off-topic with hits  %s -> %s%n", c.question(), ranked);
        }
        empty += ranked.isEmpty() ? 1 : 0;
        n++;
      }
    }
    System.out.printf("relevance: off-topic with zero hits %d/%d%n", empty, n);
    assertEquals(n, empty);
  }

  @Test
  void answerLanguageIsDetected() {
    int right = 0;
    for (Case c : cases) {
      Lang got = score.lang(c.question());
      if (got != c.lang()) {
        System.out.printf("  language %s, expected %s: %s%n", got, c.lang(), c.question());
      }
      right += got == c.lang() ? 1 : 0;
    }
    System.out.printf("relevance: answer language right %d/%d%n", right, cases.size());
    assertTrue(right >= cases.size() * 0.95, "language right " + right + "/" + cases.size());
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
