package org.pledgebot.chat;

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
      implements Input {}

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
      int messageId, String data) implements Input {}

  /**
   * An inline query: {@code @bot question} typed in any chat.
   *
   * @param userId who typed it
   * @param languageCode their client language, may be null
   * @param queryId the id to answer with
   * @param text the question after the bot's name
   */
  record Inline(long userId, String languageCode, String queryId, String text) implements Input {}
}
