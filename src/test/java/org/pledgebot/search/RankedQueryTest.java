package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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
    try (ByteBuffersDirectory dir = coreAndOthers(7, 5_000)) {
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
   * The label group as {@link LabelGroup}: the rewrite returns the query itself once the group is
   * found settled (the group is not walked again), a group Lucene changes is handed over rewritten,
   * and the query ranks and scores to the bit as with the boosted disjunction it stands for, by
   * Lucene's scorers and by {@link RankedQuery}.
   */
  @Test
  void aSettledLabelGroupRanksAsItsBoostedDisjunctionAndIsNotRewrittenAgain() throws Exception {
    try (ByteBuffersDirectory dir = coreAndOthers(5, 3_000)) {
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        BooleanQuery terms = new BooleanQuery.Builder().add(t("e"), Occur.SHOULD).add(t("f"), Occur.SHOULD)
            .add(t("g"), Occur.SHOULD).build();
        Query boosted = ranking(new BoostQuery(terms, 0.3f));
        Query grouped = ranking(new LabelGroup(terms, 0.3f));
        assertTrue(searcher.rewrite(grouped) == grouped, "a settled query is its own rewrite");
        assertTrue(searcher.rewrite(grouped) == grouped, "and stays so");
        LabelGroup lone = new LabelGroup(new BooleanQuery.Builder().add(t("e"), Occur.SHOULD).build(), 0.3f);
        assertEquals(new BoostQuery(t("e"), 0.3f), searcher.rewrite(lone), "a group Lucene changes is handed over");
        Query expectedQuery = searcher.rewrite(boosted);
        RankedQuery.Groups groups = new RankedQuery.Groups();
        for (Query actualQuery : List.of(grouped, RankedQuery.of(grouped).orElseThrow(),
            RankedQuery.of(grouped, groups).orElseThrow(), RankedQuery.of(grouped, groups).orElseThrow())) {
          for (int limit : new int[] {1, 10, 1_000}) {
            TopDocs expected = searcher.search(expectedQuery, new TopScoreDocCollectorManager(limit, null, limit));
            TopDocs actual = searcher.search(actualQuery, new TopScoreDocCollectorManager(limit, null, limit));
            assertEquals(expected.scoreDocs.length, actual.scoreDocs.length);
            for (int i = 0; i < expected.scoreDocs.length; i++) {
              assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, "rank " + i + " of " + limit);
              assertEquals(Float.floatToIntBits(expected.scoreDocs[i].score),
                  Float.floatToIntBits(actual.scoreDocs[i].score), "score at rank " + i);
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

  /** A real term query whose scorers count how often their postings are moved to a pledge. */
  private static final class Counted extends Query {
    private final Query inner;
    private final AtomicInteger moves = new AtomicInteger();

    Counted(Query inner) {
      this.inner = inner;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
      Weight w = inner.createWeight(searcher, scoreMode, boost);
      return new Weight(this) {
        @Override
        public Scorer scorer(org.apache.lucene.index.LeafReaderContext context) throws IOException {
          Scorer s = w.scorer(context);
          if (s == null) {
            return null;
          }
          DocIdSetIterator it = s.iterator();
          DocIdSetIterator counted = new DocIdSetIterator() {
            @Override
            public int docID() {
              return it.docID();
            }

            @Override
            public int nextDoc() throws IOException {
              moves.incrementAndGet();
              return it.nextDoc();
            }

            @Override
            public int advance(int target) throws IOException {
              moves.incrementAndGet();
              return it.advance(target);
            }

            @Override
            public long cost() {
              return it.cost();
            }
          };
          return new Scorer(this) {
            @Override
            public DocIdSetIterator iterator() {
              return counted;
            }

            @Override
            public int docID() {
              return s.docID();
            }

            @Override
            public float score() throws IOException {
              return s.score();
            }

            @Override
            public int advanceShallow(int target) throws IOException {
              return s.advanceShallow(target);
            }

            @Override
            public float getMaxScore(int upTo) throws IOException {
              return s.getMaxScore(upTo);
            }
          };
        }

        @Override
        public org.apache.lucene.search.Explanation explain(org.apache.lucene.index.LeafReaderContext context, int doc)
            throws IOException {
          return w.explain(context, doc);
        }

        @Override
        public boolean isCacheable(org.apache.lucene.index.LeafReaderContext ctx) {
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

  /**
   * A clause with the highest maximum that nearly every core pledge matches rules none out; a
   * rarer one with a lower maximum rules out each pledge it misses. Read in the order of their
   * maxima, the first would be read for every pledge; read in the order of what their reads cut, it
   * is read only for the few the second does not rule out. Same hits and scores either way.
   */
  @Test
  void readsFirstTheClauseThatRulesOutMostPledges() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int i = 0; i < 20_000; i++) {
          // the pledges without r are shorter, so the common clause's maximum is theirs: the sum of
          // the maxima stays above the best pledges' score and only a read of r rules them out
          String text = i % 3 == 0 ? "core h r" : i % 20 == 1 ? "core y" : "core h";
          Document doc = new Document();
          doc.add(new TextField("f", text, Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Counted common = new Counted(new BoostQuery(t("h"), 100f));
        Counted rare = new Counted(t("r"));
        Query query = new BooleanQuery.Builder()
            .add(t("core"), Occur.MUST)
            .add(common, Occur.SHOULD)
            .add(rare, Occur.SHOULD)
            .build();
        Query rewritten = searcher.rewrite(query);
        TopDocs expected = searcher.search(rewritten, new TopScoreDocCollectorManager(10, null, 10));
        common.moves.set(0);
        rare.moves.set(0);
        TopDocs actual = searcher.search(RankedQuery.of(rewritten).orElseThrow(), new TopScoreDocCollectorManager(10, null, 10));
        for (int i = 0; i < 10; i++) {
          assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc);
          assertEquals(Float.floatToIntBits(expected.scoreDocs[i].score), Float.floatToIntBits(actual.scoreDocs[i].score));
        }
        // in maxima order the common clause is read for every pledge that r rules out (13,337 times)
        assertTrue(rare.moves.get() > 6_000, "the rare clause is read for the pledges: " + rare.moves.get());
        assertTrue(common.moves.get() < 9_000, "the common clause read " + common.moves.get() + " times");
      }
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

  /**
   * An index of {@code docs} near-identical documents in field "f": every third holds "core", the
   * others "other", each with up to twelve words drawn from "a" to "h" by a seeded random.
   */
  private static ByteBuffersDirectory coreAndOthers(long seed, int docs) throws IOException {
    String[] words = {"a", "b", "c", "d", "e", "f", "g", "h"};
    Random random = new Random(seed);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int i = 0; i < docs; i++) {
        StringBuilder text = new StringBuilder(i % 3 == 0 ? "core " : "other ");
        for (int k = random.nextInt(12); k >= 0; k--) {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
        Document doc = new Document();
        doc.add(new TextField("f", text.toString(), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return dir;
  }
}
