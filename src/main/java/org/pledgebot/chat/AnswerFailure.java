package org.pledgebot.chat;

import java.util.List;
import org.pledgebot.corpus.Lang;
import org.pledgebot.message.Excerpt;
import org.pledgebot.message.Keyboard;
import org.pledgebot.message.Say;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure while answering is reported: the engine when a question or a
 * command fails, a transport when the engine itself could not run. The failure is logged with
 * what was being answered (the kind of input, the chat, the user, a short clip of the text, never
 * more) and the user gets an apology in their language ({@link Say#FAILURE}) instead of silence.
 */
public final class AnswerFailure {

  /** The user's text in a log line is cut to this. */
  static final int CLIP = 40;

  private static final Logger log = LoggerFactory.getLogger(AnswerFailure.class);

  private AnswerFailure() {}

  /**
   * Logs {@code failure} with the context of {@code input} and returns the replies that stand in
   * for the answer: the apology as a message, as the notice of a button press, or an empty inline
   * answer.
   *
   * @param failure what went wrong, already free of secrets (a transport scrubs its token first)
   */
  public static List<Reply> report(Input input, Throwable failure) {
    log.error("chat handler failed on {}; the user gets an apology", describe(input), failure);
    String apology = text(input.languageCode());
    return List.of(input.<Reply>match(
        text -> new Reply.Send(text.chatId(), apology, Keyboard.NONE),
        press -> new Reply.AnswerCallback(press.callbackId(), apology),
        inline -> new Reply.AnswerInline(inline.queryId(), List.of())));
  }

  /** The apology in the language of a client with {@code languageCode} (English by default). */
  public static String text(String languageCode) {
    return Say.FAILURE.in(lang(languageCode));
  }

  /** The apology in a few words, for a button (at most 64 characters). */
  public static String shortText(String languageCode) {
    return Say.FAILURE_SHORT.in(lang(languageCode));
  }

  private static Lang lang(String languageCode) {
    return Lang.parse(languageCode).orElse(Lang.EN);
  }

  /** E.g. {@code a message in chat 42 (user 7: "données ouv…")}: the input's kind, place and a clip. */
  public static String describe(Input input) {
    return input.match(
        t -> "a message in chat " + t.chatId() + " (user " + t.userId() + ": " + clip(t.text()) + ")",
        c -> "a button press in chat " + c.chatId() + " (user " + c.userId() + ": " + clip(c.data()) + ")",
        i -> "an inline query in inline mode of user " + i.userId() + " (" + clip(i.text()) + ")");
  }

  private static String clip(String text) {
    return text == null ? "no text" : "\"" + Excerpt.clip(text, CLIP) + "\"";
  }
}
