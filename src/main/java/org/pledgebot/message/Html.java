package org.pledgebot.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small subset of Telegram HTML the bot writes: escaping for text and attributes, and the
 * way back to plain text for transports without markup.
 */
public final class Html {

  private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?(b|i|u|s|code|pre)>");

  private Html() {}

  /** Escapes {@code &}, {@code <}, {@code >} and {@code "}, so any text is safe in a message or attribute. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code <i>text</i>}, escaped. */
  public static String italic(String text) {
    return "<i>" + escape(text) + "</i>";
  }

  /** A link, both parts escaped. */
  public static String link(String url, String text) {
    return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
  }

  /**
   * Plain text for a message written in this subset: tags dropped, a link shown as
   * {@code text (url)}, entities decoded.
   */
  public static String toPlainText(String html) {
    Matcher links = LINK.matcher(html);
    StringBuilder out = new StringBuilder();
    while (links.find()) {
      String url = links.group(1);
      String text = links.group(2);
      String shown = text.equals(url) ? url : text + " (" + url + ")";
      links.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    links.appendTail(out);
    return unescape(TAG.matcher(out).replaceAll(""));
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
