package org.pledgebot.cli;

import java.util.concurrent.Callable;
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
    try (App app = App.open(Settings.load(context.env()))) {
      SyncReport report = app.sync();
      context.out().printf("index holds %d %s (%s)%n", report.size(), report.size() == 1 ? "pledge" : "pledges",
          app.settings().indexDir());
      context.out().flush();
      return 0;
    }
  }
}
