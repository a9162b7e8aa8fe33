package org.pledgebot.alerts;

import java.util.function.Predicate;
import org.pledgebot.corpus.Pledge;

/**
 * Decides which saved questions a new pledge answers, by the same relevance rule as search.
 * The search package provides the real one (over a one-document index of the pledge).
 */
@FunctionalInterface
public interface QueryMatch {

  /** A test of saved questions against {@code pledge}; built once per new pledge, used for every query. */
  Predicate<Target.Query> over(Pledge pledge);

  /** Matches no question: for a bot run without query subscriptions. */
  QueryMatch NONE = pledge -> query -> false;
}
