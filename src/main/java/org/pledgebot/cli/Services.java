package org.pledgebot.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot's parts, closed in the reverse of the order they were added: the last one
 * started (the one that feeds the others) is the first one stopped. Closing twice is harmless,
 * so the shutdown hook and the normal exit path can both call it.
 */
final class Services implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Services.class);

  private final Deque<AutoCloseable> parts = new ArrayDeque<>();

  /** Adds a part to close later and returns it. */
  synchronized <T extends AutoCloseable> T add(T part) {
    parts.push(part);
    return part;
  }

  /** Closes every part, newest first; a part that fails to close is logged and the rest still close. */
  @Override
  public synchronized void close() {
    while (!parts.isEmpty()) {
      AutoCloseable part = parts.pop();
      try {
        part.close();
      } catch (Exception e) {
        log.warn("failed to close {}: {}", part.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
