package org.pledgebot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusException;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;

/** The shipped corpus in an in-memory index, for tests that need real answers. */
public final class Fixtures {

  private Fixtures() {}

  /** A fresh in-memory index of {@code index/pledges}, with the shipped thesaurus. */
  public static PledgeSearch shippedIndex() {
    try {
      Thesaurus thesaurus = Thesaurus.load(Path.of("config/themes.json"));
      Corpus corpus = new CorpusReader(thesaurus).read(Path.of("index/pledges"));
      PledgeSearch search = PledgeSearch.inMemory(thesaurus);
      search.sync(corpus);
      return search;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CorpusException e) {
      throw new IllegalStateException(e);
    }
  }
}
