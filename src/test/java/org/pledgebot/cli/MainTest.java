package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process against the shipped corpus and a data directory in a temp dir. */
class MainTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;

  record Run(int code, String out, String err) {
    List<JsonNode> jsonLines() throws Exception {
      List<JsonNode> nodes = new java.util.ArrayList<>();
      for (String line : out.split("\n")) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    }
  }

  Run run(String stdin, Map<String, String> extraEnv, String... args) {
    Map<String, String> env = new HashMap<>(Map.of("PLEDGEBOT_DATA", data.toString()));
    env.putAll(extraEnv);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  Run run(String... args) {
    return run("", Map.of(), args);
  }

  @Test
  void searchJsonHasTheDocumentedShape() throws Exception {
    Run run = run("search", "--json", "who", "can", "help", "with", "access-to-information", "laws?");
    assertEquals(0, run.code(), run.err());
    JsonNode answer = run.jsonLines().get(0);
    assertEquals("who can help with access-to-information laws?", answer.get("query").asText());
    assertEquals("en", answer.get("lang").asText());
    JsonNode first = answer.get("results").get(0);
    for (String field : List.of("id", "kind", "name", "themes", "snippet", "url", "score")) {
      assertTrue(first.has(field), field + " in " + first);
    }
    assertEquals("access-to-information", first.get("themes").get(0).get("id").asText());
    assertEquals("Access to information", first.get("themes").get(0).get("label").asText());
    assertTrue(first.get("score").isNumber());
  }

  @Test
  void langOptionOverridesDetectionAndLimitCaps() throws Exception {
    Run run = run("search", "--json", "--lang", "fr", "--limit", "3", "open", "data");
    JsonNode answer = run.jsonLines().get(0);
    assertEquals("fr", answer.get("lang").asText());
    assertEquals(3, answer.get("results").size());
    assertEquals("Données ouvertes", answer.get("results").get(0).get("themes").get(0).get("label").asText());
  }

  @Test
  void batchModeAnswersEachLineInOrder() throws Exception {
    String questions = "Norvège\n\nOCDE\nrecette de la tarte aux pommes\nAND ( \" ~ * : [\nbudget transparency\n";
    Run run = run(questions, Map.of(), "search");
    assertEquals(0, run.code(), run.err());
    List<JsonNode> lines = run.jsonLines();
    assertEquals(6, lines.size());
    assertEquals("NO", lines.get(0).get("results").get(0).get("id").asText());
    assertEquals(0, lines.get(1).get("results").size());
    assertEquals("oecd", lines.get(2).get("results").get(0).get("id").asText());
    assertEquals(0, lines.get(3).get("results").size());
    assertEquals("AND ( \" ~ * : [", lines.get(4).get("query").asText());
    assertEquals("budget transparency", lines.get(5).get("query").asText());
  }

  @Test
  void batchModeKeepsTheOrderOfThousandsOfQuestionsAnsweredInParallel() throws Exception {
    List<String> asked = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      asked.add(i % 3 == 0 ? "Norway " + i : i % 3 == 1 ? "OCDE " + i : "open data " + i);
    }
    Run run = run(String.join("\n", asked) + "\n", Map.of(), "search");
    assertEquals(0, run.code(), run.err());
    List<JsonNode> lines = run.jsonLines();
    assertEquals(asked, lines.stream().map(l -> l.get("query").asText()).toList());
  }

  /** A program that writes one question and waits gets its answer before it writes the next. */
  @Test
  void batchModeAnswersEachQuestionBeforeTheNextArrives() throws Exception {
    java.io.PipedOutputStream questions = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(questions);
    java.io.PipedInputStream answers = new java.io.PipedInputStream(1 << 16);
    PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(
        new java.io.PipedOutputStream(answers), StandardCharsets.UTF_8));
    Map<String, String> env = Map.of("PLEDGEBOT_DATA", data.toString());
    // Own threads: the common pool may have a single one on a small machine.
    var threads = java.util.concurrent.Executors.newCachedThreadPool();
    var main = threads.submit(
        () -> Main.run(new String[] {"search"}, env, stdin, stdout, new PrintWriter(new StringWriter())));
    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(answers, StandardCharsets.UTF_8));
    for (String question : List.of("Norvège", "OCDE")) {
      questions.write((question + "\n").getBytes(StandardCharsets.UTF_8));
      questions.flush();
      String line = threads.submit(reader::readLine).get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(question, JSON.readTree(line).get("query").asText());
    }
    questions.close();
    assertEquals(0, main.get(30, java.util.concurrent.TimeUnit.SECONDS));
    threads.shutdownNow();
  }

  @Test
  void readableOutputNamesThePledgers() {
    Run run = run("search", "Norway");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith(" 1. Norway (NO, country)"), run.out());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    for (String[] args : List.of(new String[] {"search", "--lang", "de", "x"}, new String[] {"search", "--limit", "0", "x"},
        new String[] {"search", " "}, new String[] {"frobnicate"}, new String[] {"search", "--nope"})) {
      Run run = run(args);
      assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertTrue(run.err().startsWith("pledgebot: "), run.err());
    }
  }

  @Test
  void validateNamesEachBadFileAndExitsOne(@TempDir Path corpus) throws Exception {
    Files.copy(Path.of("index/pledges/NO.json"), corpus.resolve("NO.json"));
    Files.writeString(corpus.resolve("XX.json"), "{\"id\": \"XX\", \"kind\": \"planet\"}");
    Files.writeString(corpus.resolve("YY.json"), "{oops");
    Run run = run("validate", corpus.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("XX.json: unknown kind \"planet\""), run.err());
    assertTrue(run.err().contains("YY.json: invalid JSON at line 1, column 2"), run.err());
    assertTrue(run.out().contains("1 valid, 2 invalid"), run.out());
    assertEquals(0, run("validate").code(), "the shipped corpus is valid");
  }

  @Test
  void indexReportsItsSizeAndSearchSkipsBadFiles(@TempDir Path corpus) throws Exception {
    Files.copy(Path.of("index/pledges/NO.json"), corpus.resolve("NO.json"));
    Files.copy(Path.of("index/pledges/HU.json"), corpus.resolve("HU.json"));
    Files.writeString(corpus.resolve("ZZ.json"), "{broken");
    Map<String, String> env = Map.of("PLEDGEBOT_CORPUS", corpus.toString());
    Run index = run("", env, "index");
    assertEquals(0, index.code(), index.err());
    assertTrue(index.out().startsWith("index holds 2 pledges"), index.out());
    Run search = run("", env, "search", "--json", "revolving door");
    assertEquals(0, search.code());
    assertEquals(2, search.jsonLines().get(0).get("results").size());
    Files.delete(corpus.resolve("HU.json"));
    assertTrue(run("", env, "index").out().startsWith("index holds 1 pledge "), "a removed file leaves the index");
  }

  @Test
  void consoleChatAnswersPipedQuestionsAndExitsZero() {
    Run run = run("who can help with open data?\n/lang fr\n", Map.of(), new String[0]);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("Peers for “who can help with open data?”"), run.out());
    assertTrue(run.out().contains("Désormais, je réponds en français."), run.out());
    assertTrue(run.err().contains("console chat"), run.err());
  }

  @Test
  void theTokenNeverPrints() {
    String token = "123456:SECRET-token-value";
    Run run = run("", Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", "not a url"), "bot");
    assertEquals(1, run.code());
    assertFalse(run.out().contains("SECRET") || run.err().contains("SECRET"), run.err());
  }
}
