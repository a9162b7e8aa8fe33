package org.pledgebot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.pledgebot.base.HttpUrl;
import org.pledgebot.store.PostgresConfig;

/**
 * The bot's settings: the jar's embedded defaults, then {@code config/pledgebot.properties} if
 * present, then environment variables, each later source winning. The token and the database
 * password come from the environment only and never show in {@link #toString()} or an error.
 *
 * @param corpus the pledge directory ({@code PLEDGEBOT_CORPUS})
 * @param data the runtime state directory ({@code PLEDGEBOT_DATA})
 * @param themes the thesaurus file ({@code PLEDGEBOT_THEMES}); the embedded copy when absent
 * @param token the Telegram bot token ({@code TELEGRAM_BOT_TOKEN}), if any
 * @param apiUrl the Bot API server ({@code TELEGRAM_API_URL})
 * @param rateGlobal messages per second overall ({@code PLEDGEBOT_RATE_GLOBAL})
 * @param rateChat messages per second to one chat ({@code PLEDGEBOT_RATE_CHAT})
 * @param rateGroup messages per minute to one group ({@code PLEDGEBOT_RATE_GROUP})
 * @param postgres the PostgreSQL database several instances share ({@code PLEDGEBOT_DATABASE_URL},
 *     {@code PLEDGEBOT_DATABASE_USER}, {@code PLEDGEBOT_DATABASE_PASSWORD}); when empty, the SQLite
 *     file {@link #database()}
 */
public record Settings(
    Path corpus, Path data, Path themes, Optional<String> token, URI apiUrl, int rateGlobal, int rateChat,
    int rateGroup, Optional<PostgresConfig> postgres) {

  /** The environment variable of the database password; never read from a file. */
  static final String DATABASE_PASSWORD = "PLEDGEBOT_DATABASE_PASSWORD";

  /** The settings file read from the working directory, when it exists. */
  static final Path FILE = Path.of("config", "pledgebot.properties");

  private static final Map<String, String> ENV_BY_KEY = Map.of(
      "corpus", "PLEDGEBOT_CORPUS",
      "data", "PLEDGEBOT_DATA",
      "themes", "PLEDGEBOT_THEMES",
      "telegram.api.url", "TELEGRAM_API_URL",
      "rate.global", "PLEDGEBOT_RATE_GLOBAL",
      "rate.chat", "PLEDGEBOT_RATE_CHAT",
      "rate.group", "PLEDGEBOT_RATE_GROUP",
      "database.url", "PLEDGEBOT_DATABASE_URL",
      "database.user", "PLEDGEBOT_DATABASE_USER");

  /** Loads the settings for the given environment. */
  public static Settings load(Map<String, String> env) throws SettingsException {
    Properties props = embeddedDefaults();
    if (Files.isRegularFile(FILE)) {
      try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
        props.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new SettingsException(FILE + ": cannot read settings: " + e.getMessage());
      }
    }
    ENV_BY_KEY.forEach((key, var) -> {
      String value = env.get(var);
      if (value != null && !value.isBlank()) {
        props.setProperty(key, value.strip());
      }
    });
    String token = env.get("TELEGRAM_BOT_TOKEN");
    return new Settings(
        Path.of(required(props, "corpus")),
        Path.of(required(props, "data")),
        Path.of(required(props, "themes")),
        Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty()),
        server(props, "telegram.api.url", token),
        positive(props, "rate.global", 1000),
        positive(props, "rate.chat", 30),
        positive(props, "rate.group", 1200),
        postgres(props, env));
  }

  /**
   * The PostgreSQL settings when {@code database.url} is set. A bad URL is an error naming the
   * variable and the URL without its parameters, which may hold a password.
   */
  private static Optional<PostgresConfig> postgres(Properties props, Map<String, String> env) throws SettingsException {
    String url = props.getProperty("database.url");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PostgresConfig.of(url.strip(), Optional.ofNullable(props.getProperty("database.user")),
          Optional.ofNullable(env.get(DATABASE_PASSWORD))));
    } catch (IllegalArgumentException e) {
      throw new SettingsException("setting database.url (" + ENV_BY_KEY.get("database.url") + ") \""
          + PostgresConfig.redact(url.strip()) + "\" must be a " + PostgresConfig.PREFIX
          + " URL such as jdbc:postgresql://127.0.0.1:5432/pledgebot");
    }
  }

  private static Properties embeddedDefaults() throws SettingsException {
    Properties props = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream("/pledgebot.properties")) {
      if (in == null) {
        throw new SettingsException("the jar has no embedded pledgebot.properties: rebuild it");
      }
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return props;
    } catch (IOException e) {
      throw new SettingsException("cannot read embedded pledgebot.properties: " + e.getMessage());
    }
  }

  private static String required(Properties props, String key) throws SettingsException {
    String value = props.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new SettingsException("setting " + key + " (" + ENV_BY_KEY.get(key) + ") is empty");
    }
    return value.strip();
  }

  /**
   * The Bot API server: what {@link org.pledgebot.telegram.TelegramBot} accepts, or a settings
   * error. The error quotes the value only up to its path, and never the token, even one pasted
   * in place of the URL.
   */
  private static URI server(Properties props, String key, String token) throws SettingsException {
    try {
      return HttpUrl.server("setting " + key + " (" + ENV_BY_KEY.get(key) + ")", required(props, key));
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new SettingsException(token == null || token.isBlank() ? message : message.replace(token.strip(), "<token>"));
    }
  }


  private static int positive(Properties props, String key, int max) throws SettingsException {
    String value = required(props, key);
    try {
      int n = Integer.parseInt(value);
      if (n < 1 || n > max) {
        throw new SettingsException(
            "setting " + key + " (" + ENV_BY_KEY.get(key) + ") is " + n + ", must be 1 to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new SettingsException("setting " + key + " (" + ENV_BY_KEY.get(key) + ") \"" + value + "\" is not a number");
    }
  }

  /** The SQLite file, used when no PostgreSQL database is set. */
  public Path database() {
    return data.resolve("pledgebot.db");
  }

  /** The Lucene index directory. */
  public Path indexDir() {
    return data.resolve("index");
  }

  @Override
  public String toString() {
    return "Settings[corpus=" + corpus + ", data=" + data + ", themes=" + themes + ", token="
        + (token.isPresent() ? "<set>" : "<none>") + ", apiUrl=" + apiUrl + ", rateGlobal=" + rateGlobal
        + ", rateChat=" + rateChat + ", rateGroup=" + rateGroup + ", postgres="
        + postgres.map(PostgresConfig::toString).orElse("<none>") + "]";
  }
}
