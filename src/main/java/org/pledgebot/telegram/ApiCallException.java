package org.pledgebot.telegram;

import java.time.Duration;

/**
 * A Bot API call that did not succeed, classified by what the caller should do about it. Its
 * message names the method and the chat and has been through the {@link Redactor}.
 */
final class ApiCallException extends Exception {

  /** What went wrong, as far as retrying is concerned. */
  enum Kind {
    /** 403: the user blocked the bot or the bot left the chat; retrying cannot help. */
    BLOCKED,
    /** 400 and other 4xx, or a request the client refused to send: retrying cannot help. */
    REJECTED,
    /** 429: try again after {@link #retryAfter()}. */
    RATE_LIMITED,
    /** 5xx, network down, unreadable answer: try again later. */
    TRANSIENT
  }

  private final Kind kind;
  private final String description;
  private final Duration retryAfter;

  ApiCallException(Kind kind, String method, String context, Integer errorCode, String description,
      Duration retryAfter) {
    super(method + " (" + context + ") failed: " + (errorCode == null ? "" : errorCode + " ") + description);
    this.kind = kind;
    this.description = description;
    this.retryAfter = retryAfter;
  }

  Kind kind() {
    return kind;
  }

  /** The API's description of the error, or the network error; already redacted. */
  String description() {
    return description;
  }

  /** For {@link Kind#RATE_LIMITED}: how long Telegram asked to wait; otherwise zero. */
  Duration retryAfter() {
    return retryAfter;
  }

  /** Only the message matters: the stack of the worker that saw it is noise. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
