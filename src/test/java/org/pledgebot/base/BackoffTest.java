package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromTheFirstWaitUpToTheCap() {
    Backoff backoff = Backoff.doubling(Duration.ofMillis(500), Duration.ofSeconds(3));
    assertEquals(Duration.ofMillis(500), backoff.delay(1));
    assertEquals(Duration.ofMillis(1000), backoff.delay(2));
    assertEquals(Duration.ofMillis(2000), backoff.delay(3));
    assertEquals(Duration.ofSeconds(3), backoff.delay(4));
    assertEquals(Duration.ofSeconds(3), backoff.delay(400));
    assertEquals(Duration.ofSeconds(3), backoff.delay(Integer.MAX_VALUE));
  }

  @Test
  void noFailureYetWaitsTheFirstWait() {
    Backoff backoff = Backoff.doubling(Duration.ofSeconds(5), Duration.ofHours(1));
    assertEquals(Duration.ofSeconds(5), backoff.delay(0));
    assertEquals(Duration.ofSeconds(5), backoff.delay(-3));
  }

  @Test
  void anyFactorMultipliesAndACapAtTheFirstWaitIsConstant() {
    Backoff triple = new Backoff(Duration.ofSeconds(1), 3, Duration.ofMinutes(1));
    assertEquals(Duration.ofSeconds(9), triple.delay(3));
    assertEquals(Duration.ofSeconds(27), triple.delay(4));
    assertEquals(Duration.ofMinutes(1), triple.delay(5));
    Backoff constant = new Backoff(Duration.ofSeconds(2), 1, Duration.ofSeconds(10));
    assertEquals(Duration.ofSeconds(2), constant.delay(50));
    Backoff capped = Backoff.doubling(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(2), capped.delay(7));
  }

  @Test
  void aHugeCapDoesNotOverflow() {
    Backoff backoff = Backoff.doubling(Duration.ofSeconds(1), Duration.ofSeconds(Long.MAX_VALUE));
    assertEquals(Duration.ofSeconds(1L << 40), backoff.delay(41));
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), backoff.delay(Integer.MAX_VALUE));
  }

  @Test
  void badSettingsNameTheirValues() {
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> Backoff.doubling(Duration.ofSeconds(5), Duration.ofSeconds(1)));
    assertTrue(order.getMessage().contains("PT5S") && order.getMessage().contains("PT1S"), order.getMessage());
    IllegalArgumentException factor = assertThrows(IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(1), 0, Duration.ofSeconds(2)));
    assertTrue(factor.getMessage().contains("0"), factor.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Backoff.doubling(Duration.ofSeconds(-1), Duration.ofSeconds(2)));
  }
}
