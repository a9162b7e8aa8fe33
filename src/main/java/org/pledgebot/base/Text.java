package org.pledgebot.base;

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
}
