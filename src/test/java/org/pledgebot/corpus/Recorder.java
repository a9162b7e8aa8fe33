package org.pledgebot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A listener that remembers what it heard, standing in for the search index. */
final class Recorder implements CorpusListener {

  private final List<String> events = new ArrayList<>();
  private final List<Pledge> upserts = new ArrayList<>();

  @Override
  public synchronized void synced(Corpus corpus) {
    events.add("synced " + corpus.pledges().size());
  }

  @Override
  public synchronized void upserted(Pledge pledge) {
    events.add("upserted " + pledge.id());
    upserts.add(pledge);
  }

  @Override
  public synchronized void deleted(String pledgeId) {
    events.add("deleted " + pledgeId);
  }

  synchronized List<String> events() {
    return List.copyOf(events);
  }

  synchronized List<Pledge> upserts() {
    return List.copyOf(upserts);
  }

  synchronized String lastText(String id) {
    for (int i = upserts.size() - 1; i >= 0; i--) {
      if (upserts.get(i).id().equals(id)) {
        return upserts.get(i).text(Lang.EN);
      }
    }
    return null;
  }

  /** Waits up to {@code millis} for the events to satisfy {@code condition}, else fails naming them. */
  void await(Predicate<List<String>> condition, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < deadline) {
      if (condition.test(events())) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("not seen within " + millis + " ms; events: " + events());
  }
}
