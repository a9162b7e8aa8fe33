package org.pledgebot.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of the outbox, as {@link StoreInspector} reads it for tests.
 *
 * @param id the outbox id
 * @param chatId the chat alerted
 * @param pledgeId the new pledge
 * @param subscriptionId the subscription that matched first; empty once it was removed
 * @param status where it is
 * @param attempts sends tried so far
 * @param nextAttempt when a pending alert is due
 * @param created when it was queued
 * @param sentAt when it was delivered, if it was
 * @param lastError why the last attempt failed or why it was dropped, if so
 */
public record AlertRecord(long id, long chatId, String pledgeId, Optional<Long> subscriptionId, Status status,
    int attempts, Instant nextAttempt, Instant created, Optional<Instant> sentAt, Optional<String> lastError) {

  /** Where an alert is. */
  public enum Status {
    PENDING,
    SENT,
    DROPPED;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status of(String code) {
      return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
          .orElseThrow(() -> new StoreException("unknown outbox status \"" + code + "\""));
    }
  }
}
