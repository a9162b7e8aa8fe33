package org.pledgebot.chat;

import java.util.Optional;
import org.pledgebot.corpus.Lang;

/** What the bot remembers about a chat between messages: for now, its chosen reply language. */
public interface ChatMemory {

  /** The language chosen with {@code /lang}, if any. */
  Optional<Lang> language(long chatId);

  /** Remembers {@code lang} as this chat's reply language. */
  void setLanguage(long chatId, Lang lang);
}
