package org.pledgebot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pledgebot.pace.Throttle;

/** A throttle that never waits and remembers what it was asked. */
final class RecordingThrottle implements Throttle {

  record Acquire(long chatId, boolean group, Priority priority) {}

  record BackOff(long chatId, Duration retryAfter) {}

  final List<Acquire> acquires = new CopyOnWriteArrayList<>();
  final List<BackOff> backOffs = new CopyOnWriteArrayList<>();

  @Override
  public void acquire(long chatId, boolean group, Priority priority) {
    acquires.add(new Acquire(chatId, group, priority));
  }

  @Override
  public void backOff(long chatId, Duration retryAfter) {
    backOffs.add(new BackOff(chatId, retryAfter));
  }
}
