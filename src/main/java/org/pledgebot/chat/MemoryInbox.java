package org.pledgebot.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@link UpdateInbox} in memory, for one process: for a bot without a store, and for tests. */
final class MemoryInbox implements UpdateInbox {

  private record Entry(String json, Instant leaseUntil, int attempts, Instant doneAt) {}

  private final Map<Long, Entry> entries = new TreeMap<>(); // guarded by this, by update id

  @Override
  public synchronized boolean accept(long updateId, String json, Instant leaseUntil) {
    return entries.putIfAbsent(updateId, new Entry(json, leaseUntil, 1, null)) == null;
  }

  @Override
  public synchronized Set<Long> renew(Collection<Long> updateIds, Instant now, Instant leaseUntil) {
    Set<Long> renewed = new HashSet<>();
    for (long id : updateIds) {
      Entry e = entries.get(id);
      if (e != null && e.doneAt() == null && !e.leaseUntil().isBefore(now)) {
        entries.put(id, new Entry(e.json(), leaseUntil, e.attempts(), null));
        renewed.add(id);
      }
    }
    return renewed;
  }

  @Override
  public synchronized void done(long updateId, Instant at) {
    entries.computeIfPresent(updateId, (id, e) -> e.doneAt() != null ? e
        : new Entry(e.json(), e.leaseUntil(), e.attempts(), at));
  }

  @Override
  public synchronized List<Claimed> claimExpired(Instant now, Instant leaseUntil, int limit) {
    List<Claimed> claimed = new ArrayList<>();
    for (Map.Entry<Long, Entry> row : entries.entrySet()) {
      if (claimed.size() >= limit) {
        break;
      }
      Entry e = row.getValue();
      if (e.doneAt() == null && e.leaseUntil().isBefore(now)) {
        row.setValue(new Entry(e.json(), leaseUntil, e.attempts() + 1, null));
        claimed.add(new Claimed(row.getKey(), e.json(), e.attempts() + 1));
      }
    }
    return claimed;
  }

  @Override
  public synchronized int forgetDone(Instant before) {
    int size = entries.size();
    entries.values().removeIf(e -> e.doneAt() != null && e.doneAt().isBefore(before));
    return size - entries.size();
  }

  @Override
  public String toString() {
    return "UpdateInbox[memory]";
  }
}
