package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to a running bot process: the answer in progress is sent, then the process exits 0 in time. */
@Timeout(60)
class SigtermTest {

  @Test
  void sigtermFinishesTheAnswerInProgressAndExitsWithinTenSeconds(@TempDir Path dir) throws Exception {
    try (FakeBotApi api = FakeBotApi.start(TelegramBotTest.TOKEN)) {
      Path log = dir.resolve("bot.log");
      ProcessBuilder builder = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          SigtermMain.class.getName());
      builder.environment().put("TELEGRAM_BOT_TOKEN", TelegramBotTest.TOKEN);
      builder.environment().put("TELEGRAM_API_URL", api.url());
      builder.redirectError(log.toFile());
      Process bot = builder.start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8))) {
        assertEquals("READY", out.readLine());
        api.enqueue(Updates.privateText(1, "en", "slow"));
        assertEquals("HANDLING", out.readLine());

        long begin = System.nanoTime();
        bot.destroy(); // SIGTERM
        assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
        long tookMs = (System.nanoTime() - begin) / 1_000_000;

        assertEquals(0, bot.exitValue(), Files.readString(log));
        assertEquals("echo: slow", api.awaitCall("sendMessage", c -> true, Duration.ofSeconds(1)).text(),
            "the answer in progress was sent before exit");
        assertTrue(tookMs < 10_000, "took " + tookMs + " ms");
        String logged = Files.readString(log);
        assertTrue(logged.contains("stopped in"), logged);
        assertFalse(logged.contains(TelegramBotTest.TOKEN), logged);
        assertFalse(logged.contains(" ERROR "), logged);
      } finally {
        bot.destroyForcibly();
      }
    }
  }

}
