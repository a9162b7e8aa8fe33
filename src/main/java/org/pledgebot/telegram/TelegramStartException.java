package org.pledgebot.telegram;

/**
 * The bot could not start: the token was refused, the Bot API could not be reached, or polling
 * could not begin. The message says which, and never contains the token.
 */
public final class TelegramStartException extends RuntimeException {

  TelegramStartException(String message) {
    super(message);
  }
}
