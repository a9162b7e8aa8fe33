package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SlicedSearcherTest {

  /** Four segments of 30, 30, 30 and 10 documents, never merged. */
  private static DirectoryReader fourSegments(Directory dir) throws IOException {
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      int id = 0;
      for (int size : new int[] {30, 30, 30, 10}) {
        for (int i = 0; i < size; i++) {
          Document doc = new Document();
          doc.add(new StringField(Fields.ID, "p" + id++, Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
    }
    return DirectoryReader.open(dir);
  }

  private static List<Integer> sliceSizes(LeafSlice[] slices) {
    return Arrays.stream(slices).map(s -> Arrays.stream(s.leaves).mapToInt(l -> l.reader().maxDoc()).sum()).toList();
  }

  @Test
  void largeIndexIsSplitIntoOneSlicePerThreadHoldingEverySegmentOnce() throws IOException {
    try (Directory dir = new ByteBuffersDirectory(); DirectoryReader reader = fourSegments(dir)) {
      List<LeafReaderContext> leaves = reader.leaves();
      assertEquals(4, leaves.size());

      LeafSlice[] two = PledgeSearch.SlicedSearcher.bySize(leaves, 2, 10);
      assertEquals(List.of(60, 40), sliceSizes(two), "two threads: two slices of about half the documents");
      assertEquals(4, Arrays.stream(two).mapToLong(s -> s.leaves.length).sum(), "every segment in one slice");
      assertEquals(4, Arrays.stream(two).flatMap(s -> Arrays.stream(s.leaves)).map(l -> l.ord).distinct().count());
    }
  }

  @Test
  void smallIndexStaysOneSlice() throws IOException {
    try (Directory dir = new ByteBuffersDirectory(); DirectoryReader reader = fourSegments(dir)) {
      assertEquals(List.of(100), sliceSizes(PledgeSearch.SlicedSearcher.bySize(reader.leaves(), 2, 1_000)),
          "under the minimum per slice, one thread searches it all");
      assertEquals(List.of(100), sliceSizes(PledgeSearch.SlicedSearcher.bySize(reader.leaves(), 1, 10)),
          "one thread, one slice");
    }
  }

  @Test
  void boostedTermQueriesReuseTheSnapshotsTermStatesAndScoreAsLuceneDoes() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        String[] texts = {"open data open budgets", "open contracting", "budget data", "open open open data", "data"};
        for (int i = 0; i < texts.length; i++) {
          Document doc = new Document();
          doc.add(new TextField("text", texts[i], Field.Store.NO));
          writer.addDocument(doc);
          if (i == 2) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        PledgeSearch.SlicedSearcher sliced = new PledgeSearch.SlicedSearcher(reader, null, 1);
        IndexSearcher plain = new IndexSearcher(reader);
        sliced.setQueryCache(null);
        plain.setQueryCache(null);
        Query boosted = new BoostQuery(new TermQuery(new Term("text", "open")), 0.3f);

        TermQuery first = (TermQuery) sliced.createWeight(boosted, ScoreMode.TOP_SCORES, 2f).getQuery();
        TermQuery second = (TermQuery) sliced.createWeight(boosted, ScoreMode.TOP_SCORES, 1f).getQuery();
        assertSame(first.getTermStates(), second.getTermStates(), "the term is looked up once per snapshot");
        TermQuery bare = (TermQuery) sliced.createWeight(new TermQuery(new Term("text", "open")), ScoreMode.COMPLETE, 1f)
            .getQuery();
        assertSame(first.getTermStates(), bare.getTermStates(), "boosted or not, one entry per term");

        ScoreDoc[] expected = plain.search(boosted, 10).scoreDocs;
        ScoreDoc[] actual = sliced.search(boosted, 10).scoreDocs;
        assertEquals(3, expected.length);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
          assertEquals(expected[i].doc, actual[i].doc);
          assertEquals(Float.floatToIntBits(expected[i].score), Float.floatToIntBits(actual[i].score),
              "the boost is applied as BoostQuery applies it, to the bit");
        }
      }
    }
  }

  @Test
  void aSmallSnapshotsKeptTermScoresRankAndScoreBooleanQueriesAsLuceneDoes() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        String[] words = {"open", "data", "budget", "contracting", "citizens", "laws", "access", "information"};
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
          StringBuilder text = new StringBuilder();
          for (int w = random.nextInt(12); w >= 0; w--) {
            text.append(words[random.nextInt(random.nextInt(words.length) + 1)]).append(' ');
          }
          Document doc = new Document();
          doc.add(new TextField("text", text.toString(), Field.Store.NO));
          writer.addDocument(doc);
          if (i % 97 == 0) {
            writer.commit();
          }
        }
        writer.deleteDocuments(new Term("text", "contracting"));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        PledgeSearch.SlicedSearcher sliced = new PledgeSearch.SlicedSearcher(reader, null, 1);
        IndexSearcher plain = new IndexSearcher(reader);
        sliced.setQueryCache(null);
        plain.setQueryCache(null);
        Query open = new TermQuery(new Term("text", "open"));
        Query data = new BoostQuery(new TermQuery(new Term("text", "data")), 0.3f);
        Query either = new org.apache.lucene.search.DisjunctionMaxQuery(
            List.of(new TermQuery(new Term("text", "laws")), new BoostQuery(new TermQuery(new Term("text", "access")), 1.5f)), 0f);
        Query core = new org.apache.lucene.search.BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
            .add(open, org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(data, org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(either, org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
        Query ranked = new org.apache.lucene.search.BooleanQuery.Builder()
            .add(core, org.apache.lucene.search.BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term("text", "budget")), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term("text", "information")), org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
        Query disjunction = new org.apache.lucene.search.BooleanQuery.Builder()
            .add(open, org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(data, org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(either, org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
        for (Query q : List.of(open, data, either, core, ranked, disjunction, RankedQuery.of(plain.rewrite(ranked)).orElseThrow())) {
          for (int limit : new int[] {1, 10, 100}) {
            ScoreDoc[] expected = plain.search(q, limit).scoreDocs;
            ScoreDoc[] actual = sliced.search(q, limit).scoreDocs;
            assertEquals(expected.length, actual.length, q + " at " + limit);
            for (int i = 0; i < expected.length; i++) {
              assertEquals(expected[i].doc, actual[i].doc, q + " at " + limit);
              assertEquals(Float.floatToIntBits(expected[i].score), Float.floatToIntBits(actual[i].score), q + " at " + limit);
            }
          }
        }
      }
    }
  }

  @Test
  void aSmallSnapshotScoresATopLevelDisjunctionPledgeByPledgeWithItsOwnScorer() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (String text : new String[] {"open data", "open budgets", "budget data", "contracting"}) {
          Document doc = new Document();
          doc.add(new TextField("text", text, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        PledgeSearch.SlicedSearcher sliced = new PledgeSearch.SlicedSearcher(reader, null, 1);
        sliced.setQueryCache(null);
        Query disjunction = new org.apache.lucene.search.BooleanQuery.Builder()
            .add(new TermQuery(new Term("text", "open")), org.apache.lucene.search.BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term("text", "data")), org.apache.lucene.search.BooleanClause.Occur.SHOULD).build();
        List<Scorable> seen = new java.util.ArrayList<>();
        int[] collected = {0};
        sliced.search(disjunction, new SimpleCollector() {
          @Override
          public void setScorer(Scorable scorer) {
            seen.add(scorer);
          }

          @Override
          public void collect(int doc) {
            collected[0]++;
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
          }
        });
        assertEquals(3, collected[0]);
        assertTrue(seen.stream().allMatch(s -> s instanceof Scorer),
            "the query's scorer is read pledge by pledge, not through a 4,096-document window: " + seen);
      }
    }
  }
}
