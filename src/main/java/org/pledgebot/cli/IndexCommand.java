package org.pledgebot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.pledgebot.search.IndexInUseException;
import org.pledgebot.search.SyncReport;
import picocli.CommandLine.Command;

/** {@code index}: brings the index in step with the corpus and says how many pledges it holds. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Rebuild the index from the corpus.")
final class IndexCommand implements Callable<Integer> {

  private final Context context;

  IndexCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(context.env());
    App opened;
    try {
      opened = App.open(settings, App.IfInUse.FAIL);
    } catch (IndexInUseException e) {
      throw new IOException(e.getMessage() + " (a running bot?); nothing was rebuilt: a running bot keeps it in step "
          + "with the corpus by itself, or stop the bot and run index again", e);
    }
    try (App app = opened) {
      SyncReport report = app.lastSync();
      context.out().printf("index holds %d %s (%s)%n", report.size(), report.size() == 1 ? "pledge" : "pledges",
          app.settings().indexDir());
      context.out().flush();
      return 0;
    }
  }
}
