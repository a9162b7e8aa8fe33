package org.pledgebot.testing;

import java.util.Locale;
import org.pledgebot.alerts.QueryMatch;

/** Stand-ins for search's question matching, for alert tests that need no index. */
public final class Matching {

  private Matching() {}

  /** Stands in for the search's matcher: a question matches when all its words are in the text. */
  public static final QueryMatch ALL_WORDS = pledge -> query -> {
    String text = pledge.text(query.lang()).toLowerCase(Locale.ROOT);
    for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!text.contains(word)) {
        return false;
      }
    }
    return true;
  };
}
