package org.pledgebot.cli;

import java.io.PrintWriter;
import org.pledgebot.corpus.CorpusException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failed command is reported: one line on stderr that says what went
 * wrong, exit code 1 (2 for bad usage). Expected failures carry their context in their message;
 * anything else is a bug, and its stack trace goes to the log, not to the user.
 */
final class Failures {

  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  static int report(Exception e, PrintWriter err) {
    if (e instanceof Failures.UsageException) {
      err.println("pledgebot: " + e.getMessage());
      err.flush();
      return picocli.CommandLine.ExitCode.USAGE;
    }
    if (e instanceof SettingsException || e instanceof CorpusException || e instanceof java.io.IOException
        || e instanceof org.pledgebot.telegram.TelegramStartException
        || e instanceof org.pledgebot.store.StoreException) {
      err.println("pledgebot: " + e.getMessage());
    } else {
      log.error("unexpected failure", e);
      err.println("pledgebot: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    err.flush();
    return 1;
  }

  /** A command used wrongly in a way picocli cannot see, such as an empty question. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }
}
