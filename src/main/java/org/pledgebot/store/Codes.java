package org.pledgebot.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/** How values are spelled in the database. */
final class Codes {

  /** Telegram gives supergroups and channels ids below -10^12, basic groups small negative ids. */
  private static final long SUPERGROUP_IDS_BELOW = -1_000_000_000_000L;

  private Codes() {}

  static String type(ChatType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /** The stored type, or one guessed from the id for chats first met through {@code /lang}. */
  static ChatType type(String stored, long chatId) {
    if (stored != null) {
      return ChatType.valueOf(stored.toUpperCase(Locale.ROOT));
    }
    if (chatId < SUPERGROUP_IDS_BELOW) {
      return ChatType.SUPERGROUP;
    }
    return chatId < 0 ? ChatType.GROUP : ChatType.PRIVATE;
  }

  static String lang(Lang lang) {
    return lang == null ? null : lang.code();
  }

  static Optional<Lang> lang(String stored) {
    return stored == null ? Optional.empty() : Lang.parse(stored);
  }

  static String kind(Target target) {
    if (target instanceof Target.Theme) {
      return "theme";
    }
    return target instanceof Target.Pledger ? "pledger" : "query";
  }

  static String value(Target target) {
    if (target instanceof Target.Theme theme) {
      return theme.themeId();
    }
    if (target instanceof Target.Pledger pledger) {
      return pledger.pledgeId();
    }
    return ((Target.Query) target).text();
  }

  static Target target(String kind, String value, String lang, long subscriptionId) {
    return switch (kind) {
      case "theme" -> new Target.Theme(value);
      case "pledger" -> new Target.Pledger(value);
      case "query" -> new Target.Query(value, lang(lang).orElseThrow(
          () -> new StoreException("query subscription " + subscriptionId + " has no language")));
      default -> throw new StoreException("subscription " + subscriptionId + " has unknown kind \"" + kind + "\"");
    };
  }

  static long millis(Instant instant) {
    return instant.toEpochMilli();
  }

  static Instant instant(long millis) {
    return Instant.ofEpochMilli(millis);
  }
}
