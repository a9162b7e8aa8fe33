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
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.testing.Shipped;

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
  void helpListsEveryCommandAndACommandsHelpIsItsOwn() {
    Run help = run("--help");
    assertEquals(0, help.code());
    for (String command : List.of("bot", "search", "validate", "index", "add")) {
      assertTrue(help.out().contains("  " + command + " "), command + " in " + help.out());
    }
    Run search = run("search", "--help");
    assertEquals(0, search.code());
    assertTrue(search.out().startsWith("Usage: pledgebot search "), search.out());
    assertTrue(search.out().contains("--limit=N"), search.out());
    Run typo = run("serach", "open", "data");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("Unmatched arguments from index 0: 'serach'"), typo.err());
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
  void spanishIsDetectedOrAskedFor() throws Exception {
    JsonNode detected = run("search", "--json", "--limit", "3", "¿quién", "puede", "ayudarnos", "con", "los", "datos",
        "abiertos?").jsonLines().get(0);
    assertEquals("es", detected.get("lang").asText());
    assertEquals("Datos abiertos", detected.get("results").get(0).get("themes").get(0).get("label").asText());
    JsonNode asked = run("search", "--json", "--lang", "es", "--limit", "3", "open", "data").jsonLines().get(0);
    assertEquals("es", asked.get("lang").asText());
    assertEquals("Datos abiertos", asked.get("results").get(0).get("themes").get(0).get("label").asText());
    Run bad = run("search", "--lang", "de", "x");
    assertTrue(bad.err().contains("--lang must be one of en, fr, es, got \"de\""), bad.err());
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

  /** A question asked again in a batch (its line kept per answer) is answered alike, in its own place. */
  @Test
  void batchModeAnswersARepeatedQuestionWithItsOwnLineInItsPlace() throws Exception {
    List<String> asked = List.of("Norway", "OCDE", "Norway", "recette de la tarte aux pommes", "OCDE", "Norway");
    Run run = run(String.join("\n", asked) + "\n", Map.of(), "search");
    assertEquals(0, run.code(), run.err());
    List<String> lines = List.of(run.out().split("\n"));
    assertEquals(asked.size(), lines.size());
    for (int i = 0; i < asked.size(); i++) {
      assertEquals(asked.get(i), JSON.readTree(lines.get(i)).get("query").asText());
      assertEquals(lines.get(asked.indexOf(asked.get(i))), lines.get(i));
    }
    assertEquals("NO", JSON.readTree(lines.get(2)).get("results").get(0).get("id").asText());
    assertEquals("oecd", JSON.readTree(lines.get(4)).get("results").get(0).get("id").asText());
  }

  /**
   * An answer longer than the JSON generator's buffer (8,000 chars), handed over in several pieces,
   * is still one whole line, the same in a batch as asked alone.
   */
  @Test
  void aJsonLineLongerThanTheGeneratorsBufferIsWholeInABatch() throws Exception {
    String question = "anti-corruption, open data, budget transparency, civic participation, access to information";
    Run batch = run(question + "\nNorway\n", Map.of(), "search", "--limit", "100");
    assertEquals(0, batch.code(), batch.err());
    List<String> lines = List.of(batch.out().split("\n"));
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).length() > 8_000, "a line of " + lines.get(0).length() + " chars");
    assertTrue(JSON.readTree(lines.get(0)).get("results").size() > 20);
    assertEquals("NO", JSON.readTree(lines.get(1)).get("results").get(0).get("id").asText());
    Run alone = run("search", "--json", "--limit", "100", question);
    assertEquals(lines.get(0) + "\n", alone.out());
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
  void readableOutputSpeaksTheAnswerLanguage() {
    Run run = run("search", "--lang", "es", "Norway");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith(" 1. Noruega (NO, país)"), run.out());
    Run none = run("search", "--lang", "es", "zzzqqq");
    assertEquals("Ningún par corresponde a «zzzqqq».", none.out().strip());
    Run bad = run("search", "--lang", "de", "x");
    assertTrue(bad.err().contains("--lang must be one of en, fr, es, got \"de\""), bad.err());
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
  void addRefusesToReplaceAPledgerUnlessToldAndAppliesValidatesRules(@TempDir Path corpus) throws Exception {
    Shipped.copyCorpus(corpus);
    Map<String, String> env = Map.of("PLEDGEBOT_CORPUS", corpus.toString());
    String before = Files.readString(corpus.resolve("GB.json"));
    Path impostor = data.resolve("GB.json");
    Files.writeString(impostor, Shipped.json("GB", "country", "Not Britain", "open-data", "We replaced it."));

    Run refused = run("", env, "add", impostor.toString());
    assertEquals(1, refused.code(), refused.out());
    assertTrue(refused.err().contains("GB is already in the corpus") && refused.err().contains("--replace"),
        refused.err());
    assertEquals(before, Files.readString(corpus.resolve("GB.json")), "the United Kingdom is untouched");

    Run replaced = run("", env, "add", "--replace", impostor.toString());
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(replaced.out().startsWith("replaced GB"), replaced.out());

    Path misnamed = data.resolve("download.json");
    Files.writeString(misnamed, Shipped.json("new-org", "civil_society", "New Org", "open-data", "We pledge."));
    Run add = run("", env, "add", misnamed.toString());
    Run validate = run("validate", data.toString());
    String reason = "id \"new-org\" does not match the file name (expected \"download\")";
    assertEquals(1, add.code(), add.out());
    assertTrue(add.err().contains(reason), add.err());
    assertTrue(validate.err().contains(reason), validate.err());
    assertFalse(Files.exists(corpus.resolve("new-org.json")));
  }

  @Test
  void searchWorksBesideARunningBotAndIndexSaysTheBotHoldsTheIndex() throws Exception {
    Path indexDir = data.resolve("index");
    try (PledgeSearch running = PledgeSearch.open(indexDir, Shipped.thesaurus())) {
      Run search = run("search", "--json", "Norvège");
      assertEquals(0, search.code(), search.err());
      assertEquals("NO", search.jsonLines().get(0).get("results").get(0).get("id").asText());
      assertTrue(search.err().contains("in use by another process") && search.err().contains("in-memory"),
          search.err());
      assertEquals(1, search.err().strip().lines().count(), search.err());

      Run index = run("index");
      assertEquals(1, index.code(), index.out());
      assertEquals("", index.out());
      assertTrue(index.err().startsWith("pledgebot: the index " + indexDir + " is in use by another process"),
          index.err());
      assertTrue(index.err().contains("running bot keeps it in step"), index.err());
    }
  }

  @Test
  void anEmptyCorpusIsAClearWarningAndABadFileIsWarnedOnce(@TempDir Path corpus) throws Exception {
    Map<String, String> env = Map.of("PLEDGEBOT_CORPUS", corpus.toString());
    Captured empty = Captured.during(() -> run("", env, "search", "open data"));
    assertTrue(empty.stderr().contains("corpus " + corpus + " holds no pledge files"), empty.stderr());

    Files.copy(Path.of("index/pledges/NO.json"), corpus.resolve("NO.json"));
    Files.writeString(corpus.resolve("ZZ.json"), "{broken");
    Captured index = Captured.during(() -> run("", env, "index"));
    assertEquals(0, index.result().code(), index.result().err());
    assertEquals(1, index.stderr().split("ZZ.json", -1).length - 1, index.stderr());
  }

  @Test
  void searchWithNoQuestionAtATerminalSaysWhatItWaitsFor() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"search"}, Map.of("PLEDGEBOT_DATA", data.toString()),
        new ByteArrayInputStream("Norvège\n".getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err), true);
    assertEquals(0, code, err.toString());
    assertTrue(err.toString().startsWith("Type one question per line"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(out.toString().contains("\"NO\""), out.toString());
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

  /**
   * The console has no Telegram language_code: before /lang, a command it does not know is answered
   * in the language of the system locale (LC_ALL, then LC_MESSAGES, then LANG), as Telegram's
   * client language would be; a locale of no language of ours is English, a question's answer is
   * still in its own language.
   */
  @Test
  void theConsoleChatAnswersInTheLanguageOfTheSystemLocaleUntilLang() {
    Run french = run("/bidule\nqui peut nous aider sur les données ouvertes ?\n/lang es\n/bidule\n",
        Map.of("LANG", "fr_FR.UTF-8"), new String[0]);
    assertEquals(0, french.code(), french.err());
    String out = french.out();
    assertTrue(out.startsWith("Je ne connais pas la commande /bidule. /help liste ce que je comprends."), out);
    assertTrue(out.contains("Pairs pour « qui peut nous aider"), out);
    assertTrue(out.strip().endsWith("No conozco el comando /bidule. /ayuda muestra lo que entiendo."), out);

    // each in a data folder of its own: the /lang above is remembered in the first
    Run messages = run("/bidule\n", Map.of("LANG", "fr_FR.UTF-8", "LC_MESSAGES", "es_ES.UTF-8",
        "PLEDGEBOT_DATA", data.resolve("messages").toString()), new String[0]);
    assertTrue(messages.out().startsWith("No conozco el comando /bidule."), messages.out());
    Run all = run("/bidule\n", Map.of("LC_ALL", "C.UTF-8", "LANG", "fr_FR.UTF-8",
        "PLEDGEBOT_DATA", data.resolve("all").toString()), new String[0]);
    assertTrue(all.out().startsWith("I don't know the command /bidule."), all.out());
  }

  /**
   * Every way the bot can fail to start with a token set: the token must appear in no exit
   * message, no stdout and no log line (slf4j-simple logs to System.err, captured here).
   */
  @Test
  void theTokenNeverPrints() throws Exception {
    String secret = "SECRET-token-value";
    String token = "123456:" + secret;
    try (FakeBotApi otherBot = FakeBotApi.start("999:someone-else");
        FakeBotApi notFound = FakeBotApi.start(token);
        LoopbackServer echoes404 = new LoopbackServer(404, "text/html");
        LoopbackServer garbage = new LoopbackServer(200, "application/json")) {
      notFound.addPolicy(call -> FakeBotApi.Answer.error(404, "Not Found", null));
      int closedPort = closedPort();
      Map<String, Map<String, String>> cases = new java.util.LinkedHashMap<>();
      cases.put("a token of the wrong format", Map.of("TELEGRAM_BOT_TOKEN", secret, "TELEGRAM_API_URL", otherBot.url()));
      cases.put("401 for the token", Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", otherBot.url()));
      cases.put("404 from the Bot API", Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", notFound.url()));
      cases.put("404 page quoting the path", Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", echoes404.url()));
      cases.put("not JSON, quoting the path", Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", garbage.url()));
      cases.put("nothing listening", Map.of("TELEGRAM_BOT_TOKEN", token,
          "TELEGRAM_API_URL", "http://127.0.0.1:" + closedPort));
      cases.put("not a URL", Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_API_URL", "not a url"));
      cases.put("the token pasted into the URL", Map.of("TELEGRAM_BOT_TOKEN", token,
          "TELEGRAM_API_URL", "https://api.telegram.org/bot" + token + "/"));
      cases.put("the token pasted into the URL, no scheme", Map.of("TELEGRAM_BOT_TOKEN", token,
          "TELEGRAM_API_URL", "api.telegram.org/bot" + token));
      cases.put("a data directory that is a file", Map.of("TELEGRAM_BOT_TOKEN", token,
          "PLEDGEBOT_DATA", Files.writeString(data.resolve("not-a-dir"), "x").toString()));

      for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
        Captured printed = Captured.during(() -> run("", c.getValue(), "bot"));
        Run run = printed.result();
        String all = run.out() + run.err() + printed.stdout() + printed.stderr();
        assertEquals(1, run.code(), c.getKey() + ": " + run.err());
        assertTrue(run.err().startsWith("pledgebot: "), c.getKey() + ": " + run.err());
        assertFalse(all.contains(secret), c.getKey() + " printed the token:\n" + all);
      }
      assertTrue(echoes404.requests() > 0 && garbage.requests() > 0, "the servers were asked");
    }
  }

  private static int closedPort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A loopback HTTP server that answers every request with one status and a body quoting the path. */
  static final class LoopbackServer implements AutoCloseable {
    private final com.sun.net.httpserver.HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    LoopbackServer(int status, String type) throws java.io.IOException {
      server = com.sun.net.httpserver.HttpServer.create(
          new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 8);
      server.createContext("/", exchange -> {
        requests.incrementAndGet();
        byte[] body = ("<html>no such page: " + exchange.getRequestURI() + "</html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
      return requests.get();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** What went to System.out and System.err (where the log goes) while {@code action} ran, still shown. */
  record Captured(Run result, String stdout, String stderr) {
    static Captured during(java.util.concurrent.Callable<Run> action) throws Exception {
      java.io.PrintStream out = System.out;
      java.io.PrintStream err = System.err;
      java.io.ByteArrayOutputStream outBytes = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream errBytes = new java.io.ByteArrayOutputStream();
      System.setOut(new java.io.PrintStream(tee(out, outBytes), true, StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(tee(err, errBytes), true, StandardCharsets.UTF_8));
      try {
        var runner = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
          // a bot that started after all would serve forever: fail instead of hanging
          Run run = runner.submit(action).get(60, java.util.concurrent.TimeUnit.SECONDS);
          return new Captured(run, text(outBytes), text(errBytes));
        } finally {
          runner.shutdownNow();
        }
      } finally {
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
      }
    }

    private static java.io.OutputStream tee(java.io.OutputStream shown, java.io.ByteArrayOutputStream kept) {
      return new java.io.OutputStream() {
        @Override
        public void write(int b) {
          synchronized (kept) {
            kept.write(b);
          }
          try {
            shown.write(b);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) {
          synchronized (kept) {
            kept.write(b, off, len);
          }
          try {
            shown.write(b, off, len);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      };
    }

    private static String text(java.io.ByteArrayOutputStream bytes) {
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
