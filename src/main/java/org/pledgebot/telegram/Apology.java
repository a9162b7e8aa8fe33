package org.pledgebot.telegram;

import java.util.List;
import org.pledgebot.chat.Input;
import org.pledgebot.chat.Reply;
import org.pledgebot.message.Keyboard;

/**
 * What a user gets when the chat handler fails on their input: a short excuse in both of the bot's
 * languages, theirs first, and never any detail of the failure.
 */
final class Apology {

  static final String EN = "Sorry, something went wrong on my side. Please try again in a moment.";
  static final String FR = "Désolé, une erreur s'est produite de mon côté. Merci de réessayer dans un instant.";
  static final String SHORT = "Sorry, please try again. / Désolé, réessayez.";

  private Apology() {}

  /** The replies that stand in for the handler's; for inline queries see {@link #inlineButton()}. */
  static List<Reply> replies(Input input) {
    if (input instanceof Input.Text text) {
      return List.of(new Reply.Send(text.chatId(), text(input.languageCode()), Keyboard.NONE));
    }
    if (input instanceof Input.Callback press) {
      return List.of(new Reply.AnswerCallback(press.callbackId(), SHORT));
    }
    return List.of();
  }

  /** The two sentences, the user's language first. */
  static String text(String languageCode) {
    boolean french = languageCode != null && languageCode.toLowerCase(java.util.Locale.ROOT).startsWith("fr");
    return french ? FR + "\n" + EN : EN + "\n" + FR;
  }

  /** The text of the button shown above an empty inline answer (at most 64 characters). */
  static String inlineButton() {
    return "Sorry, try again / Désolé, réessayez";
  }
}
