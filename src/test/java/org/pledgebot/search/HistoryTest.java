package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.testing.Shipped;

/**
 * An answer is a function of the question and the index alone, never of the questions answered
 * before: the memos of search (words' stems, typo neighbours, names' votes, languages' letters,
 * theme groups, term scores) keep values worked out from their key alone, so asking the same
 * questions in another order must give every question the same answer, to the score and the
 * snippet. Two real indexes of the shipped corpus, one asked forwards, the other in reverse and
 * then shuffled; each answer is also asked again, bypassing the answer cache, once all the others
 * have been read.
 */
class HistoryTest {

  /** The regression set's questions, plus slips, names and mixed languages that fill the memos. */
  private static List<String> questions() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String line : Files.readAllLines(RelevanceTest.QUESTIONS)) {
      String[] row = line.split("\t");
      if (!line.startsWith("#") && row.length > 2) {
        out.add(row[2]);
      }
    }
    out.addAll(List.of(
        "¿hay ley de ahorross a nivel local?",
        "est-ce que la loi de nances existe au niveau local ?",
        "opne budget in colmbia",
        "transparensia en sud africa",
        "les finances publiques guatémaltèques",
        "who in the worldbank works on opendata working group",
        "la reforma de la ley de aguas",
        "el presupuesto de cada escuela",
        "registry of lobbyists",
        "datos abiertos y contratación pública en Costa Rica"));
    return new ArrayList<>(out);
  }

  /** What a user sees of an answer: language, breadth and each hit's pledge, score and snippet. */
  private static String seen(SearchResponse r) {
    StringBuilder out = new StringBuilder(r.lang() + " broad=" + r.broad());
    for (Hit h : r.hits()) {
      out.append(" | ").append(h.pledge().id()).append(' ').append(h.score()).append(' ').append(h.snippet());
    }
    return out.toString();
  }

  private static List<String> answers(PledgeSearch search, List<String> asked, List<String> reported) {
    for (String q : asked) {
      search.search(SearchRequest.of(q));
    }
    List<String> out = new ArrayList<>();
    for (String q : reported) {
      out.add(seen(search.searchAfresh(SearchRequest.of(q))));
    }
    return out;
  }

  @Test
  void theSameQuestionsInAnotherOrderGetTheSameAnswers() throws IOException {
    List<String> questions = questions();
    List<String> forwards = new ArrayList<>();
    List<String> first = new ArrayList<>();
    try (PledgeSearch search = Shipped.index()) {
      // each question's answer as the first thing ever asked after the ones before it
      for (String q : questions) {
        first.add(seen(search.search(SearchRequest.of(q))));
      }
      forwards.addAll(answers(search, List.of(), questions));
    }
    List<String> reversed = new ArrayList<>(questions);
    Collections.reverse(reversed);
    List<String> shuffled = new ArrayList<>(questions);
    Collections.shuffle(shuffled, new Random(18));
    List<String> other;
    try (PledgeSearch search = Shipped.index()) {
      List<String> asked = new ArrayList<>(reversed);
      asked.addAll(shuffled);
      other = answers(search, asked, questions);
    }
    for (int i = 0; i < questions.size(); i++) {
      assertEquals(first.get(i), forwards.get(i), "asked again after all the others: " + questions.get(i));
      assertEquals(first.get(i), other.get(i), "asked in reverse: " + questions.get(i));
    }
  }

  @Test
  void aQuestionAskedAloneGetsTheAnswerItGetsAfterOthers() throws IOException {
    String slip = "¿hay ley de ahorross a nivel local?";
    String alone;
    try (PledgeSearch search = Shipped.index()) {
      alone = seen(search.search(SearchRequest.of(slip)));
    }
    try (PledgeSearch search = Shipped.index()) {
      assertEquals(alone, answers(search, questions(), List.of(slip)).get(0));
    }
  }
}
