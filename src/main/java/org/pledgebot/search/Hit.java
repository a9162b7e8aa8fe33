package org.pledgebot.search;

import java.util.Objects;
import java.util.function.IntFunction;
import org.pledgebot.corpus.Pledge;

/**
 * One pledger that answers a question: the pledge, its relevance score (higher is better;
 * comparable only within one response) and its snippet, a short plain-text extract of the pledge in
 * the answer language.
 *
 * <p>A value like a record, equal by pledge, score and snippet; not a record because the snippet
 * is made on first demand ({@link Snippets#onDemand}): an answer whose snippets nobody shows (an
 * inline query's cards, a count) does not pay for them, and one that shows any makes those of all
 * its hits at once, as the shared-sentence rule reads them all. The text is the same whenever it
 * is asked for.
 */
public final class Hit {

  private final Pledge pledge;
  private final float score;
  private final IntFunction<String> snippets;
  private final int index;

  /** The hit at {@code index} of an answer whose snippets {@code snippets} gives by index. */
  Hit(Pledge pledge, float score, IntFunction<String> snippets, int index) {
    this.pledge = Objects.requireNonNull(pledge, "pledge");
    this.score = score;
    this.snippets = Objects.requireNonNull(snippets, "snippets");
    this.index = index;
  }

  /** The pledge. */
  public Pledge pledge() {
    return pledge;
  }

  /** The relevance score, higher is better; comparable only within one response. */
  public float score() {
    return score;
  }

  /** A short plain-text extract of the pledge in the answer language. */
  public String snippet() {
    return snippets.apply(index);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hit h && pledge.equals(h.pledge) && Float.compare(score, h.score) == 0
        && snippet().equals(h.snippet());
  }

  @Override
  public int hashCode() {
    return Objects.hash(pledge, score, snippet());
  }

  @Override
  public String toString() {
    return "Hit[pledge=" + pledge + ", score=" + score + ", snippet=" + snippet() + "]";
  }
}
