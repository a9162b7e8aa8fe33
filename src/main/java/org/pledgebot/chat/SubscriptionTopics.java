package org.pledgebot.chat;

import java.util.List;
import java.util.Optional;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.search.Folding;
import org.pledgebot.search.PledgeSearch;

/**
 * Works out what {@code /subscribe WHAT} means, as search would read it: a pledger when WHAT is
 * one's name, alias or id as a whole ({@link org.pledgebot.search.Pledgers#named}), else the
 * themes it names when it names nothing else ({@link org.pledgebot.search.ThemeLookup#named}):
 * one subscription per theme, so a phrase listed under two themes follows both, each listed and
 * unsubscribed on its own; else the words as a saved question. Lead-ins such as "alert me about"
 * or "tout sur" are dropped first.
 */
final class SubscriptionTopics {

  private static final List<String> LEAD_INS = List.of(
      "alert me about", "alert me on", "alert me to", "tell me about", "anything from", "anything about",
      "anything on", "news from", "news about", "everything from", "everything about", "about", "from",
      "alertez moi sur", "alerte moi sur", "previens moi pour", "previenez moi pour", "tout sur", "tout de",
      "tout ce qui concerne", "nouvelles de", "sur", "de la", "du", "des", "de");

  private final PledgeSearch search;

  SubscriptionTopics(PledgeSearch search) {
    this.search = search;
  }

  /** The targets {@code what} names, for a user whose question language is {@code lang}: never empty. */
  List<Target> resolve(String what, Lang lang) {
    String topic = dropWords(what, leadInWords(Folding.words(what)));
    if (!topic.isEmpty()) {
      Optional<Pledge> pledger = search.pledgers().named(topic);
      if (pledger.isPresent()) {
        return List.of(new Target.Pledger(pledger.get().id()));
      }
      List<String> themes = search.themes().named(topic);
      if (!themes.isEmpty()) {
        return themes.stream().<Target>map(Target.Theme::new).toList();
      }
    }
    return List.of(new Target.Query(topic, lang));
  }

  /** How many words at the start of {@code folded} are a lead-in, leaving at least one word. */
  private static int leadInWords(String folded) {
    for (String lead : LEAD_INS) {
      if (folded.startsWith(lead + " ")) {
        return wordCount(lead);
      }
    }
    return 0;
  }

  private static int wordCount(String folded) {
    return folded.isEmpty() ? 0 : folded.split(" ").length;
  }

  /** {@code text} without its first {@code n} words, punctuation and accents kept. */
  private static String dropWords(String original, int n) {
    String text = java.text.Normalizer.normalize(original, java.text.Normalizer.Form.NFC);
    int i = 0;
    for (int word = 0; word < n; word++) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
    }
    return text.substring(i).strip();
  }
}
