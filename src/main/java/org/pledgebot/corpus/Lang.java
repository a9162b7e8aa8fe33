package org.pledgebot.corpus;

import java.util.Locale;
import java.util.Optional;

/** The languages the corpus and the bot speak. */
public enum Lang {
  EN,
  FR,
  ES;

  /** Made once: search compares it for every phrase word it places. */
  private final String code = name().toLowerCase(Locale.ROOT);

  /** The lowercase ISO 639-1 code, as used in JSON and in Telegram's {@code language_code}. */
  public String code() {
    return code;
  }

  /**
   * Parses a language code such as {@code "fr"}, {@code "FR"} or Telegram's {@code "fr-CA"}.
   * Anything that is not one of these languages yields empty.
   */
  public static Optional<Lang> parse(String code) {
    if (code == null || code.length() < 2) {
      return Optional.empty();
    }
    String head = code.substring(0, 2).toLowerCase(Locale.ROOT);
    if (code.length() > 2 && Character.isLetter(code.charAt(2))) {
      return Optional.empty();
    }
    return switch (head) {
      case "en" -> Optional.of(EN);
      case "fr" -> Optional.of(FR);
      case "es" -> Optional.of(ES);
      default -> Optional.empty();
    };
  }

  /**
   * The reference language: every pledge and theme has its text in it, and a text missing in
   * another language falls back to it.
   */
  public static Lang reference() {
    return EN;
  }
}
