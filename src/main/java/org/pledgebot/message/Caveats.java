package org.pledgebot.message;

import java.util.ArrayList;
import java.util.List;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * What a reader should know about a pledge before trusting it, in a few words each: that its text
 * is shown in English for want of a translation, and that the pledger is listed by inference
 * rather than named by a source. The answer card and the alert both show them.
 */
public final class Caveats {

  private Caveats() {}

  /** The caveats of {@code pledge} shown in {@code lang}, plain text, possibly none. */
  public static List<String> of(Pledge pledge, Lang lang) {
    List<String> caveats = new ArrayList<>();
    if (!pledge.hasText(lang)) {
      caveats.add(Say.TEXT_IN_ENGLISH.in(lang));
    }
    switch (pledge.basis()) {
      case STATED -> { }
      case INFERRED -> caveats.add(Say.BASIS_INFERRED.in(lang));
    }
    return caveats;
  }
}
