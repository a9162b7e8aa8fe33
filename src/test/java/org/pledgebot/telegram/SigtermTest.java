package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a running bot process: the answer in progress is sent, then the process exits 0
 * before a supervisor's usual 10 s grace period runs out.
 */
@Timeout(60)
class SigtermTest {

  @Test
  void sigtermFinishesTheAnswerInProgressAndExitsCleanly(@TempDir Path dir) throws Exception {
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
      try (BufferedReader out = new BufferedReader(new InputStreamReader(bot.getInputStream(), StandardCharsets.UTF_8));
          Writer in = new OutputStreamWriter(bot.getOutputStream(), StandardCharsets.UTF_8)) {
        assertEquals("READY", out.readLine());
        api.enqueue(Updates.privateText(1, "en", "slow"));
        assertEquals("HANDLING", out.readLine());

        bot.toHandle().destroy(); // SIGTERM; Process.destroy would also close our pipes to it
        assertEquals("STOPPING", out.readLine(), "the shutdown began while the answer was in progress");
        assertEquals(List.of(), api.calls("sendMessage"), "nothing sent yet");
        in.write("go\n"); // the handler may finish now
        in.flush();

        assertTrue(bot.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
        assertEquals(0, bot.exitValue(), Files.readString(log));
        assertEquals("echo: slow", api.awaitCall("sendMessage", c -> true, Duration.ofSeconds(1)).text(),
            "the answer in progress was sent before exit");
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
