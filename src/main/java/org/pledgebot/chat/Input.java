package org.pledgebot.chat;

import java.util.Optional;
import java.util.function.Function;
import org.pledgebot.message.ChatType;

/**
 * Something a user did that the bot may answer: a message, a button press or an inline query.
 * Transports translate their own types into these; nothing from Telegram crosses this line.
 */
public sealed interface Input permits Input.Text, Input.Callback, Input.Inline {

  /** The user who acted. */
  long userId();

  /** The user's client language, e.g. Telegram's {@code language_code}; may be null. */
  String languageCode();

  /** The chat it happened in; empty for an inline query, which belongs to no chat. */
  Optional<Chat> chat();

  /**
   * The result of the function for this kind of input: a switch over the three kinds that the
   * compiler checks (a new kind must implement it), without {@code instanceof}.
   */
  <R> R match(Function<? super Text, ? extends R> text, Function<? super Callback, ? extends R> callback,
      Function<? super Inline, ? extends R> inline);

  /**
   * A chat a message or a button press happened in.
   *
   * @param id the chat id
   * @param type private or group
   */
  record Chat(long id, ChatType type) {}

  /**
   * A text message.
   *
   * @param chatId the chat it was written in
   * @param chatType private or group
   * @param userId the author
   * @param languageCode the author's client language, may be null
   * @param text the message text, with any mention of the bot already removed by the transport
   */
  record Text(long chatId, ChatType chatType, long userId, String languageCode, String text)
      implements Input {

    @Override
    public Optional<Chat> chat() {
      return Optional.of(new Chat(chatId, chatType));
    }

    @Override
    public <R> R match(Function<? super Text, ? extends R> text, Function<? super Callback, ? extends R> callback,
        Function<? super Inline, ? extends R> inline) {
      return text.apply(this);
    }
  }

  /**
   * A press on one of the bot's inline buttons.
   *
   * @param chatId the chat of the message that carried the button
   * @param chatType private or group
   * @param userId who pressed
   * @param languageCode the presser's client language, may be null
   * @param callbackId the id to acknowledge the press with
   * @param messageId the message that carried the button, so that it can be edited
   * @param data the button's callback data
   */
  record Callback(long chatId, ChatType chatType, long userId, String languageCode, String callbackId,
      int messageId, String data) implements Input {

    @Override
    public Optional<Chat> chat() {
      return Optional.of(new Chat(chatId, chatType));
    }

    @Override
    public <R> R match(Function<? super Text, ? extends R> text, Function<? super Callback, ? extends R> callback,
        Function<? super Inline, ? extends R> inline) {
      return callback.apply(this);
    }
  }

  /**
   * An inline query: {@code @bot question} typed in any chat.
   *
   * @param userId who typed it
   * @param languageCode their client language, may be null
   * @param queryId the id to answer with
   * @param text the question after the bot's name
   */
  record Inline(long userId, String languageCode, String queryId, String text) implements Input {

    @Override
    public Optional<Chat> chat() {
      return Optional.empty();
    }

    @Override
    public <R> R match(Function<? super Text, ? extends R> text, Function<? super Callback, ? extends R> callback,
        Function<? super Inline, ? extends R> inline) {
      return inline.apply(this);
    }
  }
}
