package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class RankedQueryTest {

  private static TermQuery t(String word) {
    return new TermQuery(new Term("f", word));
  }

  /** A core clause and ranking clauses of every kind {@link RankedQuery} reads, the label group given. */
  private static Query ranking(Query label) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(t("core"), 30f), Occur.MUST)
        .add(new DisjunctionMaxQuery(List.of(t("a"), new BoostQuery(t("b"), 1.5f)), 0f), Occur.SHOULD)
        .add(t("c"), Occur.SHOULD)
        .add(new BoostQuery(t("d"), 0.3f), Occur.SHOULD)
        .add(label, Occur.SHOULD)
        .build();
  }

  /** Many near-identical documents (ties, every block alike), as a large index of a theme holds. */
  @Test
  void ranksAndScoresExactlyAsLucenesBooleanQuery() throws Exception {
    String[] words = {"a", "b", "c", "d", "e", "f", "g", "h"};
    Random random = new Random(7);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int i = 0; i < 5_000; i++) {
          StringBuilder text = new StringBuilder(i % 3 == 0 ? "core " : "other ");
          for (int k = random.nextInt(12); k >= 0; k--) {
            text.append(words[random.nextInt(words.length)]).append(' ');
          }
          Document doc = new Document();
          doc.add(new TextField("f", text.toString(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Query label = new BoostQuery(new BooleanQuery.Builder().add(t("e"), Occur.SHOULD).add(t("f"), Occur.SHOULD)
            .add(t("g"), Occur.SHOULD).build(), 0.3f);
        Query query = ranking(label);
        Query rewritten = searcher.rewrite(query);
        RankedQuery.Groups groups = new RankedQuery.Groups();
        // without the label group's cache, with it as it is filled, and as it is read
        for (Query ranked : List.of(RankedQuery.of(rewritten).orElseThrow(),
            RankedQuery.of(rewritten, groups).orElseThrow(), RankedQuery.of(rewritten, groups).orElseThrow())) {
          for (int limit : new int[] {1, 10, 100, 2_000}) {
            TopDocs expected = searcher.search(rewritten, new TopScoreDocCollectorManager(limit, null, limit));
            TopDocs actual = searcher.search(ranked, new TopScoreDocCollectorManager(limit, null, limit));
            assertEquals(expected.scoreDocs.length, actual.scoreDocs.length);
            for (int i = 0; i < expected.scoreDocs.length; i++) {
              ScoreDoc e = expected.scoreDocs[i];
              ScoreDoc a = actual.scoreDocs[i];
              assertEquals(e.doc, a.doc, "rank " + i + " of " + limit);
              assertEquals(Float.floatToIntBits(e.score), Float.floatToIntBits(a.score), "score at rank " + i);
            }
          }
        }
      }
    }
  }

  /**
   * Thousands of exact copies of the best document, which tie the bottom hit once the top is full:
   * the ranked scorer cuts them on the exact bound, and the copy with the lowest id must still win
   * each tie, in one slice and in one slice per segment (where another slice's minimum arrives).
   */
  @Test
  void cutsExactCopiesOfTheBottomHitAsLuceneRanksThem() throws Exception {
    String[] words = {"a", "b", "c", "d", "e", "f", "g", "h"};
    Random random = new Random(11);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int i = 0; i < 6_000; i++) {
          StringBuilder text = new StringBuilder();
          if (i % 2 == 0) {
            text.append("core a b c e g ");
          } else {
            text.append(i % 3 == 0 ? "core " : "other ");
            for (int k = random.nextInt(8); k >= 0; k--) {
              text.append(words[random.nextInt(words.length)]).append(' ');
            }
          }
          Document doc = new Document();
          doc.add(new TextField("f", text.toString(), Field.Store.NO));
          w.addDocument(doc);
          if (i % 1_500 == 1_499) {
            w.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1, "several segments");
        IndexSearcher plain = new IndexSearcher(reader);
        IndexSearcher sliced = new IndexSearcher(reader, pool) {
          @Override
          protected LeafSlice[] slices(List<org.apache.lucene.index.LeafReaderContext> leaves) {
            return IndexSearcher.slices(leaves, 1, 1);
          }
        };
        Query label = new BoostQuery(new BooleanQuery.Builder().add(t("e"), Occur.SHOULD).add(t("g"), Occur.SHOULD)
            .build(), 0.3f);
        Query query = ranking(label);
        for (IndexSearcher searcher : List.of(plain, sliced)) {
          searcher.setQueryCache(null);
          Query rewritten = searcher.rewrite(query);
          for (Query ranked : List.of(RankedQuery.of(rewritten).orElseThrow(),
              RankedQuery.of(rewritten, new RankedQuery.Groups()).orElseThrow())) {
            for (int limit : new int[] {1, 10, 100}) {
              TopDocs expected = searcher.search(rewritten, new TopScoreDocCollectorManager(limit, null, limit));
              TopDocs actual = searcher.search(ranked, new TopScoreDocCollectorManager(limit, null, limit));
              assertEquals(limit, actual.scoreDocs.length);
              for (int i = 0; i < limit; i++) {
                ScoreDoc e = expected.scoreDocs[i];
                ScoreDoc a = actual.scoreDocs[i];
                assertEquals(e.doc, a.doc, "rank " + i + " of " + limit);
                assertEquals(Float.floatToIntBits(e.score), Float.floatToIntBits(a.score), "score at rank " + i);
              }
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The core's own scorer is told the minimum less what the ranking clauses can add, so that it
   * skips the pledges its score leaves behind (a word every pledge holds, beside the theme) instead
   * of handing each one over to be scored; the top hits stay Lucene's to the bit.
   */
  @Test
  void theCoreSkipsWhatTheRankingClausesCannotLift() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int i = 0; i < 20_000; i++) {
          Document doc = new Document();
          doc.add(new TextField("f", (i % 10 == 0 ? "core a " : "") + "w x".repeat(1 + i % 3), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Query core = searcher.rewrite(new BooleanQuery.Builder()
            .add(new BoostQuery(t("core"), 30f), Occur.SHOULD).add(t("w"), Occur.SHOULD).build());
        Query rank = searcher.rewrite(new BoostQuery(t("a"), 0.5f));
        Query plain = new BooleanQuery.Builder().add(core, Occur.MUST).add(rank, Occur.SHOULD).build();
        Counted counted = new Counted(core);
        Query ranked = RankedQuery.of(new BooleanQuery.Builder().add(counted, Occur.MUST).add(rank, Occur.SHOULD).build())
            .orElseThrow();
        TopDocs expected = searcher.search(plain, new TopScoreDocCollectorManager(10, null, 10));
        TopDocs actual = searcher.search(ranked, new TopScoreDocCollectorManager(10, null, 10));
        for (int i = 0; i < 10; i++) {
          assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, "rank " + i);
          assertEquals(Float.floatToIntBits(expected.scoreDocs[i].score), Float.floatToIntBits(actual.scoreDocs[i].score));
        }
        // every pledge matches the core; only those of the theme can reach the top
        assertTrue(counted.handedOut < 2_000 + 2_000 / 2, counted.handedOut + " core matches handed out of 20,000");
      }
    }
  }

  /** A query scoring as {@code inner}, counting the documents its scorers hand out. */
  private static final class Counted extends Query {
    private final Query inner;
    int handedOut;

    Counted(Query inner) {
      this.inner = inner;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws java.io.IOException {
      Weight w = searcher.createWeight(inner, scoreMode, boost);
      return new Weight(this) {
        @Override
        public Scorer scorer(LeafReaderContext context) throws java.io.IOException {
          ScorerSupplier supplier = scorerSupplier(context);
          return supplier == null ? null : supplier.get(Long.MAX_VALUE);
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws java.io.IOException {
          ScorerSupplier inner = w.scorerSupplier(context);
          if (inner == null) {
            return null;
          }
          Weight self = this;
          return new ScorerSupplier() {
            @Override
            public Scorer get(long leadCost) throws java.io.IOException {
              return counting(self, inner.get(leadCost));
            }

            @Override
            public long cost() {
              return inner.cost();
            }

            @Override
            public void setTopLevelScoringClause() throws java.io.IOException {
              inner.setTopLevelScoringClause();
            }
          };
        }

        private Scorer counting(Weight self, Scorer s) {
          DocIdSetIterator it = s.iterator();
          DocIdSetIterator counting = new DocIdSetIterator() {
            @Override
            public int docID() {
              return it.docID();
            }

            @Override
            public int nextDoc() throws java.io.IOException {
              return counted(it.nextDoc());
            }

            @Override
            public int advance(int target) throws java.io.IOException {
              return counted(it.advance(target));
            }

            private int counted(int doc) {
              handedOut += doc == NO_MORE_DOCS ? 0 : 1;
              return doc;
            }

            @Override
            public long cost() {
              return it.cost();
            }
          };
          return new Scorer(self) {
            @Override
            public int docID() {
              return s.docID();
            }

            @Override
            public float score() throws java.io.IOException {
              return s.score();
            }

            @Override
            public DocIdSetIterator iterator() {
              return counting;
            }

            @Override
            public float getMaxScore(int upTo) throws java.io.IOException {
              return s.getMaxScore(upTo);
            }

            @Override
            public int advanceShallow(int target) throws java.io.IOException {
              return s.advanceShallow(target);
            }

            @Override
            public void setMinCompetitiveScore(float minScore) throws java.io.IOException {
              s.setMinCompetitiveScore(minScore);
            }
          };
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws java.io.IOException {
          return w.explain(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      inner.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "counted(" + inner.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  @Test
  void leavesOtherShapesToLucene() {
    assertTrue(RankedQuery.of(t("a")).isEmpty());
    assertTrue(RankedQuery.of(new BooleanQuery.Builder().add(t("a"), Occur.SHOULD).add(t("b"), Occur.SHOULD).build())
        .isEmpty());
    assertTrue(RankedQuery.of(new BooleanQuery.Builder().add(t("a"), Occur.MUST).add(t("b"), Occur.MUST_NOT)
        .add(t("c"), Occur.SHOULD).build()).isEmpty());
  }
}
