package org.pledgebot.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.Say;

/**
 * The commands the bot understands and their names. The English names are everyone's: the
 * menus of every language show some of them, so typing one says nothing of the user's language.
 * A name of another language does: the bot answers it in that language, unless the chat chose
 * one with {@code /lang}.
 */
public enum Command {
  START("start"),
  HELP("help"),
  ABOUT("about"),
  THEMES("themes", "theme"),
  COUNTRY("country", "who"),
  LANG("lang", "language"),
  SUBSCRIBE("subscribe"),
  SUBSCRIPTIONS("subscriptions"),
  UNSUBSCRIBE("unsubscribe"),
  FORGET("forget");

  /**
   * A command as typed.
   *
   * @param command what it asks for
   * @param lang the language its name belongs to; empty for an English name, which anyone types
   */
  record Named(Command command, Optional<Lang> lang) {}

  private static final Map<String, Named> BY_NAME = byName();

  private final List<String> names;

  Command(String... names) {
    this.names = List.of(names);
  }

  /** The command typed as {@code name} (lowercase, without the slash or a bot mention). */
  static Optional<Named> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The names of this command in {@code lang} that say the user reads it; none for English. */
  List<String> localNames(Lang lang) {
    return switch (lang) {
      case EN -> List.of();
      case FR -> switch (this) {
        case START -> List.of();
        case HELP -> List.of("aide");
        case ABOUT -> List.of("apropos");
        case THEMES -> List.of("thèmes");
        case COUNTRY -> List.of("pays", "qui");
        case LANG -> List.of("langue");
        case SUBSCRIBE -> List.of("abonner", "sabonner");
        case SUBSCRIPTIONS -> List.of("abonnements");
        case UNSUBSCRIBE -> List.of("desabonner", "désabonner");
        case FORGET -> List.of("oublier");
      };
      case ES -> switch (this) {
        case START -> List.of();
        case HELP -> List.of("ayuda");
        case ABOUT -> List.of("acerca");
        case THEMES -> List.of("temas");
        case COUNTRY -> List.of("pais", "país", "quien", "quién");
        case LANG -> List.of("idioma");
        case SUBSCRIBE -> List.of("suscribir", "suscribirse");
        case SUBSCRIPTIONS -> List.of("suscripciones");
        case UNSUBSCRIBE -> List.of("desuscribir", "cancelar");
        case FORGET -> List.of("olvidar");
      };
    };
  }

  /**
   * The name Telegram's command menu shows to a client in {@code lang}: the language's own name
   * where the texts of that language use it, else the English one.
   */
  public String menuName(Lang lang) {
    return switch (lang) {
      case EN -> names.get(0);
      case FR -> switch (this) {
        case START, HELP, THEMES, LANG -> names.get(0);
        case ABOUT, COUNTRY, SUBSCRIBE, SUBSCRIPTIONS, UNSUBSCRIBE, FORGET -> localNames(lang).get(0);
      };
      case ES -> switch (this) {
        case START, LANG -> names.get(0);
        case HELP, ABOUT, THEMES, COUNTRY, SUBSCRIBE, SUBSCRIPTIONS, UNSUBSCRIBE, FORGET -> localNames(lang).get(0);
      };
    };
  }

  /** What the command menu says of this command. */
  public Say description() {
    return switch (this) {
      case START -> Say.MENU_START;
      case HELP -> Say.MENU_HELP;
      case ABOUT -> Say.MENU_ABOUT;
      case THEMES -> Say.MENU_THEMES;
      case COUNTRY -> Say.MENU_COUNTRY;
      case LANG -> Say.MENU_LANG;
      case SUBSCRIBE -> Say.MENU_SUBSCRIBE;
      case SUBSCRIPTIONS -> Say.MENU_SUBSCRIPTIONS;
      case UNSUBSCRIBE -> Say.MENU_UNSUBSCRIBE;
      case FORGET -> Say.MENU_FORGET;
    };
  }

  private static Map<String, Named> byName() {
    Map<String, Named> out = new HashMap<>();
    for (Command command : values()) {
      for (String name : command.names) {
        add(out, name, new Named(command, Optional.empty()));
      }
      for (Lang lang : Lang.values()) {
        for (String name : command.localNames(lang)) {
          add(out, name, new Named(command, Optional.of(lang)));
        }
      }
    }
    return Map.copyOf(out);
  }

  private static void add(Map<String, Named> out, String name, Named named) {
    Named before = out.putIfAbsent(name, named);
    if (before != null) {
      throw new IllegalStateException("command name /" + name + " means both " + before + " and " + named);
    }
  }
}
