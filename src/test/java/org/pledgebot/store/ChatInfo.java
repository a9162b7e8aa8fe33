package org.pledgebot.store;

import java.time.Instant;
import java.util.Optional;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/**
 * What the store knows about one chat, as {@link StoreInspector} reads it for tests.
 *
 * @param id the Telegram chat id
 * @param type its type, as last seen (guessed from the id when never seen)
 * @param language the language chosen with {@code /lang}, if any
 * @param active false once the chat refused a message (403) and until it talks to the bot again
 * @param blockedAt when it refused, if it did
 * @param created when the store first met it
 */
public record ChatInfo(long id, ChatType type, Optional<Lang> language, boolean active, Optional<Instant> blockedAt,
    Instant created) {}
