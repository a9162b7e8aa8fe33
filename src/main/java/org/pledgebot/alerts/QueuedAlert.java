package org.pledgebot.alerts;

import java.time.Instant;
import java.util.Optional;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.ChatType;

/**
 * One pending alert with what is needed to render and send it.
 *
 * @param id the outbox id
 * @param chatId the chat to alert
 * @param chatType the chat's type, as last seen
 * @param chatLanguage the language chosen in the chat, if any
 * @param pledgeId the new pledge
 * @param subscription the subscription that matched; empty when it was removed meanwhile
 * @param subscriptionLanguage the language the subscription was made in, if known
 * @param attempts how many sends failed so far
 * @param created when the alert was queued
 */
public record QueuedAlert(
    long id,
    long chatId,
    ChatType chatType,
    Optional<Lang> chatLanguage,
    String pledgeId,
    Optional<Subscription> subscription,
    Optional<Lang> subscriptionLanguage,
    int attempts,
    Instant created) {}
