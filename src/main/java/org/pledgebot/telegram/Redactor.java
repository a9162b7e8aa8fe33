package org.pledgebot.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Removes the bot token from text before it is logged or put in an exception: every Bot API URL
 * carries it ({@code /bot<token>/sendMessage}), and so may anything that quotes a URL.
 */
final class Redactor {

  static final String MASK = "<redacted>";

  private final String token;
  private final String encodedToken;

  Redactor(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("bot token must not be blank");
    }
    this.token = token;
    this.encodedToken = URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** {@code text} with every occurrence of the token, plain or URL-encoded, masked. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text.replace(token, MASK);
    return encodedToken.equals(token) ? out : out.replace(encodedToken, MASK);
  }

  /** One line describing {@code e} and its causes, masked: what logs show instead of a raw stack trace. */
  String describe(Throwable e) {
    StringBuilder line = new StringBuilder();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause()) {
      if (depth > 0) {
        line.append(" <- ");
      }
      line.append(t);
    }
    return redact(line.toString());
  }

  /**
   * A copy of {@code e} safe to throw or log with its stack: the same frames, the messages masked.
   * The copy's type is {@link RedactedException}; the original type is kept in its message.
   */
  RedactedException scrub(Throwable e) {
    RedactedException copy = new RedactedException(redact(e.toString()),
        e.getCause() == null || e.getCause() == e ? null : scrub(e.getCause()));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  @Override
  public String toString() {
    return "Redactor[" + MASK + "]";
  }

  /** An exception whose message has been through {@link #redact}. */
  static final class RedactedException extends RuntimeException {
    RedactedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
