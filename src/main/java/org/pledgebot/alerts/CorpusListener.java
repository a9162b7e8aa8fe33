package org.pledgebot.alerts;

import java.io.IOException;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.search.PledgeSearch;

/** Hears what the {@link PledgeWatcher} finds in the corpus directory. Called from one thread. */
public interface CorpusListener {

  /** At start: the whole corpus as it is on disk. */
  void synced(Corpus corpus) throws IOException;

  /** A valid pledge file appeared or changed (possibly to the same content). */
  void upserted(Pledge pledge) throws IOException;

  /** The file of a pledge went away. */
  void deleted(String pledgeId) throws IOException;

  /** Keeps a search index in step with the corpus. */
  static CorpusListener index(PledgeSearch search) {
    return new CorpusListener() {
      @Override
      public void synced(Corpus corpus) throws IOException {
        search.sync(corpus);
      }

      @Override
      public void upserted(Pledge pledge) throws IOException {
        search.upsert(pledge);
      }

      @Override
      public void deleted(String pledgeId) throws IOException {
        search.delete(pledgeId);
      }
    };
  }
}
