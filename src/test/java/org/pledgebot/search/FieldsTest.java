package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class FieldsTest {

  /**
   * A theme clause must score exactly its boost, whatever the theme's size, and must show Lucene
   * where its posting blocks end: without block bounds, WAND bounds every other clause by its
   * maximum over the whole index and ranks a large theme by scoring all of its pledges.
   */
  @Test
  void themeClauseScoresItsBoostAndKeepsBlockBounds() throws IOException {
    try (Analysis analysis = new Analysis();
        Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Fields.analyzer(analysis)))) {
      for (int i = 0; i < 1_000; i++) {
        String theme = i % 3 == 0 ? "open-data" : "budget-transparency";
        writer.addDocument(Fields.document(
            PledgeSearchTest.pledge("p" + i, "Pledger " + i, "Shares what it learnt.", null, theme), "h", new byte[0]));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(Fields.similarity());
        var query = new BoostQuery(new TermQuery(new Term(Fields.THEMES, "open-data")), 30f);
        Scorer scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f)
            .scorer(reader.leaves().get(0));

        int blockEnd = scorer.advanceShallow(0);
        assertTrue(blockEnd < DocIdSetIterator.NO_MORE_DOCS, "a theme's postings end in blocks, got " + blockEnd);
        assertEquals(30f, scorer.getMaxScore(blockEnd));
        int matched = 0;
        for (int doc = scorer.iterator().nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.iterator().nextDoc()) {
          assertEquals(30f, scorer.score(), "doc " + doc);
          matched++;
        }
        assertEquals(334, matched);
      }
    }
  }
}
