package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class ThreadsTest {

  @Test
  void daemonThreadsAreNamedAndNumberedPerFactory() {
    ThreadFactory search = Threads.daemon("search");
    Thread first = search.newThread(() -> {});
    Thread second = search.newThread(() -> {});
    assertEquals("search-1", first.getName());
    assertEquals("search-2", second.getName());
    assertTrue(first.isDaemon() && second.isDaemon());
    assertEquals("poll-1", Threads.daemon("poll").newThread(() -> {}).getName(), "each factory counts from 1");
  }

  @Test
  void thePrefixIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> Threads.daemon(" "));
  }
}
