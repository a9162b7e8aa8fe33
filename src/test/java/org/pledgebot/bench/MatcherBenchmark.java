package org.pledgebot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.search.SavedQuery;

/**
 * Alert matching: one new pledge (a different one each time) against 100,000 saved questions,
 * including preparing its MemoryIndex. Questions are the relevance set's, varied with prefixes and
 * extra words so that they are not 100,000 copies of a hundred.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench=MatcherBenchmark -Dbench.args="-f 1 -wi 3 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MatcherBenchmark {

  static final int SAVED = 100_000;

  private static final String[] PREFIXES = {"", "alert me about ", "tell me when someone offers ",
      "nouveaux engagements sur ", "préviens-moi pour ", "who else does ", "any news on "};

  private PledgeMatcher matcher;
  private List<SavedQuery> saved;
  private List<Pledge> incoming;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    var thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    matcher = new PledgeMatcher(thesaurus);
    List<String> questions = Synthetic.questions();
    Random random = new Random(7);
    saved = new ArrayList<>(SAVED);
    for (int i = 0; i < SAVED; i++) {
      String q = PREFIXES[random.nextInt(PREFIXES.length)] + questions.get(random.nextInt(questions.size()));
      if (random.nextBoolean()) {
        q += " " + Synthetic.word(random, 3);
      }
      saved.add(matcher.compile(q, Optional.empty()));
    }
    incoming = Synthetic.corpus(shipped, 1_000).pledges();
  }

  @Benchmark
  public int matchOnePledge() {
    Pledge pledge = incoming.get(next);
    next = next + 1 == incoming.size() ? 0 : next + 1;
    PledgeMatcher.Prepared prepared = matcher.prepare(pledge);
    int matches = 0;
    for (SavedQuery q : saved) {
      if (prepared.matches(q)) {
        matches++;
      }
    }
    return matches;
  }
}
