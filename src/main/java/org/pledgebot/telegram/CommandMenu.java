package org.pledgebot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram clients show next to the text field: English and French names and
 * descriptions, chosen by the client's language, English by default.
 */
final class CommandMenu {

  private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

  static final List<BotCommand> ENGLISH = List.of(
      new BotCommand("start", "Welcome and how to ask a question"),
      new BotCommand("help", "How to use this bot"),
      new BotCommand("themes", "Browse the pledges by theme"),
      new BotCommand("country", "Pledges of a country, e.g. /country Norway"),
      new BotCommand("lang", "Reply language: /lang en or /lang fr"),
      new BotCommand("subscribe", "Get alerts on a theme, a pledger or a question"),
      new BotCommand("subscriptions", "List your alerts"),
      new BotCommand("unsubscribe", "Stop an alert"),
      new BotCommand("forget", "Delete everything stored about this chat"));

  static final List<BotCommand> FRENCH = List.of(
      new BotCommand("start", "Accueil et comment poser une question"),
      new BotCommand("help", "Comment utiliser ce bot"),
      new BotCommand("themes", "Parcourir les engagements par thème"),
      new BotCommand("pays", "Engagements d'un pays, par ex. /pays Norvège"),
      new BotCommand("lang", "Langue des réponses : /lang fr ou /lang en"),
      new BotCommand("abonner", "Recevoir des alertes sur un thème, un signataire ou une question"),
      new BotCommand("abonnements", "Lister vos alertes"),
      new BotCommand("desabonner", "Arrêter une alerte"),
      new BotCommand("oublier", "Effacer tout ce qui est conservé sur cette conversation"));

  private CommandMenu() {}

  /**
   * Registers the menu for French clients, English clients and everyone else. The bot works
   * without it, so a refusal costs one warning, not the start.
   */
  static void register(BotApi api) throws InterruptedException {
    List<String> failures = new ArrayList<>();
    set(api, ENGLISH, null, failures);
    set(api, ENGLISH, "en", failures);
    set(api, FRENCH, "fr", failures);
    if (!failures.isEmpty()) {
      log.warn("command menu not (fully) registered, the bot works without it: {}", String.join("; ", failures));
    }
  }

  private static void set(BotApi api, List<BotCommand> commands, String language, List<String> failures)
      throws InterruptedException {
    SetMyCommands call = SetMyCommands.builder().commands(commands).languageCode(language).build();
    try {
      api.once(call, "menu " + (language == null ? "default" : language));
    } catch (ApiCallException e) {
      failures.add(e.getMessage());
    }
  }
}
