package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.telegram.FakeBotApi;
import org.pledgebot.telegram.Updates;

/**
 * The whole bot as it is shipped, in a child JVM configured only by the four documented
 * variables, against the fake Bot API: two users subscribe to different themes, a new pledge file
 * is dropped into the corpus (temporary name, then rename), only the matching user is alerted,
 * SIGTERM exits 0 within 10 s, and after a restart the subscription is still there and no alert
 * repeats.
 */
@Timeout(120)
class BotProcessTest {

  static final String TOKEN = "424242:process-test-token";
  static final long FRENCH_USER = 101;
  static final long ENGLISH_USER = 102;

  @TempDir Path corpus;
  @TempDir Path data;
  @TempDir Path logs;

  @Test
  void subscribeAlertStopRestart() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("index/pledges"))) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    try (FakeBotApi api = FakeBotApi.start(TOKEN)) {
      Process bot = start(api, "first");
      try {
        api.enqueue(Updates.privateText(FRENCH_USER, "fr", "/abonner données ouvertes"));
        api.enqueue(Updates.privateText(ENGLISH_USER, "en", "/subscribe budget transparency"));
        assertTrue(awaitText(api, FRENCH_USER, "Abonnement enregistré : le domaine de contact <b>Données ouvertes</b>"));
        assertTrue(awaitText(api, ENGLISH_USER, "Subscribed to the contact area <b>Budget and spending transparency</b>"));

        api.enqueue(Updates.privateText(ENGLISH_USER, "en", "qui peut nous aider sur l'accès à l'information ?"));
        assertTrue(awaitText(api, ENGLISH_USER, "Pairs pour « qui peut nous aider sur l'accès à l'information ? »"));

        Path temp = corpus.resolve(".JP.json.part");
        Files.copy(Path.of("src/test/resources/pledges/JP.json"), temp);
        Files.move(temp, corpus.resolve("JP.json"), StandardCopyOption.ATOMIC_MOVE);
        assertTrue(awaitText(api, FRENCH_USER, "Nouvel engagement : Japon"), api.summary());
        api.enqueue(Updates.privateText(ENGLISH_USER, "en", "/country Japan"));
        assertTrue(awaitText(api, ENGLISH_USER, "<b>Japan</b> · country"), "searchable once indexed");
        assertEquals(0, texts(api, ENGLISH_USER).stream().filter(t -> t.contains("New pledge")).count(),
            "the budget subscriber is not alerted about an open-data pledge");

        stop(bot);
      } finally {
        bot.destroyForcibly();
      }

      Process again = start(api, "second");
      try {
        api.enqueue(Updates.privateText(FRENCH_USER, "fr", "/abonnements"));
        assertTrue(awaitText(api, FRENCH_USER, "Vous suivez :\n1. le domaine de contact <b>Données ouvertes</b>"));
        Thread.sleep(2_500);
        assertEquals(1, texts(api, FRENCH_USER).stream().filter(t -> t.contains("Nouvel engagement")).count(),
            "no alert is sent twice across a restart");
        stop(again);
      } finally {
        again.destroyForcibly();
      }
      String logged = Files.readString(logs.resolve("first.log")) + Files.readString(logs.resolve("second.log"));
      assertFalse(logged.contains(TOKEN.substring(7)), "the token never shows in the log");
    }
  }

  Process start(FakeBotApi api, String name) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName());
    builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    builder.environment().put("TELEGRAM_API_URL", api.url());
    builder.environment().put("PLEDGEBOT_CORPUS", corpus.toString());
    builder.environment().put("PLEDGEBOT_DATA", data.toString());
    builder.redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    int menusBefore = api.calls("setMyCommands").size();
    Process process = builder.start();
    api.awaitCalls("setMyCommands", c -> true, menusBefore + 1, Duration.ofSeconds(30));
    return process;
  }

  static void stop(Process process) throws InterruptedException {
    process.destroy();
    assertTrue(process.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
    assertEquals(0, process.exitValue());
  }

  static boolean awaitText(FakeBotApi api, long chat, String fragment) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (texts(api, chat).stream().anyMatch(t -> t.contains(fragment))) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  static List<String> texts(FakeBotApi api, long chat) {
    return api.calls("sendMessage").stream().filter(c -> Long.valueOf(chat).equals(c.chatId()))
        .map(FakeBotApi.Call::text).toList();
  }
}
