package org.pledgebot.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusException;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;

/** The real thesaurus and corpus of the repository, and small pledges made up for tests. */
final class Fixtures {

  static final Path THEMES = Path.of("config/themes.json");
  static final Path PLEDGES = Path.of("index/pledges");

  private Fixtures() {}

  static Thesaurus thesaurus() {
    try {
      return Thesaurus.load(THEMES);
    } catch (CorpusException e) {
      throw new IllegalStateException(e);
    }
  }

  static Corpus corpus() {
    try {
      return new CorpusReader(thesaurus()).read(PLEDGES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Pledge pledge(String id, String text, String... themes) {
    return new Pledge(id, id.equals(id.toUpperCase(Locale.ROOT)) ? Kind.COUNTRY : Kind.CIVIL_SOCIETY,
        Map.of(Lang.EN, "Name of " + id), Map.of(), List.of(themes), Map.of(Lang.EN, text),
        Optional.of("https://example.org/" + id), Optional.empty(), Optional.of(LocalDate.of(2014, 9, 24)));
  }

  /** A pledge file as the corpus README describes it. */
  static String json(String id, String kind, String nameEn, String theme, String textEn) {
    return "{\n  \"id\": \"" + id + "\",\n  \"kind\": \"" + kind + "\",\n  \"name\": {\"en\": \"" + nameEn
        + "\"},\n  \"themes\": [\"" + theme + "\"],\n  \"pledge\": {\"en\": \"" + textEn
        + "\"},\n  \"contact\": {\"url\": \"https://example.org/" + id + "\"}\n}\n";
  }

  static void copyCorpus(Path to) throws IOException {
    Files.createDirectories(to);
    for (Path file : CorpusReader.pledgeFiles(PLEDGES)) {
      Files.copy(file, to.resolve(file.getFileName()));
    }
  }

  /** Stands in for the search's matcher: a question matches when all its words are in the text. */
  static final QueryMatch WORDS = pledge -> query -> {
    String text = pledge.text(query.lang()).toLowerCase(Locale.ROOT);
    for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  };
}
