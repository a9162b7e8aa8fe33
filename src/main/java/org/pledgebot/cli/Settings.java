package org.pledgebot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.pledgebot.base.HttpUrl;
import org.pledgebot.store.PostgresConfig;
import org.pledgebot.telegram.WebhookSettings;

/**
 * The bot's settings: the jar's embedded defaults, then {@code config/pledgebot.properties} if
 * present, then environment variables, each later source winning. An error names the source of
 * the bad value: the variable, the file's key, or the embedded default. A key the file does not
 * know is an error naming it (a typo would otherwise be silently ignored). The token and the
 * database password come from the environment only and never show in {@link #toString()} or an
 * error.
 *
 * @param corpus the pledge directory ({@code PLEDGEBOT_CORPUS}): the one set, which must exist;
 *     with none set, the default folder when it exists, else empty: the jar's embedded corpus
 * @param data the runtime state directory ({@code PLEDGEBOT_DATA})
 * @param themesFile the thesaurus file ({@code PLEDGEBOT_THEMES}): the one set, which must
 *     exist; with none set, the default file when it exists, else empty: the jar's copy
 * @param token the Telegram bot token ({@code TELEGRAM_BOT_TOKEN}), if any
 * @param apiUrl the Bot API server ({@code TELEGRAM_API_URL})
 * @param rateGlobal messages per second overall ({@code PLEDGEBOT_RATE_GLOBAL})
 * @param rateChat messages per second to one chat ({@code PLEDGEBOT_RATE_CHAT})
 * @param rateGroup messages per minute to one group ({@code PLEDGEBOT_RATE_GROUP})
 * @param postgres the PostgreSQL database several instances share ({@code PLEDGEBOT_DATABASE_URL},
 *     {@code PLEDGEBOT_DATABASE_USER}, {@code PLEDGEBOT_DATABASE_PASSWORD}); when empty, the SQLite
 *     file {@link #database()}
 * @param http the HTTP server (health, metrics, webhook) and webhook mode
 * @param lease how long an instance holds the alerts and webhook updates it took before another
 *     may take them over ({@code PLEDGEBOT_LEASE_SECONDS}): how long the work of a killed instance
 *     waits; longer than a batch of alerts takes to send
 */
