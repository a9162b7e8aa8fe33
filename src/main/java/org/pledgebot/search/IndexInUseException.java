package org.pledgebot.search;

import java.io.IOException;
import java.nio.file.Path;

/** The index directory is locked by another writer: another process, usually a running bot. */
public final class IndexInUseException extends IOException {

  private final transient Path indexDir;

  IndexInUseException(Path indexDir, Throwable cause) {
    super("the index " + indexDir + " is in use by another process", cause);
    this.indexDir = indexDir;
  }

  /** The locked directory. */
  public Path indexDir() {
    return indexDir;
  }
}
