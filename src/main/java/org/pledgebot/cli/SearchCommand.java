package org.pledgebot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
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

  @Option(names = "--lang", paramLabel = "fr|en", description = "Answer language (default: the question's).")
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
    try (App app = App.open(Settings.load(context.env()))) {
      Answers answers = new Answers(app.search(), app.thesaurus(), answerLang, limit);
      if (words == null || words.isEmpty()) {
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
      throw new Failures.UsageException("--lang must be fr or en, got \"" + lang + "\"");
    }
    return parsed;
  }

  /** Asks and prints, readably or as JSON lines. */
  static final class Answers {
    private final PledgeSearch search;
    private final Thesaurus thesaurus;
    private final Optional<Lang> lang;
    private final int limit;
    private final JsonFactory factory = new JsonFactory();

    Answers(PledgeSearch search, Thesaurus thesaurus, Optional<Lang> lang, int limit) {
      this.search = search;
      this.thesaurus = thesaurus;
      this.lang = lang;
      this.limit = limit;
    }

    void batch(BufferedReader in, PrintWriter out) throws IOException {
      String line;
      while ((line = in.readLine()) != null) {
        writeJson(ask(line), out);
      }
      out.flush();
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

    private void writeJson(SearchResponse r, PrintWriter out) throws IOException {
      JsonGenerator g = factory.createGenerator(out);
      g.writeStartObject();
      g.writeStringField("query", r.query());
      g.writeStringField("lang", r.lang().code());
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
      g.flush();
      out.write('\n');
    }

    private void writeText(SearchResponse r, PrintWriter out) {
      if (r.hits().isEmpty()) {
        out.println(r.lang() == Lang.FR
            ? "Aucun pair ne correspond à « " + r.query() + " »."
            : "No pledger matches \"" + r.query() + "\".");
        return;
      }
      int rank = 1;
      for (Hit hit : r.hits()) {
        Pledge p = hit.pledge();
        out.printf("%2d. %s (%s, %s)  score %.2f%n", rank++, p.name(r.lang()), p.id(), p.kind().label(r.lang()), hit.score());
        out.println("    " + String.join(", ", p.themes().stream().map(t -> thesaurus.label(t, r.lang())).toList()));
        out.println("    " + hit.snippet());
        p.url().ifPresent(url -> out.println("    " + url));
      }
    }
  }
}
