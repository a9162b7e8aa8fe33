package org.pledgebot.alerts;

import java.time.Instant;

/**
 * One standing request for alerts.
 *
 * @param id unique across all chats, stable across restarts
 * @param chatId the chat to alert
 * @param target what it watches for
 * @param created when it was made
 */
public record Subscription(long id, long chatId, Target target, Instant created) {}
