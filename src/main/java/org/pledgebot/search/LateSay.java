package org.pledgebot.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A say that came too late: the question tells a text of public action already finished (a strategy
 * signed, a reform written, a plan adopted: a noun of {@link PolicyWords#rulesMade}, {@link
 * PolicyWords#drawnUp}, {@link PolicyWords#instruments} or {@link PolicyWords#reforms} with a participle of
 * {@link PolicyWords#finished} at most {@value #SPAN} words after it, the text its subject) and the
 * people it touches asked, heard or invited (a verb of {@link PolicyWords#heeding} or {@link
 * PolicyWords#inviting} at most {@value #SPAN} words from the people, {@link PolicyWords#thePeople},
 * {@link PolicyWords#serviceUsers}, {@link PolicyWords#constituencies} or {@link PolicyWords#affected}).
 * The text is public where a body of public power is named ({@link PolicyWords#treasuries}), or where it is
 * a reform and those asked are the public or a public service's users (a flat's renovation finished before
 * its tenants were called is nobody's say). The complaint is their say in the making of the text: {@link
 * ThemeDetector} reads the verb as strong evidence of the people's part. A family's menu decided before the
 * guests were asked names no text of public action, and a firm's strategy signed before its staff were
 * heard names none of the people.
 */
final class LateSay {

  /** The most words between the text and its participle, and between the people and the verb put to them. */
  static final int SPAN = 4;

  private final Map<Lang, Set<String>> texts = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> finished = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> people = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> verbs = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> bodies = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> reforms = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> affected = new EnumMap<>(Lang.class);

  LateSay() {
    for (Lang lang : Lang.values()) {
      texts.put(lang, PolicyWords.union(PolicyWords.rulesMade(lang), PolicyWords.drawnUp(lang),
          PolicyWords.instruments(lang), PolicyWords.reforms(lang)));
      finished.put(lang, PolicyWords.finished(lang));
      people.put(lang, PolicyWords.union(PolicyWords.thePeople(lang), PolicyWords.serviceUsers(lang),
          PolicyWords.constituencies(lang), PolicyWords.affected(lang)));
      verbs.put(lang, PolicyWords.union(PolicyWords.heeding(lang), PolicyWords.inviting(lang)));
      bodies.put(lang, PolicyWords.treasuries(lang));
      reforms.put(lang, PolicyWords.reforms(lang));
      affected.put(lang, PolicyWords.minus(PolicyWords.affected(lang), PolicyWords.thePeople(lang),
          PolicyWords.serviceUsers(lang), PolicyWords.constituencies(lang)));
    }
  }

  /** The position of the verb that asked the people too late, or -1 where the question tells no such say. */
  int verb(List<Word> words, Lang lang) {
    if (!finishedText(words, lang)) {
      return -1;
    }
    boolean bodyNamed = false;
    boolean reformNamed = false;
    for (Word w : words) {
      bodyNamed |= bodies.get(lang).contains(w.surface());
      reformNamed |= reforms.get(lang).contains(w.surface());
    }
    if (!bodyNamed && !reformNamed) {
      return -1;
    }
    Set<String> whom = people.get(lang);
    Set<String> asking = verbs.get(lang);
    for (int j = 0; j < words.size(); j++) {
      String folk = words.get(j).surface();
      if (!whom.contains(folk) || !bodyNamed && affected.get(lang).contains(folk)) {
        continue;
      }
      for (int k = Math.max(0, j - SPAN); k < words.size() && k - j <= SPAN; k++) {
        if (k != j && asking.contains(words.get(k).surface())) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Whether a text of public action stands at most {@value #SPAN} words before a participle telling it finished. */
  private boolean finishedText(List<Word> words, Lang lang) {
    Set<String> text = texts.get(lang);
    Set<String> done = finished.get(lang);
    for (int t = 0; t < words.size(); t++) {
      if (text.contains(words.get(t).surface())) {
        for (int f = t + 1; f < words.size() && f - t <= SPAN; f++) {
          if (done.contains(words.get(f).surface())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
