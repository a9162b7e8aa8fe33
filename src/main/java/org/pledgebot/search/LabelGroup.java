package org.pledgebot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

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
final class LabelGroup extends Query {

  private final BooleanQuery terms;
  private final float boost;
  private final BoostQuery boosted;
  /** The group's leaves, for {@link RankedQuery}. */
  private final List<Query> leaves;
  /** Set once a rewrite walk left the group unchanged. */
  private volatile boolean settled;

  LabelGroup(BooleanQuery terms, float boost) {
    this.terms = terms;
    this.boost = boost;
    this.boosted = new BoostQuery(terms, boost);
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
    Query rewritten = boosted.rewrite(searcher);
    if (rewritten != boosted) {
      return rewritten;
    }
    settled = true;
    return this;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return searcher.createWeight(boosted, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    boosted.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return boosted.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && boosted.equals(((LabelGroup) other).boosted);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + boosted.hashCode();
  }
}
