package org.pledgebot.corpus;

import java.util.List;

/**
 * What a corpus directory holds: the valid pledges, and a problem for every file that was not.
 *
 * @param pledges the valid pledges, sorted by id
 * @param problems one entry per rejected file, sorted by file
 */
public record Corpus(List<Pledge> pledges, List<CorpusProblem> problems) {

  public Corpus {
    pledges = List.copyOf(pledges);
    problems = List.copyOf(problems);
  }
}
