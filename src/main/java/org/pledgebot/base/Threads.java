package org.pledgebot.base;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for the bot's background work. */
public final class Threads {

  private Threads() {}

  /**
   * Daemon threads (they never keep the process alive: their owners are closed on the way out)
   * named {@code prefix-1}, {@code prefix-2}, ... in the order they are made, so that a thread
   * dump or a log line says whose they are.
   */
  public static ThreadFactory daemon(String prefix) {
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("a thread name prefix is required, got \"" + prefix + "\"");
    }
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
