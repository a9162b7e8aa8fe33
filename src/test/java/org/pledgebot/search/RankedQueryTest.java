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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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

  @Test
  void leavesOtherShapesToLucene() {
    assertTrue(RankedQuery.of(t("a")).isEmpty());
    assertTrue(RankedQuery.of(new BooleanQuery.Builder().add(t("a"), Occur.SHOULD).add(t("b"), Occur.SHOULD).build())
        .isEmpty());
    assertTrue(RankedQuery.of(new BooleanQuery.Builder().add(t("a"), Occur.MUST).add(t("b"), Occur.MUST_NOT)
        .add(t("c"), Occur.SHOULD).build()).isEmpty());
  }
}
