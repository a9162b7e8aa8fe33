package org.pledgebot.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;

/** STUB: the search helper replaces this file. Signatures are the contract. */
public final class PledgeSearch implements AutoCloseable {

  public static PledgeSearch open(Path indexDir, Thesaurus thesaurus) throws IOException {
    throw new UnsupportedOperationException();
  }

  public static PledgeSearch inMemory(Thesaurus thesaurus) throws IOException {
    throw new UnsupportedOperationException();
  }

  public Thesaurus thesaurus() {
    throw new UnsupportedOperationException();
  }

  public SyncReport sync(Corpus corpus) throws IOException {
    throw new UnsupportedOperationException();
  }

  public void upsert(Pledge pledge) throws IOException {
    throw new UnsupportedOperationException();
  }

  public boolean delete(String id) throws IOException {
    throw new UnsupportedOperationException();
  }

  public SearchResponse search(SearchRequest request) {
    throw new UnsupportedOperationException();
  }

  public Optional<Pledge> pledge(String id) {
    throw new UnsupportedOperationException();
  }

  public Optional<Pledge> findPledger(String nameOrAlias) {
    throw new UnsupportedOperationException();
  }

  public List<Pledge> byTheme(String themeId) {
    throw new UnsupportedOperationException();
  }

  public List<Pledge> all() {
    throw new UnsupportedOperationException();
  }

  public int size() {
    throw new UnsupportedOperationException();
  }

  public Lang detectLanguage(String text) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() throws IOException {}
}
