package org.pledgebot.store;

/** The database could not do what was asked; the message says what, on which file or chat. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
