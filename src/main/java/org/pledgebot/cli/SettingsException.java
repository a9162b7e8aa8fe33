package org.pledgebot.cli;

/** A setting that cannot be used; the message names it and the value. */
public final class SettingsException extends Exception {

  public SettingsException(String message) {
    super(message);
  }
}
