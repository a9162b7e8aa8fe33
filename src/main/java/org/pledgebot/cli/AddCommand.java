package org.pledgebot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pledgebot.corpus.PledgeInstaller;
import org.pledgebot.corpus.PledgeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code add [--replace] FILE}: validates a pledge file as {@code validate} does and places it in
 * the corpus atomically, so that a running bot never reads it half-written; a pledger already
 * there is replaced only with {@code --replace}. A bot that is down picks it up when it starts.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Validate a pledge file and place it in the corpus atomically.")
final class AddCommand implements Callable<Integer> {

  private final Context context;

  @Parameters(paramLabel = "FILE", description = "The pledge file, named <id>.json as in the corpus.")
  private Path file;

  @Option(names = "--replace", description = "Replace the pledger of the same id already in the corpus.")
  private boolean replace;

  AddCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(context.env());
    PledgeParser parser = new PledgeParser(App.thesaurus(settings.themesFile()));
    if (settings.corpus().isEmpty()) {
      throw new SettingsException("no corpus folder here: the bot serves the jar's embedded corpus, which add "
          + "cannot change; set PLEDGEBOT_CORPUS (or corpus in " + Settings.FILE + ") to a folder of pledge files");
    }
    PledgeInstaller.Installed installed = new PledgeInstaller(settings.corpus().get(), parser).install(file,
        replace ? PledgeInstaller.IfPresent.REPLACE : PledgeInstaller.IfPresent.REFUSE);
    context.out().printf("%s %s as %s%n", installed.replaced() ? "replaced" : "added", installed.pledge().id(),
        installed.file());
    context.out().flush();
    return 0;
  }
}
