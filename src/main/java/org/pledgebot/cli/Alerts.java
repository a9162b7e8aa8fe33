package org.pledgebot.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.alerts.AlertText;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.SavedQueries;
import org.pledgebot.corpus.CorpusListener;
import org.pledgebot.corpus.PledgeWatcher;
import org.pledgebot.search.IndexListener;
import org.pledgebot.search.PledgeMatcher;
import org.pledgebot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts what turns new pledge files into delivered alerts: the corpus watcher and the dispatcher. */
final class Alerts {

  /** Short enough that a SIGTERM still ends the process within Telegram-friendly 10 seconds. */
  static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  private Alerts() {}

  /**
   * Starts the dispatcher, then the watcher, whose first sync catches up with pledges added while
   * the bot was down. Both are added to {@code services} so that they stop before the store.
   */
  static void start(Services services, App app, Store store, AlertSender sender) throws IOException {
    AlertDispatcher.Settings defaults = AlertDispatcher.Settings.defaults();
    AlertDispatcher dispatcher = services.add(new AlertDispatcher(store, sender, new AlertText(app.thesaurus()),
        app.search().pledgers()::byId,
        new AlertDispatcher.Settings(defaults.batchSize(), defaults.maxAttempts(), defaults.firstBackoff(),
            defaults.maxBackoff(), defaults.idlePoll(), CLOSE_GRACE, defaults.keepDone()),
        Clock.systemUTC()));
    dispatcher.start();
    SavedQueries questions = new SavedQueries(new PledgeMatcher(app.thesaurus()));
    warmInBackground(store, questions);
    NewPledges news = new NewPledges(store, questions, dispatcher::wake);
    PledgeWatcher watcher = services.add(new PledgeWatcher(app.settings().corpus(), app.reader(),
        List.of(new IndexListener(app.search()), news), PledgeWatcher.Settings.defaults()));
    watcher.start();
  }

  /**
   * Compiles the saved questions on a daemon thread while the bot starts serving, so that the
   * first new pledge does not wait for it. A failure only costs that head start.
   */
  private static void warmInBackground(Store store, SavedQueries questions) {
    Thread warm = new Thread(() -> {
      try {
        long start = System.nanoTime();
        int compiled = questions.warm(store.questions());
        if (compiled > 0) {
          LOG.info("compiled {} saved questions in {} ms", compiled, (System.nanoTime() - start) / 1_000_000);
        }
      } catch (RuntimeException e) {
        LOG.warn("could not compile the saved questions ahead of time; each will be compiled when first needed", e);
      }
    }, "pledgebot-warm-questions");
    warm.setDaemon(true);
    warm.start();
  }
}
