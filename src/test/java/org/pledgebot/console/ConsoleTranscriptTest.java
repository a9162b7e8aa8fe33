package org.pledgebot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.chat.ChatAdmins;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.chat.MemoryListings;
import org.pledgebot.corpus.Lang;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.store.SqliteStore;
import org.pledgebot.testing.Shipped;

/**
 * Golden conversations: each file under {@code src/test/resources/transcripts} is what the
 * console prints when fed the lines marked {@code > }; the wording of replies is reviewed
 * like code. A file named {@code fr-*} talks as a user whose client is in French, {@code es-*} in
 * Spanish, any other in English.
 * Run with {@code -Dgolden.update=true} to rewrite the files after an intended change.
 */
class ConsoleTranscriptTest {

  static final Path DIR = Path.of("src/test/resources/transcripts");
  static PledgeSearch search;

  @BeforeAll
  static void index() {
    search = Shipped.index();
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @TempDir Path data;

  @TestFactory
  Stream<DynamicTest> transcripts() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }
  }

  /** Each transcript starts with an empty store, as a first-time user would. */
  void check(Path file) throws IOException {
    try (SqliteStore store = SqliteStore.open(data.resolve(file.getFileName() + ".db"))) {
      check(file, new ChatEngine(search, store, store, new MemoryListings(10_000), ChatAdmins.EVERYONE));
    }
  }

  static void check(Path file, ChatEngine engine) throws IOException {
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    String input = expected.lines().filter(l -> l.startsWith("> ")).map(l -> l.substring(2))
        .collect(Collectors.joining("\n", "", "\n"));
    String name = file.getFileName().toString();
    String language = Lang.parse(name.substring(0, name.indexOf('-'))).orElse(Lang.EN).code();
    StringWriter out = new StringWriter();
    new ConsoleChat(engine, new BufferedReader(new StringReader(input)), new PrintWriter(out),
        ConsoleChat.Mode.TRANSCRIPT, language).run();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, out.toString(), "transcript " + file);
  }
}
