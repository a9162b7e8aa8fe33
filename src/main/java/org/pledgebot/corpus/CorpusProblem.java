package org.pledgebot.corpus;

import java.nio.file.Path;

/**
 * Why one corpus file could not be used.
 *
 * @param file the offending file
 * @param reason what is wrong with it, in words a person can act on
 */
public record CorpusProblem(Path file, String reason) {

  /** {@code file: reason}, the form every report of a bad file takes. */
  @Override
  public String toString() {
    return file + ": " + reason;
  }
}
