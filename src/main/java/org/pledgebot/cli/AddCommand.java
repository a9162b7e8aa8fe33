package org.pledgebot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pledgebot.corpus.PledgeInstaller;
import org.pledgebot.corpus.PledgeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code add FILE}: validates a pledge file and places it in the corpus atomically, so that a
 * running bot never reads it half-written. A bot that is down picks it up when it starts.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Validate a pledge file and place it in the corpus atomically.")
final class AddCommand implements Callable<Integer> {

  private final Context context;

  @Parameters(paramLabel = "FILE", description = "The pledge file; its id decides its name in the corpus.")
  private Path file;

  AddCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(context.env());
    PledgeParser parser = new PledgeParser(App.thesaurus(settings.themes()));
    PledgeInstaller.Installed installed = new PledgeInstaller(settings.corpus(), parser).install(file);
    context.out().printf("%s %s as %s%n", installed.replaced() ? "replaced" : "added", installed.pledge().id(),
        installed.file());
    context.out().flush();
    return 0;
  }
}
