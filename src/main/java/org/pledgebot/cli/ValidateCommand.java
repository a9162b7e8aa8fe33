package org.pledgebot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pledgebot.corpus.Corpus;
import org.pledgebot.corpus.CorpusProblem;
import org.pledgebot.corpus.CorpusReader;
import org.pledgebot.corpus.EmbeddedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate [DIR]}: checks every pledge file and names each bad one with the reason. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check every pledge file; exit 1 naming each bad file and why.")
final class ValidateCommand implements Callable<Integer> {

  private final Context context;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "The corpus directory (default: the configured corpus).")
  private Path dir;

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(context.env());
    CorpusReader reader = new CorpusReader(App.thesaurus(settings.themesFile()));
    Corpus corpus;
    Object corpusDir;
    if (dir != null || settings.corpus().isPresent()) {
      Path folder = dir != null ? dir : settings.corpus().get();
      corpus = reader.read(folder);
      corpusDir = folder;
    } else {
      try (EmbeddedCorpus embedded = EmbeddedCorpus.open()) {
        corpus = reader.read(embedded.dir());
        corpusDir = embedded;
      }
    }
    for (CorpusProblem problem : corpus.problems()) {
      context.err().println(problem);
    }
    context.out().printf("%d valid, %d invalid pledge files in %s%n", corpus.pledges().size(), corpus.problems().size(), corpusDir);
    context.out().flush();
    context.err().flush();
    return corpus.problems().isEmpty() ? 0 : 1;
  }
}
