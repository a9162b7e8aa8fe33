package org.pledgebot.chat;

import java.util.Optional;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/** What the bot remembers about a chat between messages: its reply language and whether it listens. */
public interface ChatMemory {

  /**
   * Notes that the chat just wrote to the bot: a chat that had blocked the bot (and so stopped
   * getting alerts) has evidently unblocked it. Called for every message, so it must be cheap.
   */
  void chatSeen(long chatId, ChatType type);

  /** The language chosen with {@code /lang}, if any. */
  Optional<Lang> language(long chatId);

  /** Remembers {@code lang} as this chat's reply language. */
  void setLanguage(long chatId, Lang lang);
}
