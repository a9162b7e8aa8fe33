package org.pledgebot.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.pledgebot.alerts.AlertDispatcher;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.alerts.AlertText;
import org.pledgebot.alerts.NewPledges;
import org.pledgebot.alerts.Outbox;
import org.pledgebot.alerts.PledgeLedger;
import org.pledgebot.alerts.SavedQueries;
import org.pledgebot.base.Threads;
import org.pledgebot.corpus.PledgeWatcher;
import org.pledgebot.search.IndexListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts what turns new pledge files into delivered alerts: the corpus watcher and the dispatcher. */
final class Alerts {

  /** Short enough that a SIGTERM still ends the process within Telegram-friendly 10 seconds. */
  static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  private final Services services;
  private final App app;
  private final Outbox outbox;
  private final PledgeLedger ledger;

  /**
   * @param services where the started dispatcher and watcher are added, so that they stop before
   *     the storage behind {@code outbox} and {@code ledger}
   */
  Alerts(Services services, App app, Outbox outbox, PledgeLedger ledger) {
    this.services = services;
    this.app = app;
    this.outbox = outbox;
    this.ledger = ledger;
  }

  /**
   * Starts the dispatcher sending through {@code sender}, up to {@code sendsInFlight} alerts at
   * once, then the watcher, whose first sync
   * catches up with pledges added while the bot was down.
   */
  void start(AlertSender sender, int sendsInFlight) throws IOException {
    AlertDispatcher dispatcher = services.add(new AlertDispatcher(outbox, sender, new AlertText(app.thesaurus()),
        app.search().pledgers()::byId,
        AlertDispatcher.Settings.defaults().withCloseGrace(CLOSE_GRACE).withSendsInFlight(sendsInFlight),
        Clock.systemUTC()));
    dispatcher.start();
    SavedQueries questions = new SavedQueries(app.search().matcher());
    warmInBackground(ledger, questions);
    NewPledges news = new NewPledges(ledger, questions, dispatcher::wake);
    if (app.embeddedCorpus()) {
      // the jar's corpus never changes: nothing to watch, but the ledger learns what is known
      news.synced(app.reader().read(app.corpusDir()));
      LOG.info("serving the jar's embedded corpus; set PLEDGEBOT_CORPUS to a folder to add pledges");
      return;
    }
    PledgeWatcher watcher = services.add(new PledgeWatcher(app.corpusDir(), app.reader(),
        List.of(new IndexListener(app.search()), news), PledgeWatcher.Settings.defaults(), app::warn));
    watcher.start();
  }

  /**
   * Compiles the saved questions on a daemon thread while the bot starts serving, so that the
   * first new pledge does not wait for it. A failure only costs that head start.
   */
  private static void warmInBackground(PledgeLedger ledger, SavedQueries questions) {
    Threads.daemon("pledgebot-warm-questions").newThread(() -> {
      try {
        long start = System.nanoTime();
        int compiled = questions.warm(ledger.questions());
        if (compiled > 0) {
          LOG.info("compiled {} saved questions in {} ms", compiled, (System.nanoTime() - start) / 1_000_000);
        }
      } catch (RuntimeException e) {
        LOG.warn("could not compile the saved questions ahead of time; each will be compiled when first needed", e);
      }
    }).start();
  }
}
