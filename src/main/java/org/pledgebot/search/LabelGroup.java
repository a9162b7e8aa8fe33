package org.pledgebot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The named themes' label group ({@link QueryBuilder}: a boosted disjunction of the label stems'
 * terms), kept per set of stems by {@link FieldTerms#labels} and so the same object at every
 * question naming those themes. It searches as that boosted disjunction does, but Lucene's rewrite
 * walks it only until it is found settled: the first walk that leaves the disjunction unchanged
 * says every later walk would (a query never changes, nor does the snapshot its group is kept
 * for), and from then on the rewrite of a question's query returns the group as it is instead of
 * building its clause list and its map of boxed boosts anew for a few dozen terms at every search.
 * A walk that changes it hands over Lucene's rewritten query, as before.
 */
final class LabelGroup extends WrappedQuery {

  private final BooleanQuery terms;
  private final float boost;
  /** The group's leaves, for {@link RankedQuery}. */
  private final List<Query> leaves;
  /** Set once a rewrite walk left the group unchanged. */
  private volatile boolean settled;

  LabelGroup(BooleanQuery terms, float boost) {
    super(new BoostQuery(terms, boost));
    this.terms = terms;
    this.boost = boost;
    List<Query> out = new ArrayList<>(terms.clauses().size());
    for (BooleanClause c : terms.clauses()) {
      out.add(c.getQuery());
    }
    this.leaves = List.copyOf(out);
  }

  /** The disjunction of the label terms. */
  BooleanQuery terms() {
    return terms;
  }

  float boost() {
    return boost;
  }

  /** The disjunction's clauses' queries, in order. */
  List<Query> leaves() {
    return leaves;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    if (settled) {
      return this;
    }
    Query rewritten = wrapped().rewrite(searcher);
    if (rewritten != wrapped()) {
      return rewritten;
    }
    settled = true;
    return this;
  }
}
