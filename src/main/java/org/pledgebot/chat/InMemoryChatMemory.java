package org.pledgebot.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgebot.corpus.Lang;

/** A {@link ChatMemory} that forgets everything when the process ends, for tests and the console. */
public final class InMemoryChatMemory implements ChatMemory {

  private final Map<Long, Lang> languages = new ConcurrentHashMap<>();

  @Override
  public Optional<Lang> language(long chatId) {
    return Optional.ofNullable(languages.get(chatId));
  }

  @Override
  public void setLanguage(long chatId, Lang lang) {
    languages.put(chatId, lang);
  }
}
