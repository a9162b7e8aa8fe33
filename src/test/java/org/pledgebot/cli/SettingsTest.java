package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

  /** What the command line reads to turn Telegram on (was TelegramBot.fromEnvironment, which nothing used). */
  @Test
  void theTokenVariableTurnsTelegramOnAndTheUrlVariablePointsIt() throws Exception {
    assertTrue(Settings.load(Map.of()).token().isEmpty());
    assertTrue(Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "  ")).token().isEmpty());
    Settings settings =
        Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "TELEGRAM_API_URL", "http://127.0.0.1:8081"));
    assertEquals(Optional.of("1:abc"), settings.token());
    assertEquals(URI.create("http://127.0.0.1:8081"), settings.apiUrl());
  }

  @Test
  void theBotApiUrlIsAServerWithoutItsTrailingSlash() throws Exception {
    assertEquals(URI.create("http://127.0.0.1:8081"),
        Settings.load(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081/")).apiUrl());
  }

  @Test
  void aBotApiUrlTheBotWouldRefuseIsASettingsErrorNamingTheSettingAndTheValue() {
    SettingsException path = assertThrows(SettingsException.class,
        () -> Settings.load(Map.of("TELEGRAM_API_URL", "http://example.org/proxy")));
    assertEquals("setting telegram.api.url (TELEGRAM_API_URL) \"http://example.org/…\" must be "
        + "http(s)://host[:port], without a path or query", path.getMessage());
    SettingsException scheme = assertThrows(SettingsException.class,
        () -> Settings.load(Map.of("TELEGRAM_API_URL", "ftp://example.org")));
    assertEquals("setting telegram.api.url (TELEGRAM_API_URL) \"ftp://example.org\" must be an http(s) URL",
        scheme.getMessage());
  }
}
