package org.pledgebot.search;

import java.io.IOException;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusListener;
import org.pledgebot.corpus.Pledge;

/** Keeps a search index in step with the corpus directory, as the corpus watcher reports it. */
public final class IndexListener implements CorpusListener {

  private final PledgeSearch search;

  public IndexListener(PledgeSearch search) {
    this.search = search;
  }

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
}
