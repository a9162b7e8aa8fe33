package org.pledgebot.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small text helpers shared by the transports and the conversation. */
public final class Text {

  private Text() {}

  /**
   * The index of the first whitespace character of {@code text} ({@link Character#isWhitespace}),
   * or its length when there is none: where the first word ends, e.g. the {@code /command@bot}
   * of a message.
   */
  public static int indexOfWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Whether the characters of {@code text} from {@code start} to {@code end} are written as an
   * acronym: at least two capital letters, and no other letter ("OECD", "É.-U."; characters other
   * than letters do not count) or, with {@code mostly}, fewer other letters than capitals ("BAsD").
   * One rule for every "typed in capitals" of the search: a question's words and the thesaurus's
   * entries count only wholly in capitals, so that a plural or a mixed-case word ("MPs", "eGov")
   * is not taken for an acronym typed on purpose; a pledger's name as its source writes it may
   * keep a small letter of the official acronym ("BAsD", Banque asiatique de développement).
   */
  public static boolean acronym(CharSequence text, int start, int end, boolean mostly) {
    int capitals = 0;
    int others = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (Character.isLetter(c)) {
        others++;
      }
    }
    return capitals >= 2 && (mostly ? others < capitals : others == 0);
  }

  /** {@link #acronym(CharSequence, int, int, boolean)} over the whole of {@code text}. */
  public static boolean acronym(CharSequence text, boolean mostly) {
    return acronym(text, 0, text.length(), mostly);
  }

  /** One piece of a text between spaces, and where it starts in the text. */
  public record Piece(String text, int start) {}

  /** Per thread, the text last split by {@link #pieces} and its pieces. */
  private static final ThreadLocal<Split> LAST = ThreadLocal.withInitial(() -> new Split(null, List.of()));

  private record Split(String text, List<Piece> pieces) {}

  /**
   * The pieces of {@code text} between U+0020 spaces, in order, empty ones left out, unmodifiable:
   * the one split of the per-piece memos of the search, which rely on a space always ending a word.
   * A search splits its question twice (its tokens, its language): the same text split again on
   * its thread is given the same pieces, whose strings have hashed once for the memos already.
   */
  public static List<Piece> pieces(String text) {
    Split last = LAST.get();
    if (last.text() == text) {
      return last.pieces();
    }
    List<Piece> pieces = Collections.unmodifiableList(split(text));
    LAST.set(new Split(text, pieces));
    return pieces;
  }

  private static List<Piece> split(String text) {
    List<Piece> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      if (end > start) {
        out.add(new Piece(text.substring(start, end), start));
      }
      start = end + 1;
    }
    return out;
  }
}
