package org.pledgebot.corpus;

import java.nio.file.Path;

/** A pledge or thesaurus file that cannot be used; the message names the file and the reason. */
public final class CorpusException extends Exception {

  private final transient CorpusProblem problem;

  public CorpusException(Path file, String reason) {
    super(file + ": " + reason);
    this.problem = new CorpusProblem(file, reason);
  }

  /** The file and reason, as a value. */
  public CorpusProblem problem() {
    return problem;
  }
}
