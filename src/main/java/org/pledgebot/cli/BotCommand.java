package org.pledgebot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.store.Store;
import org.pledgebot.console.ConsoleChat;
import picocli.CommandLine.Command;

/** {@code bot}: serves the chat over Telegram when a token is set, else on the console. */
@Command(name = "bot", mixinStandardHelpOptions = true,
    description = "Run the bot: Telegram when TELEGRAM_BOT_TOKEN is set, else the console chat.")
final class BotCommand implements Callable<Integer> {

  private final Context context;

  BotCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(context.env());
    try (App app = App.open(settings); Store store = Store.open(settings.database())) {
      context.err().println("No TELEGRAM_BOT_TOKEN set: running the console chat. Ask a question, /help for commands.");
      context.err().flush();
      ChatEngine engine = new ChatEngine(app.search(), store, store);
      BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
      new ConsoleChat(engine, in, context.out(), System.console() != null ? ConsoleChat.Mode.INTERACTIVE : ConsoleChat.Mode.PIPED, languageCode(context)).run();
      return 0;
    }
  }

  /** The console user's language, from the POSIX locale variables (e.g. {@code fr_FR.UTF-8}). */
  static String languageCode(Context context) {
    for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = context.env().get(var);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
