package org.pledgebot.alerts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.search.SavedQuery;

/**
 * The search's {@link PledgeMatcher} as a {@link QueryMatch}: saved questions match a new pledge
 * exactly when search would list it. Analysing a question costs far more than testing it, so each
 * question is compiled once and kept; the cache is emptied when it outgrows {@code maxQuestions}
 * (questions of removed subscriptions are never evicted one by one). Thread-safe.
 */
public final class SavedQueries implements QueryMatch {

  /** Far above the questions one bot holds, so that clearing is a safety valve, not a routine. */
  public static final int DEFAULT_MAX_QUESTIONS = 500_000;

  private final PledgeMatcher matcher;
  private final int maxQuestions;
  private final Map<Target.Query, SavedQuery> compiled = new ConcurrentHashMap<>();

  public SavedQueries(PledgeMatcher matcher, int maxQuestions) {
    this.matcher = matcher;
    this.maxQuestions = maxQuestions;
  }

  public SavedQueries(PledgeMatcher matcher) {
    this(matcher, DEFAULT_MAX_QUESTIONS);
  }

  @Override
  public Predicate<Target.Query> over(Pledge pledge) {
    PledgeMatcher.Prepared prepared = matcher.prepare(pledge);
    return query -> prepared.matches(compile(query));
  }

  /** The analysed form of a question, compiled on first use. */
  SavedQuery compile(Target.Query query) {
    SavedQuery saved = compiled.get(query);
    if (saved == null) {
      if (compiled.size() >= maxQuestions) {
        compiled.clear();
      }
      saved = compiled.computeIfAbsent(query, q -> matcher.compile(q.text(), Optional.of(q.lang())));
    }
    return saved;
  }

  /**
   * Compiles these questions now, so that the first new pledge after a start does not pay for
   * analysing every saved question (about a second for 20,000 of them).
   *
   * @return how many questions were compiled
   */
  public int warm(Collection<Target.Query> questions) {
    questions.forEach(this::compile);
    return questions.size();
  }

  /** How many questions are compiled (for tests and metrics). */
  int size() {
    return compiled.size();
  }
}
