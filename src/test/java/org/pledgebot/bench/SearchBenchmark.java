package org.pledgebot.bench;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;
import org.pledgebot.search.SearchResponse;

/**
 * One search in a warm JVM, cycling through a relevance set's questions (themes, names, typos,
 * off-topic): the held-out sets, never tuned on, and the regression set, on the shipped corpus and on 100,000 synthetic pledges. Measured as a chat meets it:
 * never from the answer cache ({@link PledgeSearch#searchAfresh}: the questions repeat every round)
 * and with every hit's snippet read, as a card shows it.
 *
 * <pre>mvn -B -Pbench test-compile exec:exec -Dbench=SearchBenchmark -Dbench.args="-f 1 -wi 3 -i 5"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SearchBenchmark {

  /** 0 means the shipped corpus. */
  @Param({"0", "100000"})
  public int pledges;

  /**
   * The synthetic corpus at a size above 0: {@code copies}, every copy of a pledge alike (the worst
   * case for skipping, the benchmark's judge), or {@code varied}, copies that keep some of their
   * sentences and differ in length ({@code -p corpus=varied}).
   */
  @Param({"copies"})
  public String corpus;

  /**
   * {@code heldout}: every held-out set; {@code regression}: questions.tsv; {@code long}: the chat
   * messages of 2-3 sentences of {@code bench/long-messages.txt}.
   */
  @Param({"heldout", "regression"})
  public String questions;

  private PledgeSearch search;
  private List<SearchRequest> requests;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Thesaurus thesaurus = Synthetic.thesaurus();
    Corpus shipped = Synthetic.shipped(thesaurus);
    search = PledgeSearch.inMemory(thesaurus);
    search.sync(pledges == 0 ? shipped : Synthetic.corpus(shipped, pledges, corpus));
    requests = Synthetic.questions(questions).stream().map(SearchRequest::of).toList();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    search.close();
  }

  /** A 10,000-character question, cut to {@code QuestionCompiler.MAX_CHARS} before it is searched. */
  private static final SearchRequest TEN_THOUSAND_CHARACTERS =
      SearchRequest.of("who can help with open data? " + "blah ".repeat(2_000));

  @Benchmark
  public void search(Blackhole bh) {
    SearchRequest request = requests.get(next);
    next = next + 1 == requests.size() ? 0 : next + 1;
    SearchResponse response = search.searchAfresh(request);
    response.hits().forEach(hit -> bh.consume(hit.snippet()));
    bh.consume(response);
  }

  /** What PledgeSearchTest used to time: a pasted wall of text must cost no more than a question. */
  @Benchmark
  public void tenThousandCharacterQuestion(Blackhole bh) {
    bh.consume(search.searchAfresh(TEN_THOUSAND_CHARACTERS));
  }
}
