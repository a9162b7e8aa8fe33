package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run from a folder that is not the repository, in a child JVM, as a user who
 * downloaded the jar would: the shipped corpus comes from inside the jar (or the classes folder),
 * and a failed start leaves nothing behind.
 */
@Timeout(120)
class ElsewhereTest {

  @TempDir Path elsewhere;

  record Ran(int code, String out, String err) {}

  Ran run(String classpath, Map<String, String> env, String... args) throws Exception {
    return withInput("", classpath, env, args);
  }

  Ran withInput(String stdin, String classpath, Map<String, String> env, String... args) throws Exception {
    return launch(stdin, List.of("-cp", classpath, Main.class.getName()), env, args);
  }

  /** Runs {@code java JVM ARGS} here, with {@code env} for the variables of ours, and {@code stdin} as its input. */
  Ran launch(String stdin, List<String> jvm, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("PLEDGEBOT_") || k.startsWith("TELEGRAM_"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile("elsewhere", ".out");
    Path err = Files.createTempFile("elsewhere", ".err");
    Path in = Files.writeString(Files.createTempFile("elsewhere", ".in"), stdin);
    Process process = builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(90, TimeUnit.SECONDS), "finished");
    Ran ran = new Ran(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(in);
    Files.delete(out);
    Files.delete(err);
    return ran;
  }

  static String classpath() {
    return System.getProperty("java.class.path");
  }

  /** The classpath with target/classes replaced by a jar of it, as the shipped jar holds it. */
  String jarClasspath() throws IOException {
    Path classes = Path.of("target/classes").toAbsolutePath();
    Path jar = Files.createTempDirectory("elsewhere-jar").resolve("pledgebot.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
        try (var in = Files.newInputStream(file)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return Stream.concat(Stream.of(jar.toString()), Arrays.stream(classpath().split(File.pathSeparator))
        .filter(e -> !Path.of(e).toAbsolutePath().equals(classes)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * A jar holding only a manifest whose class path is this JVM's: a short command line, as {@code
   * java -jar pledgebot.jar} is (the JDK reads no arguments of a process whose command line is
   * longer than a page, and {@code search} then runs in one JVM).
   */
  Path pathingJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(classpath().split(File.pathSeparator))
        .map(e -> Path.of(e).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
    Path jar = Files.createTempDirectory("elsewhere-path").resolve("path.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      // the manifest alone
    }
    return jar;
  }

  @Test
  void searchFromAnotherFolderReadsTheEmbeddedCorpus() throws Exception {
    for (String classpath : List.of(classpath(), jarClasspath())) {
      Ran ran = run(classpath, Map.of(), "search", "--json", "Norvège");
      assertEquals(0, ran.code(), ran.err());
      JsonNode answer = new ObjectMapper().readTree(ran.out());
      assertEquals("NO", answer.get("results").get(0).get("id").asText(), ran.out());
      try (Stream<Path> left = Files.walk(elsewhere)) {
        assertTrue(left.anyMatch(p -> p.endsWith(Path.of("var", "index"))), "the index is where the data goes");
      }
    }
  }

  @Test
  void aFailedStartLeavesNothingBehind() throws Exception {
    Ran bad = run(classpath(), Map.of("PLEDGEBOT_RATE_CHAT", "0"), "search", "open", "data");
    assertEquals(1, bad.code(), bad.err());
    Ran missing = run(classpath(), Map.of("PLEDGEBOT_CORPUS", "no/such/folder"), "search", "open", "data");
    assertEquals(1, missing.code(), missing.err());
    assertTrue(missing.err().contains("no/such/folder"), missing.err());
    try (Stream<Path> left = Files.list(elsewhere)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /**
   * {@code search}'s second JVM is handed the settings a search reads and nothing secret: neither a
   * database URL carrying a password in the settings file, nor the token, the webhook secret or
   * the database password of the first JVM's environment, which it goes without; it answers as a
   * search that never had any of them.
   */
  @Test
  void searchsSecondJvmIsHandedNoSecret() throws Exception {
    Path file = Files.createDirectories(elsewhere.resolve("config")).resolve("pledgebot.properties");
    Files.writeString(file, "database.url=jdbc:postgresql://db.internal:5432/pledgebot?password=fileSecret1\n"
        + "database.user=botUser2\nwebhook.url=https://bot.example.org/telegram\n");
    Map<String, String> env = Map.of("PLEDGEBOT_DATA", elsewhere.resolve("data").toString(),
        "TELEGRAM_BOT_TOKEN", "123:tokenSecret3", "PLEDGEBOT_WEBHOOK_SECRET", "hookSecret4",
        "PLEDGEBOT_DATABASE_PASSWORD", "dbSecret5");
    Path seen = Files.createTempFile("second-jvm", ".env");
    String questions = "Norvège\nwho can help with open data?\nqui peut aider sur la transparence budgétaire ?\n";
    try {
      Ran handed = launch(questions, List.of("-D" + EnvironmentRun.FILE + "=" + seen, "-cp", pathingJar().toString(),
          EnvironmentRun.class.getName()), env, "search", "--json");
      assertEquals(0, handed.code(), handed.err());
      String environment = Files.readString(seen);
      assertTrue(environment.contains(ShortRun.SETTINGS + "="), "a second JVM ran, handed the settings: " + environment);
      for (String secret : List.of("fileSecret1", "botUser2", "db.internal", "tokenSecret3", "hookSecret4", "dbSecret5")) {
        assertFalse(environment.contains(secret), secret + " in the second JVM's environment");
      }
      Files.delete(file);
      Ran plain = withInput(questions, classpath(), Map.of("PLEDGEBOT_DATA", elsewhere.resolve("data").toString()),
          "search", "--json");
      assertEquals(0, plain.code(), plain.err());
      assertEquals(3, plain.out().lines().count(), plain.out());
      assertEquals(plain.out(), handed.out());
    } finally {
      Files.deleteIfExists(seen);
    }
  }

  @Test
  void theConsoleChatKeepsLogLinesOutOfTheConversation() throws Exception {
    Ran chat = withInput("who can help with open data?\n", classpath(),
        Map.of("PLEDGEBOT_DATA", elsewhere.resolve("data").toString()));
    assertEquals(0, chat.code(), chat.err());
    assertTrue(chat.out().startsWith("Peers for “who can help with open data?”"), chat.out());
    assertEquals(List.of("No TELEGRAM_BOT_TOKEN set: running the console chat. Ask a question, /help for commands, Ctrl-D to leave."),
        chat.err().lines().toList(), "nothing but the greeting on stderr");
  }
}
