package org.pledgebot.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.alerts.Target;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Theme;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.search.Folding;
import org.pledgebot.search.PledgeSearch;

/**
 * Works out what {@code /subscribe WHAT} means: a theme when WHAT names one (label or synonym,
 * either language), else a pledger when it names one, else the words as a saved question.
 * Lead-ins such as "alert me about" or "tout sur" are dropped first.
 */
final class SubscriptionTopics {

  private static final List<String> LEAD_INS = List.of(
      "alert me about", "alert me on", "alert me to", "tell me about", "anything from", "anything about",
      "anything on", "news from", "news about", "everything from", "everything about", "about", "from",
      "alertez moi sur", "alerte moi sur", "previens moi pour", "previenez moi pour", "tout sur", "tout de",
      "tout ce qui concerne", "nouvelles de", "sur", "de la", "du", "des", "de");

  private final PledgeSearch search;
  private final Map<String, String> themeByWords = new HashMap<>();

  SubscriptionTopics(PledgeSearch search) {
    this.search = search;
    Thesaurus thesaurus = search.thesaurus();
    for (Theme theme : thesaurus.themes()) {
      themeByWords.put(Folding.words(theme.id()), theme.id());
      for (Lang lang : Lang.values()) {
        themeByWords.put(Folding.words(theme.label(lang)), theme.id());
        theme.synonyms(lang).forEach(s -> themeByWords.putIfAbsent(Folding.words(s), theme.id()));
      }
    }
  }

  /** The target {@code what} names, for a user whose question language is {@code lang}. */
  Target resolve(String what, Lang lang) {
    String folded = Folding.words(what);
    int leadWords = leadInWords(folded);
    String topic = String.join(" ", List.of(folded.split(" ")).subList(leadWords, wordCount(folded)));
    String theme = themeByWords.get(topic);
    if (theme != null) {
      return new Target.Theme(theme);
    }
    Optional<Pledge> pledger = topic.isEmpty() ? Optional.empty() : search.pledgers().find(topic);
    if (pledger.isPresent()) {
      return new Target.Pledger(pledger.get().id());
    }
    return new Target.Query(dropWords(what, leadWords), lang);
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
