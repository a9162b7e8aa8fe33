package org.pledgebot.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Telegram updates as JSON, for {@link FakeBotApi#enqueue}: the shapes the Bot API documents. */
public final class Updates {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1);
  private static final AtomicInteger QUERY_IDS = new AtomicInteger(1);

  private Updates() {}

  /** A text message from user {@code userId} in a private chat of the same id. */
  public static ObjectNode privateText(long userId, String languageCode, String text) {
    return text(userId, "private", userId, languageCode, text);
  }

  /** A text message; {@code chatType} is private, group or supergroup. */
  public static ObjectNode text(long chatId, String chatType, long userId, String languageCode, String text) {
    ObjectNode update = NODES.objectNode();
    ObjectNode message = message(chatId, chatType, userId, languageCode);
    message.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length", end);
    }
    update.set("message", message);
    return update;
  }

  /** A group message that replies to the message {@code repliedId} of {@code repliedFrom}. */
  public static ObjectNode reply(long chatId, long userId, String text, int repliedId, ObjectNode repliedFrom) {
    ObjectNode update = text(chatId, "supergroup", userId, "en", text);
    ObjectNode replied = ((ObjectNode) update.get("message")).putObject("reply_to_message");
    replied.put("message_id", repliedId).put("date", now());
    replied.putObject("chat").put("id", chatId).put("type", "supergroup").put("title", "Reformers");
    replied.set("from", repliedFrom);
    replied.put("text", "an earlier message");
    return update;
  }

  /** A press on an inline button of the bot's message {@code messageId}. */
  public static ObjectNode callback(long chatId, String chatType, long userId, String languageCode, int messageId,
      String data) {
    ObjectNode update = NODES.objectNode();
    ObjectNode query = update.putObject("callback_query");
    query.put("id", "cb" + QUERY_IDS.incrementAndGet());
    query.set("from", user(userId, languageCode));
    ObjectNode carrier = query.putObject("message");
    carrier.put("message_id", messageId).put("date", now());
    carrier.set("chat", chat(chatId, chatType));
    carrier.set("from", FakeBotApi.botUser());
    carrier.put("text", "page");
    query.put("chat_instance", "ci" + chatId);
    query.put("data", data);
    return update;
  }

  /** A press on a button of a message sent in inline mode: no chat, no message to edit. */
  public static ObjectNode inlineMessageCallback(long userId, String data) {
    ObjectNode update = NODES.objectNode();
    ObjectNode query = update.putObject("callback_query");
    query.put("id", "cb" + QUERY_IDS.incrementAndGet());
    query.set("from", user(userId, "en"));
    query.put("inline_message_id", "im" + userId);
    query.put("chat_instance", "ci" + userId);
    query.put("data", data);
    return update;
  }

  /** An inline query: {@code @bot text} typed by {@code userId}. */
  public static ObjectNode inline(long userId, String languageCode, String text) {
    ObjectNode update = NODES.objectNode();
    ObjectNode query = update.putObject("inline_query");
    query.put("id", "iq" + QUERY_IDS.incrementAndGet());
    query.set("from", user(userId, languageCode));
    query.put("query", text);
    query.put("offset", "");
    return update;
  }

  public static ObjectNode photo(long chatId, long userId) {
    ObjectNode update = NODES.objectNode();
    ObjectNode message = message(chatId, "private", userId, "en");
    message.putArray("photo").addObject().put("file_id", "ph1").put("file_unique_id", "u1")
        .put("width", 90).put("height", 90).put("file_size", 1234);
    message.put("caption", "what about this pledge?");
    update.set("message", message);
    return update;
  }

  public static ObjectNode sticker(long chatId, long userId) {
    ObjectNode update = NODES.objectNode();
    ObjectNode message = message(chatId, "private", userId, "en");
    message.putObject("sticker").put("file_id", "st1").put("file_unique_id", "u2").put("type", "regular")
        .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
    update.set("message", message);
    return update;
  }

  public static ObjectNode editedMessage(long chatId, long userId, String text) {
    ObjectNode update = NODES.objectNode();
    ObjectNode message = message(chatId, "private", userId, "en");
    message.put("text", text).put("edit_date", now());
    update.set("edited_message", message);
    return update;
  }

  public static ObjectNode channelPost(long chatId, String text) {
    ObjectNode update = NODES.objectNode();
    ObjectNode post = NODES.objectNode();
    post.put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", now());
    post.set("chat", chat(chatId, "channel"));
    post.put("text", text);
    update.set("channel_post", post);
    return update;
  }

  public static ObjectNode myChatMember(long chatId, long userId) {
    ObjectNode update = NODES.objectNode();
    ObjectNode change = update.putObject("my_chat_member");
    change.set("chat", chat(chatId, "private"));
    change.set("from", user(userId, "en"));
    change.put("date", now());
    change.putObject("old_chat_member").put("status", "member").set("user", FakeBotApi.botUser());
    change.putObject("new_chat_member").put("status", "kicked").put("until_date", 0).set("user", FakeBotApi.botUser());
    return update;
  }

  public static ObjectNode poll() {
    ObjectNode update = NODES.objectNode();
    ObjectNode poll = update.putObject("poll");
    poll.put("id", "p1").put("question", "Which theme?").put("total_voter_count", 0).put("is_closed", false)
        .put("is_anonymous", true).put("type", "regular").put("allows_multiple_answers", false);
    poll.putArray("options").addObject().put("text", "Open data").put("voter_count", 0);
    return update;
  }

  /** An update of a kind newer than the library: a field it does not know. */
  public static ObjectNode fromTheFuture() {
    ObjectNode update = NODES.objectNode();
    update.putObject("guest_message").put("message_id", 1).put("text", "hello from a newer Bot API");
    return update;
  }

  /** An update the library's model cannot hold: a message that is not an object. */
  public static ObjectNode malformed() {
    return NODES.objectNode().put("message", 42);
  }

  public static ObjectNode user(long userId, String languageCode) {
    ObjectNode user = NODES.objectNode().put("id", userId).put("is_bot", false).put("first_name", "User" + userId);
    if (languageCode != null) {
      user.put("language_code", languageCode);
    }
    return user;
  }

  private static ObjectNode message(long chatId, String chatType, long userId, String languageCode) {
    ObjectNode message = NODES.objectNode();
    message.put("message_id", MESSAGE_IDS.incrementAndGet()).put("date", now());
    message.set("chat", chat(chatId, chatType));
    message.set("from", user(userId, languageCode));
    return message;
  }

  private static ObjectNode chat(long chatId, String type) {
    ObjectNode chat = NODES.objectNode().put("id", chatId).put("type", type);
    if (!type.equals("private")) {
      chat.put("title", "Reformers");
    }
    return chat;
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }
}
