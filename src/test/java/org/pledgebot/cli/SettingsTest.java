package org.pledgebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgebot.store.PostgresConfig;

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


  /**
   * search's second JVM builds the settings its first one loaded without reading the jar, the file
   * or the variables again: those a search reads; no token, database or webhook, nothing secret.
   */
  @Test
  void settingsPassedOnAreTheSettingsLoadedWithoutReadingThemAgain(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("a var\\b\tc"); // a space, a backslash and a tab
    Path file = Files.writeString(dir.resolve("pledgebot.properties"),
        "rate.chat=7\ndata=" + data.toString().replace("\\", "\\\\").replace("\t", "\\t") + "\n"
        + "database.url=jdbc:postgresql://db.internal:5432/pledgebot?password=in-the-file\ndatabase.user=bot\n"
        + "webhook.url=https://bot.example.org/telegram\n");
    Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "PLEDGEBOT_DATABASE_PASSWORD", "s3cr3t-Pw",
        "PLEDGEBOT_WEBHOOK_SECRET", "hook-secret", "PLEDGEBOT_RATE_GROUP", "9", "PLEDGEBOT_LEASE_SECONDS", "60");
    Settings.Loaded loaded = Settings.loadToPass(env, file);
    assertEquals(7, loaded.settings().rateChat());
    assertEquals(data, loaded.settings().data());
    assertTrue(loaded.settings().postgres().isPresent() && loaded.settings().http().webhook().isPresent());
    Files.delete(file);
    Settings search = Settings.passed(loaded.text());
    Settings all = loaded.settings();
    assertEquals(new Settings(all.corpus(), all.data(), all.themesFile(), Optional.empty(), all.apiUrl(), all.rateGlobal(),
        all.rateChat(), all.rateGroup(), Optional.empty(), new Settings.Http(all.http().host(), Optional.empty(),
        Optional.empty()), all.lease()), search, "what a search reads, and no token, database or webhook");
    for (String secret : List.of("1:abc", "s3cr3t", "hook-secret", "in-the-file", "db.internal", "database", "webhook")) {
      assertFalse(loaded.text().contains(secret), secret + " in " + loaded.text());
    }
    assertEquals(Set.of("TELEGRAM_BOT_TOKEN", "PLEDGEBOT_WEBHOOK_SECRET", "PLEDGEBOT_DATABASE_PASSWORD",
        "PLEDGEBOT_DATABASE_URL", "PLEDGEBOT_DATABASE_USER", "PLEDGEBOT_WEBHOOK_URL", "PLEDGEBOT_WEBHOOK_REREGISTER"),
        Settings.NOT_INHERITED, "the second JVM's environment goes without the secrets and what it is not handed");

    Path pledges = Files.createDirectory(dir.resolve("pledges"));
    Settings.Loaded corpus = Settings.loadToPass(Map.of("PLEDGEBOT_CORPUS", pledges.toString()), file);
    assertEquals(Optional.of(pledges), Settings.passed(corpus.text()).corpus());
    Files.delete(pledges);
    SettingsException gone = assertThrows(SettingsException.class, () -> Settings.passed(corpus.text()));
    assertTrue(gone.getMessage().startsWith("setting corpus (PLEDGEBOT_CORPUS) names"), gone.getMessage());
  }

  @Test
  void withoutADatabaseUrlTheStoreIsTheSqliteFileInTheDataDirectory() throws Exception {
    Settings settings = Settings.load(Map.of("PLEDGEBOT_DATA", "somewhere"));
    assertEquals(Optional.empty(), settings.postgres());
    assertEquals("somewhere/pledgebot.db", settings.database().toString().replace('\\', '/'));
  }

  @Test
  void aDatabaseUrlSelectsPostgresAndThePasswordNeverShows() throws Exception {
    Settings settings = Settings.load(Map.of("PLEDGEBOT_DATABASE_URL", " jdbc:postgresql://db.internal:5432/pledgebot ",
        "PLEDGEBOT_DATABASE_USER", "bot", "PLEDGEBOT_DATABASE_PASSWORD", "s3cr3t-Pw"));
    PostgresConfig postgres = settings.postgres().orElseThrow();
    assertEquals("jdbc:postgresql://db.internal:5432/pledgebot", postgres.url());
    assertEquals(Optional.of("bot"), postgres.user());
    assertEquals(Optional.of("s3cr3t-Pw"), postgres.password());
    assertFalse(settings.toString().contains("s3cr3t-Pw"), settings.toString());
    assertTrue(settings.toString().contains("password=<set>"), settings.toString());
  }

  @Test
  void theLeaseIsFiveMinutesUnlessSetAndAlwaysPositive() throws Exception {
    assertEquals(Duration.ofMinutes(5), Settings.load(Map.of()).lease());
    Settings settings = Settings.load(Map.of("PLEDGEBOT_LEASE_SECONDS", "20"));
    assertEquals(Duration.ofSeconds(20), settings.lease());
    assertEquals(Duration.ofSeconds(10), BotCommand.recoverEvery(settings.lease()), "twice a lease");
    assertEquals(BotCommand.RECOVER_EVERY, BotCommand.recoverEvery(Duration.ofMinutes(5)), "at most every 30 s");
    SettingsException zero = assertThrows(SettingsException.class,
        () -> Settings.load(Map.of("PLEDGEBOT_LEASE_SECONDS", "0")));
    assertEquals("setting lease.seconds (PLEDGEBOT_LEASE_SECONDS) is 0, must be 1 to 86400", zero.getMessage());
  }

  @Test
  void aPasswordInTheUrlIsTakenOutOfIt() throws Exception {
    Settings settings = Settings.load(Map.of("PLEDGEBOT_DATABASE_URL",
        "jdbc:postgresql://127.0.0.1/pledgebot?sslmode=disable&password=in%20url&ApplicationName=bot"));
    PostgresConfig postgres = settings.postgres().orElseThrow();
    assertEquals("jdbc:postgresql://127.0.0.1/pledgebot?sslmode=disable&ApplicationName=bot", postgres.url());
    assertEquals(Optional.of("in url"), postgres.password());
    assertFalse(settings.toString().contains("in url") || settings.toString().contains("in%20url"), settings.toString());
  }

  @Test
  void aUrlOfAnotherDatabaseIsASettingsErrorWithoutItsParameters() {
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(Map.of(
        "PLEDGEBOT_DATABASE_URL", "jdbc:mysql://db.internal/pledgebot?user=bot&password=hunter2")));
    assertTrue(e.getMessage().contains("PLEDGEBOT_DATABASE_URL"), e.getMessage());
    assertTrue(e.getMessage().contains("jdbc:mysql://db.internal/pledgebot"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  // ------------------------------------------------------------------ HTTP and webhook

  static final String SECRET = "Hook_secret-0123456789";

  @Test
  void pollingHasNoHttpServerUnlessAPortIsSet() throws Exception {
    Settings polling = Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "1:abc"));
    assertEquals(new Settings.Http("0.0.0.0", Optional.empty(), Optional.empty()), polling.http());
    Settings withPort = Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "PLEDGEBOT_HTTP_PORT", "9100",
        "PLEDGEBOT_HTTP_HOST", "127.0.0.1"));
    assertEquals(new Settings.Http("127.0.0.1", Optional.of(9100), Optional.empty()), withPort.http());
  }

  @Test
  void aWebhookUrlTurnsWebhookModeOnOnPort8080ByDefault() throws Exception {
    Settings settings = Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "1:abc",
        "PLEDGEBOT_WEBHOOK_URL", "https://bot.example.org/telegram", "PLEDGEBOT_WEBHOOK_SECRET", SECRET));
    Settings.Webhook webhook = settings.http().webhook().orElseThrow();
    assertEquals(URI.create("https://bot.example.org/telegram"), webhook.url());
    assertEquals(SECRET, webhook.secret());
    assertFalse(webhook.reregister());
    assertEquals(Optional.of(8080), settings.http().port());
    assertTrue(Settings.load(Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "PLEDGEBOT_WEBHOOK_URL", "https://h.example/x",
        "PLEDGEBOT_WEBHOOK_SECRET", SECRET, "PLEDGEBOT_WEBHOOK_REREGISTER", "true")).http().webhook().orElseThrow()
        .reregister());
    assertFalse(settings.toString().contains(SECRET), settings.toString());
    assertFalse(webhook.toString().contains(SECRET), webhook.toString());
  }

  @Test
  void badHttpAndWebhookSettingsAreErrorsThatNameTheSettingAndNeverTheSecret() {
    Map<String, String> base = Map.of("TELEGRAM_BOT_TOKEN", "1:abc", "PLEDGEBOT_WEBHOOK_SECRET", SECRET);
    Map<String, String> cases = Map.of(
        "http://bot.example.org/telegram", "must be https",
        "https://bot.example.org", "needs a path of its own",
        "https://bot.example.org/healthz", "needs a path of its own",
        "https://bot.example.org/t?" + SECRET, "must have no query",
        "not a url " + SECRET, "PLEDGEBOT_WEBHOOK_URL");
    cases.forEach((url, expected) -> {
      java.util.HashMap<String, String> env = new java.util.HashMap<>(base);
      env.put("PLEDGEBOT_WEBHOOK_URL", url);
      SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(env), url);
      assertTrue(e.getMessage().contains(expected), e.getMessage());
      assertTrue(e.getMessage().contains("PLEDGEBOT_WEBHOOK_URL"), e.getMessage());
      assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    });
    SettingsException noSecret = assertThrows(SettingsException.class, () -> Settings.load(Map.of(
        "TELEGRAM_BOT_TOKEN", "1:abc", "PLEDGEBOT_WEBHOOK_URL", "https://bot.example.org/t")));
    assertEquals("webhook mode (PLEDGEBOT_WEBHOOK_URL) needs PLEDGEBOT_WEBHOOK_SECRET", noSecret.getMessage());
    String badSecret = "has spaces and é " + SECRET;
    SettingsException bad = assertThrows(SettingsException.class, () -> Settings.load(Map.of(
        "TELEGRAM_BOT_TOKEN", "1:abc", "PLEDGEBOT_WEBHOOK_URL", "https://bot.example.org/t",
        "PLEDGEBOT_WEBHOOK_SECRET", badSecret)));
    assertFalse(bad.getMessage().contains("spaces"), bad.getMessage());
    assertFalse(bad.getMessage().contains(SECRET), bad.getMessage());
    assertThrows(SettingsException.class, () -> Settings.load(Map.of(
        "PLEDGEBOT_WEBHOOK_URL", "https://bot.example.org/t", "PLEDGEBOT_WEBHOOK_SECRET", SECRET)),
        "webhook mode needs a token");
    assertEquals("setting http.port (PLEDGEBOT_HTTP_PORT) is 70000, must be 0 to 65535", assertThrows(
        SettingsException.class, () -> Settings.load(Map.of("PLEDGEBOT_HTTP_PORT", "70000"))).getMessage());
    assertEquals("setting http.port (PLEDGEBOT_HTTP_PORT) \"http\" is not a number", assertThrows(
        SettingsException.class, () -> Settings.load(Map.of("PLEDGEBOT_HTTP_PORT", "http"))).getMessage());
    assertThrows(SettingsException.class, () -> Settings.load(Map.of("PLEDGEBOT_HTTP_HOST", "http://x/")));
    assertThrows(SettingsException.class, () -> Settings.load(Map.of("PLEDGEBOT_WEBHOOK_REREGISTER", "maybe")));
  }

  @TempDir Path dir;

  Path file(String content) throws Exception {
    return Files.writeString(dir.resolve("pledgebot.properties"), content);
  }

  @Test
  void aBadUrlInTheFileIsReportedAsTheFilesKeyNotAsTheVariable() throws Exception {
    Path file = file("telegram.api.url=ftp://example.org\n");
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(Map.of(), file));
    assertEquals("setting telegram.api.url (in " + file + ") \"ftp://example.org\" must be an http(s) URL",
        e.getMessage());
    SettingsException env = assertThrows(SettingsException.class,
        () -> Settings.load(Map.of("PLEDGEBOT_RATE_CHAT", "0"), file("rate.chat=1\n")));
    assertEquals("setting rate.chat (PLEDGEBOT_RATE_CHAT) is 0, must be 1 to 30", env.getMessage());
  }

  @Test
  void anUnknownKeyInTheFileIsAnErrorNamingIt() throws Exception {
    Path file = file("corpus=index/pledges\ntelegram.url=http://127.0.0.1:8081\n");
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(Map.of(), file));
    assertTrue(e.getMessage().startsWith(file + ": unknown setting \"telegram.url\" (known: corpus, data, "),
        e.getMessage());
  }

  @Test
  void aCorpusFolderThatWasSetButIsMissingOrAFileIsAnError() throws Exception {
    Path missing = dir.resolve("no-such-corpus");
    Path file = file("corpus=" + missing + "\n");
    SettingsException e = assertThrows(SettingsException.class, () -> Settings.load(Map.of(), file));
    assertEquals("setting corpus (in " + file + ") names " + missing + ", which does not exist or is not a folder",
        e.getMessage());
    Path notAFolder = dir.resolve("a-file.json");
    Files.writeString(notAFolder, "{}");
    e = assertThrows(SettingsException.class,
        () -> Settings.load(Map.of("PLEDGEBOT_CORPUS", notAFolder.toString()), dir.resolve("absent.properties")));
    assertEquals("setting corpus (PLEDGEBOT_CORPUS) names " + notAFolder + ", which does not exist or is not a folder",
        e.getMessage());
  }

  @Test
  void aThemesFileThatWasSetButIsMissingIsAnError() throws Exception {
    Path missing = dir.resolve("no-such-themes.json");
    SettingsException e = assertThrows(SettingsException.class,
        () -> Settings.load(Map.of("PLEDGEBOT_THEMES", missing.toString()), dir.resolve("absent.properties")));
    assertEquals("setting themes (PLEDGEBOT_THEMES) names " + missing + ", which does not exist", e.getMessage());
    // the default is no error: the repository's file here, the jar's copy where there is none
    assertEquals(Optional.of(Path.of("config/themes.json")),
        Settings.load(Map.of(), dir.resolve("absent.properties")).themesFile());
  }
}
