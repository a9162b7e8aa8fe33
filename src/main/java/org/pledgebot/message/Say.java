package org.pledgebot.message;

import java.util.Locale;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;

/**
 * Everything the bot says to people, by key: chat replies, buttons, the command menu, alerts, the
 * apology and the command line's answers. Each language has its texts in one class
 * ({@code EnglishTexts}, {@code FrenchTexts}, {@code SpanishTexts}), an exhaustive switch over these
 * keys: a key without a text, or a language without its class, does not compile.
 *
 * <p>Every text is a {@link String#format} pattern (a literal {@code %} is written {@code %%});
 * arguments are already escaped HTML where the text is HTML. Texts of one key take the same
 * arguments in every language, in the same order ({@code MessagesTest} checks it).
 */
public enum Say {
  WELCOME,
  HELP,
  /** What the data is, where it comes from, its date and gaps; %d countries, organisations, groups, partners. */
  ABOUT,
  EMPTY_QUESTION,
  NO_RESULTS,
  RESULTS_HEADER,
  THEME_HEADER,
  THEMES_PROMPT,
  /** Above the themes, for a question about what every pledge is about ("open government"). */
  BROAD_PROMPT,
  CONTACT_AREAS,
  /** The label of a pledger's contact link. */
  CONTACT,
  /** Under a pledge shown in English because it has no text in the answer language. */
  TEXT_IN_ENGLISH,
  /** Under a pledger whose pledge is inferred, not named by a source. */
  BASIS_INFERRED,
  KIND_COUNTRY,
  KIND_CIVIL_SOCIETY,
  KIND_WORKING_GROUP,
  KIND_MULTILATERAL,
  COUNTRY_USAGE,
  COUNTRY_UNKNOWN,
  /** The language's own name, written in it: the label of its button. */
  LANGUAGE_NAME,
  LANG_SET,
  LANG_PROMPT,
  UNKNOWN_COMMAND,
  EXPIRED,
  /**
   * A number typed where buttons are typed as numbers (the console) that no button of the latest
   * message shows: %d the number, %s the numbers shown (plain text).
   */
  NUMBER_NOT_SHOWN,
  /** A number typed where buttons are typed as numbers, when the latest message has no buttons: %d the number (plain text). */
  NUMBER_NO_BUTTONS,
  MORE,
  PREVIOUS,
  SUBSCRIBE_PROMPT,
  SUBSCRIBED,
  SUBSCRIBE_NOTHING,
  ALREADY_SUBSCRIBED,
  TARGET_THEME,
  TARGET_PLEDGER,
  TARGET_QUERY,
  NO_SUBSCRIPTIONS,
  SUBSCRIPTIONS_HEADER,
  UNSUBSCRIBE_BUTTON,
  UNSUBSCRIBE_USAGE,
  UNSUBSCRIBED,
  UNSUBSCRIBED_ALL,
  NO_SUCH_SUBSCRIPTION,
  TOO_MANY_SUBSCRIPTIONS,
  FORGET_CONFIRM,
  FORGET_YES,
  FORGET_NO,
  FORGOTTEN,
  FORGET_CANCELLED,
  ADMINS_ONLY,
  /** The apology when answering failed. */
  FAILURE,
  /** The apology in a few words, for a button (at most 64 characters). */
  FAILURE_SHORT,
  ALERT_TITLE,
  ALERT_AREA,
  ALERT_AREAS,
  /** The label of an alert's link when the pledger has no contact link, only its source. */
  ALERT_READ_MORE,
  ALERT_BECAUSE,
  ALERT_UNSUBSCRIBE,
  /** A user's words quoted in running text, with the language's quotation marks. */
  QUOTED,
  MENU_START,
  MENU_HELP,
  MENU_ABOUT,
  MENU_THEMES,
  MENU_COUNTRY,
  MENU_LANG,
  MENU_SUBSCRIBE,
  MENU_SUBSCRIPTIONS,
  MENU_UNSUBSCRIBE,
  MENU_FORGET,
  /** The command line's answer when nothing matches (plain text). */
  SEARCH_NO_MATCH;

  /** The text in {@code lang}, with {@code args} put in. */
  public String in(Lang lang, Object... args) {
    return String.format(Locale.ROOT, template(lang), args);
  }

  /** The text's pattern in {@code lang}, before any argument is put in. */
  public String template(Lang lang) {
    return switch (lang) {
      case EN -> EnglishTexts.text(this);
      case FR -> FrenchTexts.text(this);
      case ES -> SpanishTexts.text(this);
    };
  }

  /** The label of a kind of pledger, e.g. "country". */
  public static Say kind(Kind kind) {
    return switch (kind) {
      case COUNTRY -> KIND_COUNTRY;
      case CIVIL_SOCIETY -> KIND_CIVIL_SOCIETY;
      case WORKING_GROUP -> KIND_WORKING_GROUP;
      case MULTILATERAL -> KIND_MULTILATERAL;
    };
  }
}
