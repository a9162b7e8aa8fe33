package org.pledgebot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusException;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.PledgeSearch;

/**
 * The one set of corpus fixtures for every test package: the repository's own thesaurus and
 * corpus, read from the repository root as in production, and small pledges made up for tests.
 */
public final class Shipped {

  public static final Path THEMES = Path.of("config/themes.json");
  public static final Path PLEDGES = Path.of("index/pledges");

  private Shipped() {}

  /** The shipped thesaurus. */
  public static Thesaurus thesaurus() {
    try {
      return Thesaurus.load(THEMES);
    } catch (CorpusException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shipped corpus, which must have no bad file. */
  public static Corpus corpus() {
    return corpus(thesaurus());
  }

  /** The shipped corpus read against {@code thesaurus}, which must have no bad file. */
  public static Corpus corpus(Thesaurus thesaurus) {
    try {
      Corpus corpus = new CorpusReader(thesaurus).read(PLEDGES);
      if (!corpus.problems().isEmpty()) {
        throw new IllegalStateException("shipped corpus has problems: " + corpus.problems());
      }
      return corpus;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh in-memory index of the shipped corpus. */
  public static PledgeSearch index() {
    try {
      Thesaurus thesaurus = thesaurus();
      PledgeSearch search = PledgeSearch.inMemory(thesaurus);
      search.sync(corpus(thesaurus));
      return search;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the shipped pledge files into {@code to}, creating it. */
  public static void copyCorpus(Path to) throws IOException {
    Files.createDirectories(to);
    for (Path file : CorpusReader.pledgeFiles(PLEDGES)) {
      Files.copy(file, to.resolve(file.getFileName()));
    }
  }

  /** A made-up pledge: a country when the id is uppercase, else a civil society organisation. */
  public static Pledge pledge(String id, String text, String... themes) {
    return new Pledge(id, id.equals(id.toUpperCase(Locale.ROOT)) ? Kind.COUNTRY : Kind.CIVIL_SOCIETY,
        Map.of(Lang.EN, "Name of " + id), Map.of(), List.of(themes), Map.of(Lang.EN, text),
        Optional.of("https://example.org/" + id), List.of(), Optional.of(LocalDate.of(2014, 9, 24)),
        Basis.STATED);
  }

  /** A pledge file as the corpus README describes it. */
  public static String json(String id, String kind, String nameEn, String theme, String textEn) {
    return "{\n  \"id\": \"" + id + "\",\n  \"kind\": \"" + kind + "\",\n  \"name\": {\"en\": \"" + nameEn
        + "\"},\n  \"themes\": [\"" + theme + "\"],\n  \"pledge\": {\"en\": \"" + textEn
        + "\"},\n  \"contact\": {\"url\": \"https://example.org/" + id + "\"}\n}\n";
  }
}
