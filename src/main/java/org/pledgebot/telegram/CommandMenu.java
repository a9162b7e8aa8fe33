package org.pledgebot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.pledgebot.chat.Command;
import org.pledgebot.corpus.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram clients show next to the text field, in each language the bot speaks
 * (chosen by the client's language, English by default): the commands' names in that language
 * ({@link Command#menuName}) and their descriptions ({@link Command#description}).
 */
final class CommandMenu {

  private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

  private CommandMenu() {}

  /** The menu for clients in {@code lang}, in {@link Command} order. */
  static List<BotCommand> in(Lang lang) {
    List<BotCommand> menu = new ArrayList<>();
    for (Command command : Command.values()) {
      menu.add(new BotCommand(command.menuName(lang), command.description().in(lang)));
    }
    return List.copyOf(menu);
  }

  /**
   * Registers the menu for everyone (in English) and for the clients of each language. The bot
   * works without it, so a refusal costs one warning, not the start.
   */
  static void register(BotApi api) throws InterruptedException {
    List<String> failures = new ArrayList<>();
    set(api, in(Lang.EN), null, failures);
    for (Lang lang : Lang.values()) {
      set(api, in(lang), lang.code(), failures);
    }
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
