package org.pledgebot.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgebot.base.Text;
import org.pledgebot.chat.Input;
import org.pledgebot.message.ChatType;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns Telegram updates into chat inputs. Private chats are answered in full; in groups only
 * commands (for this bot), mentions of the bot and replies to the bot's messages are, with the
 * mention removed from the text. Everything else (edits, media, channel posts, member changes,
 * polls, other bots) is ignored, never an error.
 */
final class UpdateMapper {

  private final BotIdentity bot;
  private final Pattern mention;

  UpdateMapper(BotIdentity bot) {
    this.bot = bot;
    this.mention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(bot.username()) + "(?!\\w)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Routing route(Update update) {
    if (update.hasMessage()) {
      return message(update.getMessage());
    }
    if (update.hasCallbackQuery()) {
      return callback(update.getCallbackQuery());
    }
    if (update.hasInlineQuery()) {
      return inline(update.getInlineQuery());
    }
    return new Routing.Ignore(kindOf(update));
  }

  private Routing message(Message m) {
    Chat chat = m.getChat();
    ChatType type = chat == null ? null : chatType(chat.getType());
    if (type == null || type == ChatType.CHANNEL) {
      return new Routing.Ignore("message in a " + (chat == null ? "missing" : chat.getType()) + " chat");
    }
    if (m.getText() == null) {
      return new Routing.Ignore("message without text in chat " + chat.getId());
    }
    User from = m.getFrom();
    if (from != null && Boolean.TRUE.equals(from.getIsBot())) {
      return new Routing.Ignore("message from a bot in chat " + chat.getId());
    }
    if (m.getViaBot() != null && m.getViaBot().getId() != null && m.getViaBot().getId() == bot.id()) {
      return new Routing.Ignore("one of our own inline results, posted in chat " + chat.getId());
    }
    Optional<String> text = type.isGroup() ? addressedInGroup(m) : Optional.of(ownCommand(m.getText().strip()));
    if (text.isEmpty()) {
      return new Routing.Ignore("group chatter in chat " + chat.getId());
    }
    long userId = from != null ? from.getId()
        : m.getSenderChat() != null ? m.getSenderChat().getId() : chat.getId();
    String language = from == null ? null : from.getLanguageCode();
    Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
    return new Routing.Handle(chat.getId(),
        new Input.Text(chat.getId(), type, userId, language, text.get()), thread);
  }

  /** The text to answer in a group, without the bot's mention, or empty when it is not for the bot. */
  private Optional<String> addressedInGroup(Message m) {
    String text = m.getText().strip();
    if (text.startsWith("/")) {
      int end = Text.indexOfWhitespace(text);
      int at = text.indexOf('@');
      if (at >= 0 && at < end && !text.substring(at + 1, end).equalsIgnoreCase(bot.username())) {
        return Optional.empty(); // a command for another bot
      }
      return Optional.of(ownCommand(text));
    }
    Matcher matcher = mention.matcher(text);
    if (matcher.find()) {
      return Optional.of(matcher.replaceAll(" ").replaceAll("\\s{2,}", " ").strip());
    }
    Message replied = m.getReplyToMessage();
    if (replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
        && replied.getFrom().getId() == bot.id()) {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  /** {@code /cmd@thisbot args} as {@code /cmd args}; any other text unchanged. */
  private String ownCommand(String text) {
    if (!text.startsWith("/")) {
      return text;
    }
    int end = Text.indexOfWhitespace(text);
    int at = text.indexOf('@');
    if (at >= 0 && at < end && text.substring(at + 1, end).equalsIgnoreCase(bot.username())) {
      return text.substring(0, at) + text.substring(end);
    }
    return text;
  }

  private Routing callback(CallbackQuery query) {
    User from = query.getFrom();
    if (from == null || query.getId() == null) {
      return new Routing.Ignore("callback query without sender or id");
    }
    MaybeInaccessibleMessage carrier = query.getMessage();
    ChatType type = carrier == null || carrier.getChat() == null ? null : chatType(carrier.getChat().getType());
    if (query.getData() == null || carrier == null || carrier.getMessageId() == null || type == null) {
      // a press on an inline-mode message or a game button: nothing to edit, but stop the spinner
      return new Routing.Acknowledge(from.getId(), query.getId());
    }
    Integer thread = carrier instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    long chatId = carrier.getChatId();
    return new Routing.Handle(chatId, new Input.Callback(chatId, type, from.getId(), from.getLanguageCode(),
        query.getId(), carrier.getMessageId(), query.getData()), thread);
  }

  private static Routing inline(InlineQuery query) {
    User from = query.getFrom();
    if (from == null || query.getId() == null) {
      return new Routing.Ignore("inline query without sender or id");
    }
    String text = query.getQuery() == null ? "" : query.getQuery().strip();
    return new Routing.Handle(from.getId(),
        new Input.Inline(from.getId(), from.getLanguageCode(), query.getId(), text), null);
  }

  static ChatType chatType(String telegramType) {
    if (telegramType == null) {
      return null;
    }
    return switch (telegramType) {
      case "private" -> ChatType.PRIVATE;
      case "group" -> ChatType.GROUP;
      case "supergroup" -> ChatType.SUPERGROUP;
      case "channel" -> ChatType.CHANNEL;
      default -> null;
    };
  }

  private static String kindOf(Update u) {
    if (u.hasEditedMessage()) {
      return "edited message";
    }
    if (u.hasChannelPost() || u.hasEditedChannelPost()) {
      return "channel post";
    }
    if (u.hasMyChatMember() || u.hasChatMember()) {
      return "chat member change";
    }
    if (u.hasPoll() || u.hasPollAnswer()) {
      return "poll";
    }
    if (u.hasChosenInlineQuery()) {
      return "chosen inline result";
    }
    return "update of a kind the bot does not handle";
  }
}
