package org.pledgebot.telegram;

import java.time.Duration;
import java.util.List;
import org.pledgebot.chat.Reply;
import org.pledgebot.message.Button;
import org.pledgebot.message.Keyboard;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns replies into Bot API methods: HTML parse mode, no link previews (answers quote links to
 * pledges, and a preview card per answer would bury the text), inline keyboards.
 */
final class ReplyMapper {

  /** Telegram's limits. */
  static final int MAX_INLINE_RESULTS = 10;
  static final int MAX_CALLBACK_NOTICE = 200;

  /** Short, so that a corrected corpus shows up soon; personal, since answers follow the user's language. */
  static final Duration INLINE_CACHE = Duration.ofSeconds(30);

  private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

  private ReplyMapper() {}

  static SendMessage send(long chatId, String html, Keyboard keyboard, Integer threadId) {
    return SendMessage.builder()
        .chatId(chatId)
        .messageThreadId(threadId)
        .text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(NO_PREVIEW)
        .replyMarkup(markup(keyboard))
        .build();
  }

  static EditMessageText edit(Reply.Edit edit) {
    return EditMessageText.builder()
        .chatId(edit.chatId())
        .messageId(edit.messageId())
        .text(edit.html())
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(NO_PREVIEW)
        .replyMarkup(markup(edit.keyboard()))
        .build();
  }

  static AnswerCallbackQuery answer(Reply.AnswerCallback answer) {
    String notice = answer.notice();
    if (notice != null && notice.length() > MAX_CALLBACK_NOTICE) {
      notice = notice.substring(0, MAX_CALLBACK_NOTICE - 1) + "…";
    }
    return AnswerCallbackQuery.builder().callbackQueryId(answer.callbackId()).text(notice).build();
  }

  static AnswerInlineQuery inline(Reply.AnswerInline answer) {
    List<InlineQueryResult> results = answer.articles().stream()
        .limit(MAX_INLINE_RESULTS)
        .map(ReplyMapper::article)
        .toList();
    return AnswerInlineQuery.builder()
        .inlineQueryId(answer.queryId())
        .results(results)
        .cacheTime((int) INLINE_CACHE.toSeconds())
        .isPersonal(true)
        .build();
  }

  private static InlineQueryResult article(Reply.Article article) {
    return InlineQueryResultArticle.builder()
        .id(article.id())
        .title(article.title())
        .description(article.description())
        .url(article.url())
        .inputMessageContent(InputTextMessageContent.builder()
            .messageText(article.html())
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(NO_PREVIEW)
            .build())
        .build();
  }

  /** The keyboard, or null for none (which also removes the buttons of an edited message). */
  static InlineKeyboardMarkup markup(Keyboard keyboard) {
    if (keyboard == null || keyboard.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> rows = keyboard.rows().stream()
        .map(row -> new InlineKeyboardRow(row.stream().map(ReplyMapper::button).toList()))
        .toList();
    return new InlineKeyboardMarkup(rows);
  }

  private static InlineKeyboardButton button(Button button) {
    return InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build();
  }
}
