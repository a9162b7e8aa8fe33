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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SavedQuery;

/**
 * Alert matching: one new pledge (a different one each time) against 100,000 saved questions,
 * including preparing its MemoryIndex. Questions are the relevance set's, varied with prefixes and
 * extra words so that they are not 100,000 copies of a hundred.
 *
 * <p>{@code matcher}: {@code search} is the bot's matcher ({@code PledgeSearch.matcher()}, over an
 * index holding the incoming pledges, whose names it judges a question against), {@code standalone}
 * a matcher of its own (each pledge's names alone). {@code pledges}: the new pledges (and the
 * index's), the shipped ones or 1,000 synthetic ones (each a shipped pledger's name and one invented
 * word, so twenty names share each word: many more readings to weigh than the bot's index has).
 * {@code arrival} (for {@code search}): {@code batch}, the incoming pledges came in one sync (the
 * catch-up at a start), so every pledge is matched over the same index; {@code alone}, each came
 * by itself (the corpus watcher's upsert), so the index changed just before it (an upsert of the
 * pledge, outside the measured time) and what is worked out per index is worked out afresh.
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

  @Param({"search", "standalone"})
  public String matcher;

  /** The new pledges: {@code shipped} (the 51 pledgers, the index the bot has) or 1,000 synthetic ones. */
  @Param({"shipped", "synthetic"})
  public String pledges;

  /** How the new pledges reached the index: {@code batch} (one sync) or {@code alone} (an upsert each). */
  @Param({"batch", "alone"})
  public String arrival;

  private PledgeSearch search;
  private PledgeMatcher pledgeMatcher;
  private List<SavedQuery> saved;
  private List<Pledge> incoming;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    var thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    Corpus news = switch (pledges) {
      case "shipped" -> shipped;
      case "synthetic" -> Synthetic.corpus(shipped, 1_000);
      default -> throw new IllegalArgumentException("pledges must be shipped or synthetic, not " + pledges);
    };
    incoming = news.pledges();
    switch (matcher) {
      case "search" -> {
        search = PledgeSearch.inMemory(thesaurus);
        search.sync(news);
        pledgeMatcher = search.matcher();
      }
      case "standalone" -> pledgeMatcher = new PledgeMatcher(thesaurus);
      default -> throw new IllegalArgumentException("matcher must be search or standalone, not " + matcher);
    }
    if (!arrival.equals("batch") && !arrival.equals("alone")) {
      throw new IllegalArgumentException("arrival must be batch or alone, not " + arrival);
    }
    List<String> questions = Synthetic.questions();
    Random random = new Random(7);
    saved = new ArrayList<>(SAVED);
    for (int i = 0; i < SAVED; i++) {
      String q = PREFIXES[random.nextInt(PREFIXES.length)] + questions.get(random.nextInt(questions.size()));
      if (random.nextBoolean()) {
        q += " " + Synthetic.word(random, 3);
      }
      saved.add(pledgeMatcher.compile(q, Optional.empty()));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (search != null) {
      search.close();
    }
  }

  /** With {@code arrival=alone}: the next pledge arrives by itself, changing the index, as the watcher's upsert does. */
  @Setup(Level.Invocation)
  public void arrive() throws Exception {
    if (search != null && arrival.equals("alone")) {
      search.upsert(incoming.get(next));
    }
  }

  @Benchmark
  public int matchOnePledge() {
    Pledge pledge = incoming.get(next);
    next = next + 1 == incoming.size() ? 0 : next + 1;
    PledgeMatcher.Prepared prepared = pledgeMatcher.prepare(pledge);
    int matches = 0;
    for (SavedQuery q : saved) {
      if (prepared.matches(q)) {
        matches++;
      }
    }
    return matches;
  }
}
