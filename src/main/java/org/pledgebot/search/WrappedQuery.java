package org.pledgebot.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query searched exactly as the one it wraps, whose subclass only changes what Lucene's rewrite
 * does with it ({@link PledgeSearch}'s already rewritten query, {@link LabelGroup}): the weight is
 * the one the searcher makes of the wrapped query, and two wrappers of one class are equal when
 * what they wrap is.
 */
abstract class WrappedQuery extends Query {

  private final Query wrapped;

  WrappedQuery(Query wrapped) {
    this.wrapped = wrapped;
  }

  /** The query searched. */
  final Query wrapped() {
    return wrapped;
  }

  @Override
  public final Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return searcher.createWeight(wrapped, scoreMode, boost);
  }

  @Override
  public final void visit(QueryVisitor visitor) {
    wrapped.visit(visitor);
  }

  @Override
  public final String toString(String field) {
    return wrapped.toString(field);
  }

  @Override
  public final boolean equals(Object other) {
    return sameClassAs(other) && wrapped.equals(((WrappedQuery) other).wrapped);
  }

  @Override
  public final int hashCode() {
    return 31 * classHash() + wrapped.hashCode();
  }
}
