package org.pledgebot.search;

import java.io.IOException;
import java.nio.file.Path;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusException;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.Thesaurus;

/** The shipped thesaurus and corpus, read from the repository root as in production. */
final class Shipped {

  static final Path THEMES = Path.of("config/themes.json");
  static final Path PLEDGES = Path.of("index/pledges");

  private Shipped() {}

  static Thesaurus thesaurus() {
    try {
      return Thesaurus.load(THEMES);
    } catch (CorpusException e) {
      throw new IllegalStateException(e);
    }
  }

  static Corpus corpus(Thesaurus thesaurus) {
    try {
      Corpus corpus = new CorpusReader(thesaurus).read(PLEDGES);
      if (!corpus.problems().isEmpty()) {
        throw new IllegalStateException("shipped corpus has problems: " + corpus.problems());
      }
      return corpus;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An in-memory index of the shipped corpus. */
  static PledgeSearch index() {
    try {
      Thesaurus thesaurus = thesaurus();
      PledgeSearch search = PledgeSearch.inMemory(thesaurus);
      search.sync(corpus(thesaurus));
      return search;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
