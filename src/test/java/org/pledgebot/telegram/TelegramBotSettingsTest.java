package org.pledgebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pledgebot.base.Backoff;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Configuration, backoff arithmetic and redaction, without a network. */
class TelegramBotSettingsTest {

  @Test
  void apiUrlsBecomeTelegramUrls() {
    assertEquals(new TelegramUrl("https", "api.telegram.org", 443, false), TelegramBot.telegramUrl("https://api.telegram.org"));
    assertEquals(new TelegramUrl("http", "127.0.0.1", 8081, false), TelegramBot.telegramUrl("http://127.0.0.1:8081/"));
    assertEquals(new TelegramUrl("http", "localhost", 80, false), TelegramBot.telegramUrl("http://localhost"));
    assertThrows(IllegalArgumentException.class, () -> TelegramBot.telegramUrl("ftp://example.org"));
    assertThrows(IllegalArgumentException.class, () -> TelegramBot.telegramUrl("http://example.org/proxy"));
    assertThrows(IllegalArgumentException.class, () -> TelegramBot.telegramUrl("not a url"));
  }

  @Test
  void aBadApiUrlIsNamedWithoutItsPathWhereAPastedTokenWouldBe() {
    for (String url : new String[] {"https://api.telegram.org/bot1:SECRET/", "api.telegram.org/bot1:SECRET",
        "http://host/x?token=1:SECRET", "ht tp://host/bot1:SECRET"}) {
      String message = assertThrows(IllegalArgumentException.class, () -> TelegramBot.telegramUrl(url)).getMessage();
      assertFalse(message.contains("SECRET"), message);
      assertTrue(message.contains("host") || message.contains("api.telegram.org"), message);
    }
  }

  @Test
  void backoffDoublesUpToItsCap() {
    RetryPolicy policy =
        new RetryPolicy(5, Backoff.doubling(Duration.ofMillis(500), Duration.ofSeconds(3)), Duration.ofSeconds(60));
    assertEquals(Duration.ofMillis(500), policy.delay(1));
    assertEquals(Duration.ofMillis(1000), policy.delay(2));
    assertEquals(Duration.ofMillis(2000), policy.delay(3));
    assertEquals(Duration.ofSeconds(3), policy.delay(4));
    assertEquals(Duration.ofSeconds(3), policy.delay(400));
  }

  @Test
  void theRedactorMasksPlainAndEncodedTokens() {
    Redactor redactor = new Redactor("123:AB/c");
    assertEquals("GET /bot<redacted>/getMe", redactor.redact("GET /bot123:AB/c/getMe"));
    assertEquals("path /bot<redacted>/getMe", redactor.redact("path /bot123%3AAB%2Fc/getMe"));
    Exception e = new IllegalStateException("at /bot123:AB/c", new java.io.IOException("to 123:AB/c"));
    String described = redactor.describe(e);
    assertFalse(described.contains("123:AB"), described);
    Redactor.RedactedException scrubbed = redactor.scrub(e);
    assertFalse(scrubbed.getMessage().contains("123:AB") || scrubbed.getCause().getMessage().contains("123:AB"));
    assertEquals(e.getStackTrace().length, scrubbed.getStackTrace().length);
  }
}
