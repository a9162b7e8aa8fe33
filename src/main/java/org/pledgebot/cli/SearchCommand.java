package org.pledgebot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.message.Say;
import org.pledgebot.search.Hit;
import org.pledgebot.search.PledgeSearch;
import org.pledgebot.search.SearchRequest;
import org.pledgebot.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code search}: asks the index one question, or, with no question, every line of standard
 * input in turn, answering each with one JSON line in the same order.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Find the pledgers that answer a question.",
        "With no QUERY, reads one question per line from standard input and writes one JSON line per question."})
final class SearchCommand implements Callable<Integer> {

  private final Context context;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Answer language: en, fr or es (default: the question's, as detected).")
  private String lang;

  @Option(names = "--json", description = "One JSON object per question, on one line.")
  private boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The question; its words are joined with spaces.")
  private List<String> words;

  SearchCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Optional<Lang> answerLang = parseLang();
    if (limit < 1 || limit > 100) {
      throw new Failures.UsageException("--limit must be 1 to 100, got " + limit);
    }
    try (App app = App.open(ShortRun.settings(context.env()), App.IfInUse.SEARCH_A_COPY)) {
      if (app.privateCopy()) {
        context.err().println("pledgebot: the index " + app.settings().indexDir() + " is in use by another process "
            + "(a running bot?); searching an in-memory index of " + app.corpusDir());
        context.err().flush();
      }
      Answers answers = new Answers(app.search(), app.thesaurus(), answerLang, limit);
      if (words == null || words.isEmpty()) {
        if (context.terminal()) {
          context.err().println("Type one question per line (one JSON line answers each); Ctrl-D ends. "
              + "Or: search QUESTION");
          context.err().flush();
        }
        answers.batch(new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8)), context.out());
        return 0;
      }
      String question = String.join(" ", words).strip();
      if (question.isEmpty()) {
        throw new Failures.UsageException("the question is empty: ask something, e.g. search who can help with open data");
      }
      answers.one(question, json, context.out());
      return 0;
    }
  }

  private Optional<Lang> parseLang() throws Failures.UsageException {
    if (lang == null) {
      return Optional.empty();
    }
    Optional<Lang> parsed = Lang.parse(lang).filter(l -> lang.length() == 2);
    if (parsed.isEmpty()) {
      String codes = String.join(", ", Arrays.stream(Lang.values()).map(Lang::code).toList());
      throw new Failures.UsageException("--lang must be one of " + codes + ", got \"" + lang + "\"");
    }
    return parsed;
  }

  /** Asks and prints, readably or as JSON lines. */
  static final class Answers {
    private final PledgeSearch search;
    private final Thesaurus thesaurus;
    private final Optional<Lang> lang;
    private final int limit;
    /** Questions answered ahead of the one being written, in batch mode. */
    static final int WINDOW = 256;

    private final JsonFactory factory = new JsonFactory();

    Answers(PledgeSearch search, Thesaurus thesaurus, Optional<Lang> lang, int limit) {
      this.search = search;
      this.thesaurus = thesaurus;
      this.lang = lang;
      this.limit = limit;
    }

    /**
     * Answers every line of {@code in}, one JSON line each, in order. Questions are answered on
     * all cores, at most {@link #WINDOW} ahead of the one being written; answers are flushed
     * whenever the input has nothing more buffered, so a program that asks one question at a
     * time gets its answer at once, while a piped file is written in large blocks.
     */
    void batch(BufferedReader in, PrintWriter out) throws IOException {
      ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
      try {
        Deque<Future<String>> pending = new ArrayDeque<>();
        String line;
        while ((line = in.readLine()) != null) {
          String question = line;
          pending.add(workers.submit(() -> line(ask(question))));
          while (pending.size() >= WINDOW || !pending.isEmpty() && pending.peek().isDone()) {
            out.write(take(pending));
          }
          if (!in.ready()) {
            while (!pending.isEmpty()) {
              out.write(take(pending));
            }
            out.flush();
          }
        }
        while (!pending.isEmpty()) {
          out.write(take(pending));
        }
        out.flush();
      } finally {
        workers.shutdownNow();
      }
    }

    /** The oldest answer, waiting for it; a failed search fails the batch with its own exception. */
    private static String take(Deque<Future<String>> pending) throws IOException {
      try {
        return pending.poll().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while answering the batch", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IOException(e.getCause());
      }
    }

    void one(String question, boolean asJson, PrintWriter out) throws IOException {
      SearchResponse response = ask(question);
      if (asJson) {
        writeJson(response, out);
      } else {
        writeText(response, out);
      }
      out.flush();
    }

    private SearchResponse ask(String question) {
      return search.search(new SearchRequest(question.strip(), lang, limit));
    }

    /** The most JSON lines {@link #line} keeps: as many as the search keeps answers. */
    static final int MAX_LINES = 4_096;

    /**
     * The JSON lines of the answers written lately, by answer object. The search keeps its recent
     * answers ({@link PledgeSearch#search}), so a question asked again in a batch gets the same
     * answer object back, whose line is the same: written once. Full, it is emptied and fills again.
     */
    private final Map<Answer, String> lines = new ConcurrentHashMap<>();

    /** An answer as a key: the same object, as comparing two answers' hits would read their snippets. */
    private record Answer(SearchResponse response) {
      @Override
      public boolean equals(Object o) {
        return o instanceof Answer a && a.response == response;
      }

      @Override
      public int hashCode() {
        return System.identityHashCode(response);
      }
    }

    /** {@link #json}, kept per answer object. */
    private String line(SearchResponse r) throws IOException {
      Answer key = new Answer(r);
      String kept = lines.get(key);
      if (kept != null) {
        return kept;
      }
      String line = json(r);
      if (lines.size() >= MAX_LINES) {
        lines.clear();
      }
      lines.put(key, line);
      return line;
    }

    private void writeJson(SearchResponse r, PrintWriter out) throws IOException {
      out.write(json(r));
    }

    /** The answer as one JSON line, newline included. */
    private String json(SearchResponse r) throws IOException {
      LineWriter line = new LineWriter();
      JsonGenerator g = factory.createGenerator(line);
      g.writeStartObject();
      g.writeStringField("query", r.query());
      g.writeStringField("lang", r.lang().code());
      if (r.broad()) {
        g.writeBooleanField("broad", true);
      }
      g.writeArrayFieldStart("results");
      for (Hit hit : r.hits()) {
        Pledge p = hit.pledge();
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("kind", p.kind().json());
        g.writeStringField("name", p.name(r.lang()));
        g.writeArrayFieldStart("themes");
        for (String theme : p.themes()) {
          g.writeStartObject();
          g.writeStringField("id", theme);
          g.writeStringField("label", thesaurus.label(theme, r.lang()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("snippet", hit.snippet());
        g.writeStringField("url", p.url().orElse(null));
        g.writeNumberField("score", Math.round(hit.score() * 1000) / 1000.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.close();
      return line.text();
    }

    /**
     * What a generator writes, as one String: the generator hands its buffer over when closed, in
     * one piece for a line that fits it (8,000 chars, every answer of ten hits), which becomes the
     * String with one copy; a longer line is joined. A {@code StringWriter} copied each line into its
     * buffer, grew it from its first size, and copied it again.
     */
    private static final class LineWriter extends Writer {
      private String first;
      private StringBuilder joined;

      @Override
      public void write(char[] chars, int off, int len) {
        if (first == null) {
          first = new String(chars, off, len);
        } else {
          if (joined == null) {
            joined = new StringBuilder(first);
          }
          joined.append(chars, off, len);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}

      String text() {
        return joined != null ? joined.toString() : first == null ? "" : first;
      }
    }

    private void writeText(SearchResponse r, PrintWriter out) {
      if (r.hits().isEmpty()) {
        out.println(Say.SEARCH_NO_MATCH.in(r.lang(), r.query()));
        return;
      }
      int rank = 1;
      for (Hit hit : r.hits()) {
        Pledge p = hit.pledge();
        out.printf("%2d. %s (%s, %s)  score %.2f%n", rank++, p.name(r.lang()), p.id(), Say.kind(p.kind()).in(r.lang()), hit.score());
        out.println("    " + String.join(", ", p.themes().stream().map(t -> thesaurus.label(t, r.lang())).toList()));
        out.println("    " + hit.snippet());
        p.url().ifPresent(url -> out.println("    " + url));
      }
    }
  }
}
