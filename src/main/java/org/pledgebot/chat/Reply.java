package org.pledgebot.chat;

import java.util.List;
import org.pledgebot.message.Keyboard;

/**
 * What the bot does in answer to an {@link Input}. Texts are Telegram HTML: every piece of user
 * or corpus text inside is escaped, and only {@code <b>}, {@code <i>} and {@code <a href>} are used.
 */
public sealed interface Reply permits Reply.Send, Reply.Edit, Reply.AnswerCallback, Reply.AnswerInline {

  /** Telegram's limit on the length of one message's text. */
  int MAX_TEXT = 4096;

  /**
   * A new message.
   *
   * @param chatId the chat to write to
   * @param html the text, at most {@link #MAX_TEXT} characters
   * @param keyboard buttons under it, possibly none
   */
  record Send(long chatId, String html, Keyboard keyboard) implements Reply {
    public Send {
      checkLength(html);
    }
  }

  /**
   * A new text for a message the bot sent earlier.
   *
   * @param chatId the chat of the message
   * @param messageId the message to edit
   * @param html the new text, at most {@link #MAX_TEXT} characters
   * @param keyboard its new buttons, possibly none
   */
  record Edit(long chatId, int messageId, String html, Keyboard keyboard) implements Reply {
    public Edit {
      checkLength(html);
    }
  }

  /**
   * The acknowledgement of a button press, which stops the button's spinner.
   *
   * @param callbackId the press being acknowledged
   * @param notice a short toast to show, or null for none
   */
  record AnswerCallback(String callbackId, String notice) implements Reply {}

  /**
   * The answer to an inline query.
   *
   * @param queryId the query being answered
   * @param articles at most 10 results
   */
  record AnswerInline(String queryId, List<Article> articles) implements Reply {
    public AnswerInline {
      articles = List.copyOf(articles);
    }
  }

  /**
   * One inline result: a message the user can send into their chat.
   *
   * @param id unique within the answer, at most 64 bytes
   * @param title the result's title
   * @param description a one-line description
   * @param html the message sent when the user picks it
   * @param url a link to show with it, or null
   */
  record Article(String id, String title, String description, String html, String url) {}

  private static void checkLength(String html) {
    if (html == null || html.isEmpty() || html.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "message text must be 1 to " + MAX_TEXT + " characters, got " + (html == null ? "null" : html.length()));
    }
  }
}
