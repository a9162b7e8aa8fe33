package org.pledgebot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A rewritten {@code +core rank1 rank2 ...} boolean query (what {@link QueryBuilder} makes of a
 * question with ranking words), scored to the same float as Lucene's {@code ReqOptSumScorer} over a
 * {@code DisjunctionSumScorer}, but skipping the pledges that cannot enter the top hits.
 *
 * <p>Lucene scores every pledge the core matches against every ranking clause: on a large index a
 * theme question's core matches tens of thousands of pledges and its ranking clauses (the question's
 * words, the theme label's stems) tens of thousands more, and each clause's postings are walked for
 * all of them. Here each core match first gets its exact core score; the ranking clauses' block
 * maxima then bound what it could reach, and the clauses are read one at a time, only while the
 * bound, less the clauses that missed, still reaches the collector's minimum score: first the
 * clauses whose reads have lowered the bound most so far in the segment (at the start, the highest
 * maxima).
 *
 * <p>The score is computed as Lucene computes it: core score (a float) plus the ranking sum, that
 * sum taken in double over each clause's float and rounded to float once; a nested group of
 * ranking terms (the label clause) is summed in double and rounded to float before it joins the
 * sum, as its own disjunction would. Scores and ranking are therefore unchanged.
 */
final class RankedQuery extends Query {

  /** One ranking clause: a leaf query, and the nested group it belongs to (-1: none). */
  private record Part(Query query, float boost, int group) {}

  private final Query core;
  private final List<Part> parts;
  private final int groups;
  /** Each nested group's parts, gathered once here rather than filtered out of {@link #parts} per weight. */
  private final List<List<Part>> members;
  /** The snapshot's group scores, or null: every group's terms are scored for each search. */
  private final Groups cache;

  private RankedQuery(Query core, List<Part> parts, List<List<Part>> members, Groups cache) {
    this.core = core;
    this.parts = parts;
    this.groups = members.size();
    this.members = members;
    this.cache = cache;
  }

  static Optional<Query> of(Query rewritten) {
    return of(rewritten, null);
  }

  /**
   * The ranked form of an already rewritten query, or empty when it is not {@code +core} plus
   * optional clauses alone (then Lucene's own scorers run it).
   *
   * @param cache the searcher's {@link Groups} (one per index snapshot), or null
   */
  static Optional<Query> of(Query rewritten, Groups cache) {
    if (!(rewritten instanceof BooleanQuery root) || root.getMinimumNumberShouldMatch() != 0) {
      return Optional.empty();
    }
    Query core = null;
    List<Part> parts = new ArrayList<>();
    List<List<Part>> members = new ArrayList<>();
    for (BooleanClause c : root.clauses()) {
      if (c.getOccur() == Occur.MUST && core == null) {
        core = c.getQuery();
      } else if (c.getOccur() == Occur.SHOULD) {
        Optional<List<Query>> group = group(c.getQuery());
        if (group.isPresent()) {
          float boost = c.getQuery() instanceof LabelGroup l ? l.boost()
              : c.getQuery() instanceof BoostQuery b ? b.getBoost() : 1f;
          List<Part> member = new ArrayList<>(group.get().size());
          for (Query q : group.get()) {
            Part p = new Part(q, boost, members.size());
            parts.add(p);
            member.add(p);
          }
          members.add(member);
        } else {
          parts.add(new Part(c.getQuery(), 1f, -1));
        }
      } else {
        return Optional.empty();
      }
    }
    return core == null || parts.isEmpty() ? Optional.empty() : Optional.of(new RankedQuery(core, List.copyOf(parts), members, cache));
  }

