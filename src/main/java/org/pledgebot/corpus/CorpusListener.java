package org.pledgebot.corpus;

import java.io.IOException;

/** Hears what the {@link PledgeWatcher} finds in the corpus directory. Called from one thread. */
public interface CorpusListener {

  /** At start: the whole corpus as it is on disk. */
  void synced(Corpus corpus) throws IOException;

  /** A valid pledge file appeared or changed (possibly to the same content). */
  void upserted(Pledge pledge) throws IOException;

  /** The file of a pledge went away. */
  void deleted(String pledgeId) throws IOException;
}
