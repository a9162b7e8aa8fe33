package org.pledgebot.search;

import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A subscriber's question, analysed once by {@link PledgeMatcher#compile} and then matched
 * against every new pledge without analysing it again. Immutable and thread-safe; independent of
 * any index, so it can be kept for the life of the subscription.
 */
public final class SavedQuery {

  private final Question question;
  /** {@link #actClauses}: a function of the question alone, worked out once rather than per pledge tried. */
  private final Set<String> actClauses;

  SavedQuery(Question question) {
    this.question = question;
    this.actClauses = Set.copyOf(QueryBuilder.actBoosts(question.themes(), question.actThemes()).keySet());
  }

  Question compiled() {
    return question;
  }

  /** The themes only an act says that the question's query gives a clause ({@link QueryBuilder#actBoosts}). */
  Set<String> actClauses() {
    return actClauses;
  }

  /** The question as it will be matched (trimmed, possibly truncated). */
  public String question() {
    return question.text();
  }

  /** The language to write the alert in: the one asked for, else the question's own. */
  public Lang lang() {
    return question.lang();
  }

  /** Whether the question is blank, so that it can never match. */
  public boolean isEmpty() {
    return question.isEmpty();
  }

  @Override
  public String toString() {
    return "SavedQuery[" + question.text() + " (" + question.lang().code() + ")]";
  }
}
