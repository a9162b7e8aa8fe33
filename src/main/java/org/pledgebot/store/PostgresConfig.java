package org.pledgebot.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a {@link PostgresStore} connects: a {@code jdbc:postgresql://} URL, the user and the
 * password. The password is kept out of the URL (a {@code password=} parameter is moved into
 * {@link #password}), so that the URL can be logged, and neither {@link #toString()} nor any
 * error shows it: errors name the URL without its parameters ({@link #redact}).
 *
 * @param url the JDBC URL, without a password parameter
 * @param user the user to log in as; empty for the driver's default (a {@code user=} parameter or
 *     the system user)
 * @param password the password, if the server asks for one
 */
public record PostgresConfig(String url, Optional<String> user, Optional<String> password) {

  /** What every URL this store takes starts with. */
  public static final String PREFIX = "jdbc:postgresql://";

  public PostgresConfig {
    if (url == null || !url.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a " + PREFIX + " URL: \"" + redact(url) + "\"");
    }
    if (parameter(url, "password").isPresent()) {
      throw new IllegalArgumentException("the URL \"" + redact(url) + "\" holds a password: use PostgresConfig.of");
    }
    user = user.map(String::strip).filter(u -> !u.isEmpty());
    password = password.filter(p -> !p.isEmpty());
  }

  /**
   * The settings for {@code url}, moving a {@code password=} parameter out of it; an explicit
   * {@code password} wins over the URL's.
   *
   * @throws IllegalArgumentException naming the URL without its parameters when it is not a
   *     {@code jdbc:postgresql://} URL
   */
  public static PostgresConfig of(String url, Optional<String> user, Optional<String> password) {
    if (url == null || !url.strip().startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a " + PREFIX + " URL: \"" + redact(url) + "\"");
    }
    String clean = url.strip();
    Optional<String> inUrl = parameter(clean, "password");
    return new PostgresConfig(withoutParameter(clean, "password"), user,
        password.filter(p -> !p.isEmpty()).or(() -> inUrl));
  }

  /** The URL as errors and logs may show it: without its parameters or any user info. */
  public String redactedUrl() {
    return redact(url);
  }

  /** {@code url} without what follows {@code ?} and without a {@code user:password@}; null as "". */
  public static String redact(String url) {
    if (url == null) {
      return "";
    }
    String out = url;
    int query = out.indexOf('?');
    if (query >= 0) {
      out = out.substring(0, query) + "?…";
    }
    int at = out.indexOf('@');
    int hosts = out.indexOf("//");
    if (at >= 0 && hosts >= 0 && at > hosts) {
      out = out.substring(0, hosts + 2) + "…@" + out.substring(at + 1);
    }
    return out;
  }

  private static Optional<String> parameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return Optional.empty();
    }
    for (String pair : url.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static String withoutParameter(String url, String name) {
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    List<String> kept = new ArrayList<>();
    for (String pair : url.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (!pair.isEmpty() && !key.toLowerCase(Locale.ROOT).equals(name)) {
        kept.add(pair);
      }
    }
    return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  @Override
  public String toString() {
    return "PostgresConfig[url=" + redactedUrl() + ", user=" + user.orElse("<default>") + ", password="
        + (password.isPresent() ? "<set>" : "<none>") + "]";
  }
}
