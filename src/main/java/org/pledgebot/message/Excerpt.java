package org.pledgebot.message;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pledgebot.corpus.Lang;

/**
 * Short excerpts of corpus and user text for messages: a pledge's first sentence, any text cut at
 * a word. Shared by the answers and the alerts so that both summarise a pledge the same way.
 */
public final class Excerpt {

  private static final String DANGLING = ",;:-(";
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Excerpt() {}

  /**
   * The first sentence of {@code text} (by the language's sentence rules, so that "U.S." or
   * "M. Dupont" do not end it), whitespace flattened, cut to at most {@code max} characters.
   */
  public static String firstSentence(String text, Lang lang, int max) {
    String flat = flatten(text);
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(lang.code()));
    sentences.setText(flat);
    int end = sentences.next();
    String first = end == BreakIterator.DONE ? flat : flat.substring(0, end).strip();
    return clip(first, max);
  }

  /**
   * {@code text} with its whitespace flattened if that fits in {@code max} characters, else its
   * longest prefix ending at a word within {@code max - 1}, without dangling punctuation, plus
   * "…". Never splits a surrogate pair.
   */
  public static String clip(String text, int max) {
    String flat = flatten(text);
    if (flat.length() <= max) {
      return flat;
    }
    int at = flat.lastIndexOf(' ', max - 1);
    int end = at > max / 2 ? at : max - 1;
    if (Character.isHighSurrogate(flat.charAt(end - 1))) {
      end--;
    }
    String head = flat.substring(0, end).stripTrailing();
    while (!head.isEmpty() && DANGLING.indexOf(head.charAt(head.length() - 1)) >= 0) {
      head = head.substring(0, head.length() - 1).stripTrailing();
    }
    return head + "…";
  }

  private static String flatten(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }
}