public record Settings(
    Optional<Path> corpus, Path data, Optional<Path> themesFile, Optional<String> token, URI apiUrl, int rateGlobal,
    int rateChat, int rateGroup, Optional<PostgresConfig> postgres, Http http, Duration lease) {

  /** The environment variable of the database password; never read from a file. */
  static final String DATABASE_PASSWORD = "PLEDGEBOT_DATABASE_PASSWORD";

  /** The variables that hold a secret, never read from a file: the token, the webhook's secret, the database password. */
  private static final List<String> SECRETS =
      List.of("TELEGRAM_BOT_TOKEN", "PLEDGEBOT_WEBHOOK_SECRET", DATABASE_PASSWORD);

  /**
   * The HTTP server and webhook mode.
   *
   * @param host the address listened on ({@code PLEDGEBOT_HTTP_HOST})
   * @param port the port ({@code PLEDGEBOT_HTTP_PORT}; 0 for any free one): set, or 8080 in webhook
   *     mode; empty for no server
   * @param webhook webhook mode, when {@code PLEDGEBOT_WEBHOOK_URL} is set
   */
  public record Http(String host, Optional<Integer> port, Optional<Webhook> webhook) {}

  /**
   * Webhook mode.
   *
   * @param url the public HTTPS address Telegram posts to ({@code PLEDGEBOT_WEBHOOK_URL})
   * @param secret the {@code secret_token} ({@code PLEDGEBOT_WEBHOOK_SECRET}, environment only)
   * @param reregister call setWebhook at every start ({@code PLEDGEBOT_WEBHOOK_REREGISTER}): the way
   *     to make a new secret take effect without changing the URL
   */
  public record Webhook(URI url, String secret, boolean reregister) {
    @Override
    public String toString() {
      return "Webhook[url=" + url + ", secret=<set>, reregister=" + reregister + "]";
    }
  }

  /** The port of the HTTP server in webhook mode when none is set. */
  static final int WEBHOOK_PORT = 8080;


  /** The settings file read from the working directory, when it exists. */
  static final Path FILE = Path.of("config", "pledgebot.properties");

  private static final Map<String, String> ENV_BY_KEY = Map.ofEntries(
      Map.entry("corpus", "PLEDGEBOT_CORPUS"),
      Map.entry("data", "PLEDGEBOT_DATA"),
      Map.entry("themes", "PLEDGEBOT_THEMES"),
      Map.entry("telegram.api.url", "TELEGRAM_API_URL"),
      Map.entry("rate.global", "PLEDGEBOT_RATE_GLOBAL"),
      Map.entry("rate.chat", "PLEDGEBOT_RATE_CHAT"),
      Map.entry("rate.group", "PLEDGEBOT_RATE_GROUP"),
      Map.entry("http.host", "PLEDGEBOT_HTTP_HOST"),
      Map.entry("http.port", "PLEDGEBOT_HTTP_PORT"),
      Map.entry("webhook.url", "PLEDGEBOT_WEBHOOK_URL"),
      Map.entry("webhook.reregister", "PLEDGEBOT_WEBHOOK_REREGISTER"),
      Map.entry("database.url", "PLEDGEBOT_DATABASE_URL"),
      Map.entry("database.user", "PLEDGEBOT_DATABASE_USER"),
      Map.entry("lease.seconds", "PLEDGEBOT_LEASE_SECONDS"));

  /**
   * The keys {@code search}'s second JVM is not handed ({@link #loadToPass}): the database's (its
   * URL may carry a password) and the webhook's (which needs the token and the secret). Search
   * opens no database and talks to no Telegram.
   */
  private static final Set<String> NOT_PASSED = Set.of("database.url", "database.user", "webhook.url",
      "webhook.reregister");

  /**
   * The variables {@code search}'s second JVM goes without: the secrets, and those of the keys it
   * is not handed. It builds its settings from what the first passed ({@link #passed}), so none of
   * them is read there.
   */
  static final Set<String> NOT_INHERITED = notInherited();

  private static Set<String> notInherited() {
    Set<String> out = new TreeSet<>(SECRETS);
    for (String key : NOT_PASSED) {
      out.add(ENV_BY_KEY.get(key));
    }
    return Set.copyOf(out);
  }

  /** The keys a settings file may hold, in the order the shipped file lists them. */
  private static final List<String> KEYS = List.of("corpus", "data", "themes", "telegram.api.url", "rate.global",
      "rate.chat", "rate.group", "http.host", "http.port", "webhook.url", "webhook.reregister", "database.url",
      "database.user", "lease.seconds");

  /** The values read, and where each came from, for error messages. */
  private record Values(Properties props, Map<String, String> sources) {

    /** {@code (VAR)}, {@code (in FILE)} or {@code (embedded default)}. */
    String where(String key) {
      return sources.getOrDefault(key, "(embedded default)");
    }

    boolean setByUser(String key) {
      return sources.containsKey(key);
    }

    String getProperty(String key) {
      return props.getProperty(key);
    }

    String getProperty(String key, String otherwise) {
      return props.getProperty(key, otherwise);
    }

    /**
     * The values and their sources as properties text, but those of the {@code left} keys: {@code
     * KEY} the value, {@code KEY@} its source; every character a properties file would read
     * otherwise written as {@code \\uXXXX}. Written by hand: {@link Properties#store} writes the
     * date first, and loading the time zone for it cost the first JVM more than the second saves.
     */
    String text(Set<String> left) {
      StringBuilder out = new StringBuilder();
      for (String key : props.stringPropertyNames()) {
        if (!left.contains(key)) {
          line(out, key, props.getProperty(key));
        }
      }
      for (Map.Entry<String, String> source : sources.entrySet()) { // no lambda: the first JVM would spin its class
        if (!left.contains(source.getKey())) {
          line(out, source.getKey() + SOURCE, source.getValue());
        }
      }
      return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
      out.append(key).append('=');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 || c == ' ' || c == '\\') {
          String hex = Integer.toHexString(c);
          out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
        } else {
          out.append(c);
        }
      }
      out.append('\n');
    }

    /** The values {@link #text} wrote. */
    static Values of(String text) throws SettingsException {
      Properties in = new Properties();
      try {
        in.load(new StringReader(text));
      } catch (IOException | IllegalArgumentException e) {
        throw new SettingsException("cannot read the settings passed on: " + e.getMessage());
      }
      Values values = new Values(new Properties(), new HashMap<>());
      for (String key : in.stringPropertyNames()) {
        if (key.endsWith(SOURCE)) {
          values.sources().put(key.substring(0, key.length() - SOURCE.length()), in.getProperty(key));
        } else {
          values.props().setProperty(key, in.getProperty(key));
        }
      }
      return values;
    }
  }

  /** The suffix of a source's key in {@link Values#text}; no setting's key has it. */
  private static final String SOURCE = "@";

  /** Loads the settings for the given environment. */
  public static Settings load(Map<String, String> env) throws SettingsException {
    return load(env, FILE);
  }

  /** Loads the settings for the given environment, with {@code file} as the settings file. */
  static Settings load(Map<String, String> env, Path file) throws SettingsException {
    return loadToPass(env, file).settings();
  }

  /**
   * Settings loaded in one JVM, and the values a search reads as text for another JVM to build its
   * settings from without reading them again ({@link #passed}): {@code search}'s first JVM loads
   * them to find the data folder and hands them to the second one ({@link ShortRun}). The text
   * holds no database and no webhook setting ({@link #NOT_PASSED}), and no secret: those are never
   * in it.
   */
  record Loaded(Settings settings, String text) {}

  /** Loads the settings for the given environment, with the values a search reads as text to pass on. */
  static Loaded loadToPass(Map<String, String> env) throws SettingsException {
    return loadToPass(env, FILE);
  }

  static Loaded loadToPass(Map<String, String> env, Path file) throws SettingsException {
    Values props = read(env, file);
    return new Loaded(build(props, env), props.text(NOT_PASSED));
  }

  /**
   * The settings of a search, from the {@link Loaded#text} of the JVM that loaded them: the same
   * values, each with where it came from, checked as when they were loaded (a folder may have gone
   * since), without the jar's defaults, the file or the variables being read again; but no token,
   * no database and no webhook (a search uses none of them), which the text does not hold and no
   * variable is read for.
   */
  static Settings passed(String text) throws SettingsException {
    return build(Values.of(text), Map.of());
  }

  /** The values of the jar's defaults, then the settings file, then the variables, each later one winning. */
  private static Values read(Map<String, String> env, Path file) throws SettingsException {
    Values props = new Values(embeddedDefaults(), new HashMap<>());
    if (Files.isRegularFile(file)) {
      Properties fromFile = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        fromFile.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new SettingsException(file + ": cannot read settings: " + e.getMessage());
      }
      for (String key : new TreeSet<>(fromFile.stringPropertyNames())) {
        if (!KEYS.contains(key)) {
          throw new SettingsException(file + ": unknown setting \"" + key + "\" (known: " + String.join(", ", KEYS) + ")");
        }
        props.props().setProperty(key, fromFile.getProperty(key));
        props.sources().put(key, "(in " + file + ")");
      }
    }
    ENV_BY_KEY.forEach((key, var) -> {
      String value = env.get(var);
      if (value != null && !value.isBlank()) {
        props.props().setProperty(key, value.strip());
        props.sources().put(key, "(" + var + ")");
      }
    });
    return props;
  }

  /** The settings of {@code props}, checked; the secrets from {@code env}. */
  private static Settings build(Values props, Map<String, String> env) throws SettingsException {
    String token = env.get("TELEGRAM_BOT_TOKEN");
    return new Settings(
        existing(props, "corpus", Files::isDirectory, "does not exist or is not a folder"),
        Path.of(required(props, "data")),
        existing(props, "themes", Files::isRegularFile, "does not exist"),
        Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty()),
        server(props, "telegram.api.url", token),
        positive(props, "rate.global", 1000),
        positive(props, "rate.chat", 30),
        positive(props, "rate.group", 1200),
        postgres(props, env),
        http(props, env, token),
        Duration.ofSeconds(positive(props, "lease.seconds", 86_400)));
  }

  /**
   * The PostgreSQL settings when {@code database.url} is set. A bad URL is an error naming the
   * variable and the URL without its parameters, which may hold a password.
   */
  private static Optional<PostgresConfig> postgres(Values props, Map<String, String> env) throws SettingsException {
    String url = props.getProperty("database.url");
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PostgresConfig.of(url.strip(), Optional.ofNullable(props.getProperty("database.user")),
          Optional.ofNullable(env.get(DATABASE_PASSWORD))));
    } catch (IllegalArgumentException e) {
      throw new SettingsException("setting database.url " + props.where("database.url") + " \""
          + PostgresConfig.redact(url.strip()) + "\" must be a " + PostgresConfig.PREFIX
          + " URL such as jdbc:postgresql://127.0.0.1:5432/pledgebot");
    }
  }

  /** The HTTP server and webhook settings; the secret is never quoted in an error. */
  private static Http http(Values props, Map<String, String> env, String token) throws SettingsException {
    Optional<Webhook> webhook = Optional.empty();
    boolean reregister = bool(props, "webhook.reregister");
    String url = props.getProperty("webhook.url", "").strip();
    if (!url.isEmpty()) {
      if (token == null || token.isBlank()) {
        throw new SettingsException("setting webhook.url " + props.where("webhook.url") + " is set but TELEGRAM_BOT_TOKEN is not");
      }
      String secret = env.getOrDefault("PLEDGEBOT_WEBHOOK_SECRET", "").strip();
      if (secret.isEmpty()) {
        throw new SettingsException("webhook mode (PLEDGEBOT_WEBHOOK_URL) needs PLEDGEBOT_WEBHOOK_SECRET");
      }
      if (!WebhookSettings.validSecret(secret)) {
        throw new SettingsException("PLEDGEBOT_WEBHOOK_SECRET must be 1 to 256 characters A-Z, a-z, 0-9, _ or -"
            + " (Telegram's rule); it has " + secret.length());
      }
      webhook = Optional.of(new Webhook(webhookUrl(url, props.where("webhook.url"), secret, token), secret, reregister));
    }
    String portText = props.getProperty("http.port", "").strip();
    Optional<Integer> port = portText.isEmpty()
        ? webhook.map(w -> WEBHOOK_PORT)
        : Optional.of(port(portText, props.where("http.port")));
    String host = props.getProperty("http.host", "").strip();
    if (host.isEmpty() || host.contains("/") || host.contains(" ")) {
      throw new SettingsException("setting http.host " + props.where("http.host") + " \"" + host + "\" must be a host name or address");
    }
    return new Http(host, port, webhook);
  }

  private static URI webhookUrl(String value, String where, String secret, String token) throws SettingsException {
    String what = "setting webhook.url " + where;
    URI uri;
    try {
      uri = HttpUrl.parse(what, value);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage().replace(secret, "<secret>").replace(token, "<token>"));
    }
    String shown = uri.getScheme() + "://" + uri.getRawAuthority() + "/…";
    if (!uri.getScheme().equalsIgnoreCase("https")) {
      throw new SettingsException(what + " \"" + shown + "\" must be https: Telegram posts to HTTPS only");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new SettingsException(what + " \"" + shown + "\" must have no query or fragment");
    }
    if (path.isEmpty() || path.equals("/healthz") || path.equals("/metrics")) {
      throw new SettingsException(what + " \"" + shown + "\" needs a path of its own, e.g. /telegram, other than "
          + "/healthz and /metrics");
    }
    return uri;
  }

  private static int port(String value, String where) throws SettingsException {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new SettingsException("setting http.port " + where + " is " + port + ", must be 0 to 65535");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new SettingsException("setting http.port " + where + " \"" + value + "\" is not a number");
    }
  }

  private static boolean bool(Values props, String key) throws SettingsException {
    String value = props.getProperty(key, "false").strip();
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0", "" -> false;
      default -> throw new SettingsException(
          "setting " + key + " " + props.where(key) + " \"" + value + "\" must be true or false");
    };
  }

  /**
   * The path set under {@code key} when it is there as {@code present} wants it; otherwise an
   * error naming it, saying what is wrong ({@code problem}), if the user set it, else empty: the
   * default is missing, so the jar's embedded copy serves.
   */
  private static Optional<Path> existing(Values props, String key, Predicate<Path> present, String problem)
      throws SettingsException {
    Path path = Path.of(required(props, key));
    if (present.test(path)) {
      return Optional.of(path);
    }
    if (props.setByUser(key)) {
      throw new SettingsException("setting " + key + " " + props.where(key) + " names " + path + ", which " + problem);
    }
    return Optional.empty();
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

  private static String required(Values props, String key) throws SettingsException {
    String value = props.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new SettingsException("setting " + key + " " + props.where(key) + " is empty");
    }
    return value.strip();
  }

  /**
   * The Bot API server: what {@link org.pledgebot.telegram.TelegramBot} accepts, or a settings
   * error. The error quotes the value only up to its path, and never the token, even one pasted
   * in place of the URL.
   */
  private static URI server(Values props, String key, String token) throws SettingsException {
    try {
      return HttpUrl.server("setting " + key + " " + props.where(key), required(props, key));
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new SettingsException(token == null || token.isBlank() ? message : message.replace(token.strip(), "<token>"));
    }
  }


  private static int positive(Values props, String key, int max) throws SettingsException {
    String value = required(props, key);
    try {
      int n = Integer.parseInt(value);
      if (n < 1 || n > max) {
        throw new SettingsException(
            "setting " + key + " " + props.where(key) + " is " + n + ", must be 1 to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new SettingsException("setting " + key + " " + props.where(key) + " \"" + value + "\" is not a number");
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
    return "Settings[corpus=" + corpus.map(Path::toString).orElse("<embedded>") + ", data=" + data
        + ", themes=" + themesFile.map(Path::toString).orElse("<embedded>") + ", token="
        + (token.isPresent() ? "<set>" : "<none>") + ", apiUrl=" + apiUrl + ", rateGlobal=" + rateGlobal
        + ", rateChat=" + rateChat + ", rateGroup=" + rateGroup + ", postgres="
        + postgres.map(PostgresConfig::toString).orElse("<none>") + ", http=" + http + ", lease=" + lease + "]";
  }
}