  /** The clauses of a pure disjunction of leaves (optionally boosted as a whole), or empty. */
  private static Optional<List<Query>> group(Query q) {
    if (q instanceof LabelGroup l) {
      // its clauses as the boolean query's below: several distinct terms, all SHOULD, minimum 0
      return Optional.of(l.leaves());
    }
    Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
    if (!(inner instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0 || bq.clauses().size() < 2) {
      return Optional.empty();
    }
    List<Query> out = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      if (c.getOccur() != Occur.SHOULD || c.getQuery() instanceof BooleanQuery
          || c.getQuery() instanceof BoostQuery bb && bb.getQuery() instanceof BooleanQuery) {
        return Optional.empty();
      }
      out.add(c.getQuery());
    }
    return Optional.of(out);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode != ScoreMode.TOP_SCORES || boost != 1f) {
      return searcher.createWeight(asBoolean(), scoreMode, boost);
    }
    Weight coreWeight = searcher.createWeight(core, scoreMode, 1f);
    // a nested group (a theme label's stems) is the same for every question naming that theme: its
    // per-pledge sums come from the snapshot's cache, and its terms are neither looked up nor walked
    Grouped[] grouped = new Grouped[groups];
    if (cache != null) {
      for (int g = 0; g < groups; g++) {
        grouped[g] = cache.of(searcher, members.get(g), scoreMode);
      }
    }
    Weight[] weights = new Weight[parts.size()];
    for (int i = 0; i < weights.length; i++) {
      if (parts.get(i).group() < 0 || grouped[parts.get(i).group()] == null) {
        weights[i] = searcher.createWeight(parts.get(i).query(), scoreMode, parts.get(i).boost());
      }
    }
    return new Weight(this) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Scorer c = coreWeight.scorer(context);
        if (c == null) {
          return null;
        }
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
          Scorer s = weights[i] == null ? null : weights[i].scorer(context);
          if (s != null) {
            leaves.add(new Leaf(s, parts.get(i).group(), s.getMaxScore(DocIdSetIterator.NO_MORE_DOCS)));
          }
        }
        for (Grouped g : grouped) {
          Scorer s = g == null ? null : g.scorer(this, context.ord);
          if (s != null) {
            // the group's sum, already rounded to float as its disjunction rounds it: a clause of its own
            leaves.add(new Leaf(s, -1, s.getMaxScore(DocIdSetIterator.NO_MORE_DOCS)));
          }
        }
        // best first: a miss on a clause that can add much is what rules a pledge out soonest
        leaves.sort(Comparator.comparingDouble((Leaf l) -> l.globalMax).reversed());
        return new RankedScorer(this, c, leaves.toArray(Leaf[]::new), groups);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Scorer s = scorer(context);
        if (s != null && s.iterator().advance(doc) == doc) {
          return Explanation.match(s.score(), "ranked core and clauses");
        }
        return Explanation.noMatch("not matched by the core");
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /**
   * The per-pledge sums of the nested groups asked for in one index snapshot (its searcher holds
   * one): pledge ids and each one's group score, the float its disjunction gives (the terms' scores
   * summed in double, rounded once). Statistics and norms are the snapshot's, so the sums are
   * exactly those a search would compute; a new snapshot starts empty.
   */
  static final class Groups {
    /** Beyond this many groups the cache starts again (a group per theme or set of themes asked). */
    static final int MAX = 256;

    private final Map<List<Part>, Grouped> byParts = new ConcurrentHashMap<>();

    Grouped of(IndexSearcher searcher, List<Part> group, ScoreMode scoreMode) throws IOException {
      Grouped g = byParts.get(group);
      if (g == null) {
        g = Grouped.of(searcher, group, scoreMode);
        if (byParts.size() >= MAX) {
          byParts.clear();
        }
        byParts.put(group, g);
      }
      return g;
    }
  }

  /**
   * One group's sums in each segment (by leaf ordinal): matching docs in order, their scores, block
   * maxima. A lone scoring clause is a group of one: its sums are its own scores (a float summed in
   * double and rounded back is itself), which is how a small snapshot keeps its terms' scores
   * ({@link PledgeSearch.SlicedSearcher}).
   */
  record Grouped(int[][] docs, float[][] scores, float[][] blockMax) {

    private static final int BLOCK_SHIFT = 7;

    static Grouped of(IndexSearcher searcher, List<Part> group, ScoreMode scoreMode) throws IOException {
      List<Weight> weights = new ArrayList<>();
      for (Part p : group) {
        weights.add(searcher.createWeight(p.query(), scoreMode, p.boost()));
      }
      return of(searcher.getIndexReader().leaves(), weights);
    }

    /** The sums of {@code weights}' scores per pledge, each segment's scorers walked once. */
    static Grouped of(List<LeafReaderContext> contexts, List<Weight> weights) throws IOException {
      int[][] docs = new int[contexts.size()][];
      float[][] scores = new float[contexts.size()][];
      float[][] blockMax = new float[contexts.size()][];
      for (LeafReaderContext context : contexts) {
        int maxDoc = context.reader().maxDoc();
        double[] sums = new double[maxDoc];
        boolean[] hit = new boolean[maxDoc];
        for (Weight w : weights) {
          Scorer s = w.scorer(context);
          if (s == null) {
            continue;
          }
          DocIdSetIterator it = s.iterator();
          for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
            sums[d] += s.score();
            hit[d] = true;
          }
        }
        int n = 0;
        for (boolean h : hit) {
          n += h ? 1 : 0;
        }
        int[] ds = new int[n];
        float[] ss = new float[n];
        float[] max = new float[(maxDoc >> BLOCK_SHIFT) + 1];
        for (int d = 0, k = 0; d < maxDoc; d++) {
          if (hit[d]) {
            ds[k] = d;
            ss[k] = (float) sums[d];
            max[d >> BLOCK_SHIFT] = Math.max(max[d >> BLOCK_SHIFT], ss[k]);
            k++;
          }
        }
        docs[context.ord] = ds;
        scores[context.ord] = ss;
        blockMax[context.ord] = max;
      }
      return new Grouped(docs, scores, blockMax);
    }

    /** The group's sums in segment {@code ord}, or null when no pledge there matches it. */
    Scorer scorer(Weight weight, int ord) {
      int[] ds = docs[ord];
      float[] ss = scores[ord];
      float[] max = blockMax[ord];
      if (ds.length == 0) {
        return null;
      }
      return new Scorer(weight) {
        private int i = -1;
        private int shallow;

        private int current() {
          return i < 0 ? -1 : i >= ds.length ? DocIdSetIterator.NO_MORE_DOCS : ds[i];
        }

        @Override
        public int docID() {
          return current();
        }

        @Override
        public float score() {
          return ss[i];
        }

        @Override
        public int advanceShallow(int target) {
          shallow = Math.max(shallow, target);
          // past the last block nothing is left: Lucene's bulk scorers read that as the end
          int last = (max.length << BLOCK_SHIFT) - 1;
          return target > last ? DocIdSetIterator.NO_MORE_DOCS : target | ((1 << BLOCK_SHIFT) - 1);
        }

        @Override
        public float getMaxScore(int upTo) {
          float m = 0;
          int last = Math.min(upTo >> BLOCK_SHIFT, max.length - 1);
          for (int b = shallow >> BLOCK_SHIFT; b <= last; b++) {
            m = Math.max(m, max[b]);
          }
          return m;
        }

        @Override
        public DocIdSetIterator iterator() {
          return new DocIdSetIterator() {
            @Override
            public int docID() {
              return current();
            }

            @Override
            public int nextDoc() {
              i = Math.min(i + 1, ds.length);
              return current();
            }

            @Override
            public int advance(int target) {
              if (i + 1 >= ds.length) {
                i = ds.length;
              } else {
                int at = Arrays.binarySearch(ds, i + 1, ds.length, target);
                i = at >= 0 ? at : -at - 1;
              }
              return current();
            }

            @Override
            public long cost() {
              return ds.length;
            }
          };
        }
      };
    }
  }

  /** The plain boolean query this one scores like, for other score modes. */
  private Query asBoolean() {
    BooleanQuery.Builder root = new BooleanQuery.Builder().add(core, Occur.MUST);
    List<List<Query>> byGroup = new ArrayList<>();
    List<Float> boosts = new ArrayList<>();
    for (Part p : parts) {
      if (p.group() < 0) {
        root.add(p.query(), Occur.SHOULD);
      } else {
        while (byGroup.size() <= p.group()) {
          byGroup.add(new ArrayList<>());
          boosts.add(1f);
        }
        byGroup.get(p.group()).add(p.query());
        boosts.set(p.group(), p.boost());
      }
    }
    for (int g = 0; g < byGroup.size(); g++) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      byGroup.get(g).forEach(q -> b.add(q, Occur.SHOULD));
      root.add(new BoostQuery(b.build(), boosts.get(g)), Occur.SHOULD);
    }
    return root.build();
  }

  /** A ranking clause's scorer in one segment, with its block maximum. */
  private static final class Leaf {
    final Scorer scorer;
    final DocIdSetIterator it;
    final int group;
    final float globalMax;
    int upTo = -1;
    float max;
    /** Reads of this clause's postings by the bound, and how much they lowered it in all. */
    int reads;
    double lowered;

    /**
     * How much a read of this clause is expected to lower a pledge's bound: what its reads lowered
     * on average, a clause not yet read counted as missing (its whole maximum), so that it is tried.
     */
    double expectedCut() {
      return (lowered + globalMax) / (reads + 1);
    }

    Leaf(Scorer scorer, int group, float globalMax) {
      this.scorer = scorer;
      this.it = scorer.iterator();
      this.group = group;
      this.globalMax = globalMax;
    }
  }

  private static final class RankedScorer extends Scorer {
    /** Bounds are compared with this much slack, so that float rounding never rules out a hit. */
    private static final double SLACK = 1e-5;
    /** Pledges bounded between two reorderings of the clauses by their measured cut. */
    private static final int REORDER = 256;

    private final Scorer core;
    private final DocIdSetIterator coreIt;
    private final Leaf[] leaves;
    private final boolean[] matched;
    private final float[] scores;
    private final double[] groupSums;
    private float minScore;
    private int doc = -1;
    private float score;
    private int bounded;

    RankedScorer(Weight weight, Scorer core, Leaf[] leaves, int groups) {
      super(weight);
      this.core = core;
      this.coreIt = core.iterator();
      this.leaves = leaves;
      this.matched = new boolean[leaves.length];
      this.scores = new float[leaves.length];
      this.groupSums = new double[groups];
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public float score() {
      return score;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) {
      this.minScore = minScore;
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      double max = core.getMaxScore(upTo);
      for (Leaf l : leaves) {
        max += l.scorer.getMaxScore(upTo);
      }
      return (float) (max * (1 + SLACK));
    }

    @Override
    public DocIdSetIterator iterator() {
      return new DocIdSetIterator() {
        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() throws IOException {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) throws IOException {
          int d = coreIt.docID() >= target ? coreIt.docID() : coreIt.advance(target);
          while (d != NO_MORE_DOCS && !scoreIfCompetitive(d)) {
            d = coreIt.nextDoc();
          }
          return doc = d;
        }

        @Override
        public long cost() {
          return coreIt.cost();
        }
      };
    }

    /** Scores {@code d} unless the bound shows it cannot reach the minimum; true when scored. */
    private boolean scoreIfCompetitive(int d) throws IOException {
      float c = core.score();
      if (minScore > 0) {
        if (++bounded % REORDER == 0) {
          reorder();
        }
        double rest = 0;
        for (Leaf l : leaves) {
          int at = l.it.docID();
          if (at <= d) {
            if (d > l.upTo) {
              l.upTo = l.scorer.advanceShallow(d);
              l.max = l.scorer.getMaxScore(l.upTo);
            }
            rest += l.max;
          }
        }
        if (below(c, rest, d, 0)) {
          return false;
        }
        for (int i = 0; i < leaves.length; i++) {
          Leaf l = leaves[i];
          int at = l.it.docID();
          matched[i] = false;
          if (at > d) {
            continue;
          }
          if (at < d) {
            at = l.it.advance(d);
          }
          l.reads++;
          if (at == d) {
            // its own score replaces its bound: a pledge that matches with low scores drops out too
            matched[i] = true;
            scores[i] = l.scorer.score();
            rest += scores[i] - l.max;
            l.lowered += l.max - scores[i];
          } else {
            rest -= l.max;
            l.lowered += l.max;
          }
          if (below(c, rest, d, i + 1)) {
            return false;
          }
        }
      } else {
        for (int i = 0; i < leaves.length; i++) {
          Leaf l = leaves[i];
          int at = l.it.docID();
          if (at < d) {
            at = l.it.advance(d);
          }
          matched[i] = at == d;
          if (matched[i]) {
            scores[i] = l.scorer.score();
          }
        }
      }
      score = c + sum();
      return true;
    }

    /**
     * Puts first the clauses whose reads lowered the bound most (a clause that misses most core
     * pledges rules them out soonest, whatever its maximum), so that fewer postings are read per
     * pledge ruled out. The order of reads changes neither the bound nor the score: both are sums
     * taken over every clause.
     */
    private void reorder() {
      for (int i = 1; i < leaves.length; i++) {
        Leaf l = leaves[i];
        double cut = l.expectedCut();
        int j = i;
        while (j > 0 && leaves[j - 1].expectedCut() < cut) {
          leaves[j] = leaves[j - 1];
          j--;
        }
        leaves[j] = l;
      }
    }

    /**
     * Whether pledge {@code d} cannot reach the minimum: its first {@code resolved} clauses are read
     * ({@link #matched}, {@link #scores}), the others bounded by their block maxima, {@code rest}
     * their total. Clearly below or clearly above by the slack decides at once; in between (a
     * pledge that ties the bottom hit, such as a copy of it) the bound is taken exactly as the score
     * would be, so that a tie the collector rejects is cut before its remaining clauses are read.
     */
    private boolean below(float core, double rest, int d, int resolved) {
      double approx = (double) core + rest;
      if (approx * (1 + SLACK) + SLACK < minScore) {
        return true;
      }
      return approx * (1 - SLACK) - SLACK < minScore && bound(core, d, resolved) < minScore;
    }

    /**
     * The most pledge {@code d} can score: {@link #sum} with each unread clause that may still
     * match at its block maximum. Float rounding is monotone, and so is the sum taken in the same
     * order, so this is never below the score, and equals it once every clause is read.
     */
    private float bound(float core, int d, int resolved) {
      Arrays.fill(groupSums, 0d);
      double sum = 0;
      for (int i = 0; i < leaves.length; i++) {
        Leaf l = leaves[i];
        float s;
        if (i < resolved) {
          if (!matched[i]) {
            continue;
          }
          s = scores[i];
        } else if (l.it.docID() <= d) {
          s = l.max;
        } else {
          continue;
        }
        if (l.group < 0) {
          sum += s;
        } else {
          groupSums[l.group] += s;
        }
      }
      for (double g : groupSums) {
        sum += (float) g;
      }
      return core + (float) sum;
    }

    /** The ranking clauses' sum as Lucene's disjunction takes it: in double, rounded to float once. */
    private float sum() throws IOException {
      Arrays.fill(groupSums, 0d);
      double sum = 0;
      boolean any = false;
      for (int i = 0; i < leaves.length; i++) {
        if (matched[i]) {
          any = true;
          Leaf l = leaves[i];
          if (l.group < 0) {
            sum += scores[i];
          } else {
            groupSums[l.group] += scores[i];
          }
        }
      }
      for (double g : groupSums) {
        sum += (float) g;
      }
      return any ? (float) sum : 0f;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    core.visit(visitor.getSubVisitor(Occur.MUST, this));
    QueryVisitor should = visitor.getSubVisitor(Occur.SHOULD, this);
    parts.forEach(p -> p.query().visit(should));
  }

  @Override
  public String toString(String field) {
    return "ranked(" + asBoolean().toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && core.equals(((RankedQuery) other).core) && parts.equals(((RankedQuery) other).parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), core, parts);
  }
}
