package org.pledgebot.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks that a configured or published address is an http(s) URL. Errors are
 * {@link IllegalArgumentException}s whose message names the field or setting and the bad value,
 * so that callers can pass it on in their own error type.
 */
public final class HttpUrl {

  private HttpUrl() {}

  /**
   * {@code value} as an absolute {@code http} or {@code https} URL with a host (the scheme in
   * any case, as RFC 3986 allows).
   *
   * @param what names the value in the error, e.g. {@code contact.url}
   * @throws IllegalArgumentException {@code what "value" is not a valid URL} or {@code ... must be
   *     an http(s) URL}
   */
  public static URI parse(String what, String value) {
    URI uri;
    try {
      uri = new URI(value == null ? "" : value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " \"" + value + "\" is not a valid URL", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(what + " \"" + value + "\" must be an http(s) URL");
    }
    return uri;
  }

  /**
   * {@code value} as the address of a server, {@code http(s)://host[:port]} with no path (a
   * single {@code /} is dropped), query or fragment, e.g. an API base that a client adds paths to.
   * Its errors quote the value only up to its path: that is where a secret pasted with the address
   * would be (a Bot API URL copied with {@code /bot<token>/}).
   *
   * @throws IllegalArgumentException {@code what "http://host/…" is not a valid URL}, {@code ...
   *     must be an http(s) URL} or {@code ... must be http(s)://host[:port], without a path or query}
   */
  public static URI server(String what, String value) {
    URI uri;
    try {
      uri = parse(what, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().replace("\"" + value + "\"", "\"" + beforePath(value) + "\""));
    }
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          what + " \"" + beforePath(value) + "\" must be http(s)://host[:port], without a path or query");
    }
    return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
  }

  /** {@code url} up to its path, query or fragment, which are replaced by an ellipsis. */
  private static String beforePath(String url) {
    if (url == null) {
      return null;
    }
    int scheme = url.indexOf("://");
    int from = scheme < 0 ? 0 : scheme + 3;
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return url.substring(0, i) + "/…";
      }
    }
    return url;
  }
}
