package org.pledgebot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.chat.AnswerFailure;
import org.pledgebot.chat.ChatEngine;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.chat.Input;
import org.pledgebot.chat.Reply;
import org.pledgebot.message.Button;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Html;
import org.pledgebot.message.Keyboard;

/**
 * The chat on standard input and output: one line a message, answers as plain text, the
 * buttons of the latest message shown as numbered choices that can be typed (a number no button
 * shows is answered with the numbers that are on screen, not searched as a question). Ends at end
 * of input. One local user in one private chat, who also gets their alerts here, between answers.
 */
public final class ConsoleChat implements AlertSender {

  /** The chat id the console speaks as; stored state (language, subscriptions) hangs on it. */
  public static final long CHAT_ID = 1;

  private final ChatHandler handler;
  private final BufferedReader in;
  private final PrintWriter out;
  private final Mode mode;
  private final String languageCode;
  private final List<Choice> choices = new ArrayList<>();
  private int nextMessageId = 1;
  private int nextCallbackId = 1;

  /**
   * @param handler the conversation
   * @param in where the user's lines come from
   * @param out where answers go
   * @param mode how input shows in the output
   * @param languageCode the user's language, as Telegram's {@code language_code}, or null
   */
  public ConsoleChat(ChatHandler handler, BufferedReader in, PrintWriter out, Mode mode, String languageCode) {
    this.handler = handler;
    this.in = in;
    this.out = out;
    this.mode = mode;
    this.languageCode = languageCode;
  }

  /** Talks until end of input. */
  public void run() throws IOException {
    String line;
    while (true) {
      if (mode == Mode.INTERACTIVE) {
        out.print("> ");
        out.flush();
      }
      line = in.readLine();
      if (line == null) {
        break;
      }
      if (mode == Mode.TRANSCRIPT) {
        out.println("> " + line);
      }
      if (!line.isBlank()) {
        perform(answer(input(line.strip())));
      }
    }
    out.flush();
  }

  /** The handler's replies; if it throws after all, the apology every transport gives, not a stack trace. */
  private List<Reply> answer(Input input) {
    try {
      return handler.handle(input);
    } catch (RuntimeException e) {
      return AnswerFailure.report(input, e);
    }
  }

  /**
   * A typed number (up to three digits) presses a button of the latest message; a number no
   * button of it shows is a press the bot answers with the numbers on screen and how paging
   * works, rather than a question to search. Anything else is a message.
   */
  private synchronized Input input(String line) {
    if (line.length() <= 3 && line.chars().allMatch(Character::isDigit)) {
      int number = Integer.parseInt(line);
      Choice choice = number >= 1 && number <= choices.size() ? choices.get(number - 1)
          : new Choice(0, ChatEngine.numberNotShown(number, choices.size()));
      String id = Integer.toString(nextCallbackId++);
      return new Input.Callback(CHAT_ID, ChatType.PRIVATE, CHAT_ID, languageCode, id, choice.messageId(), choice.data());
    }
    return new Input.Text(CHAT_ID, ChatType.PRIVATE, CHAT_ID, languageCode, line);
  }

  /** Shows an alert to the console user; every other chat id is a mistake of the caller. */
  @Override
  public synchronized Delivery send(long chatId, ChatType chatType, String html, Keyboard keyboard) {
    if (chatId != CHAT_ID) {
      return new Failed("the console has only chat " + CHAT_ID + ", not " + chatId);
    }
    show(nextMessageId++, html, keyboard);
    out.flush();
    return new Sent();
  }

  private synchronized void perform(List<Reply> replies) {
    for (Reply reply : replies) {
      if (reply instanceof Reply.Send send) {
        show(nextMessageId++, send.html(), send.keyboard());
      } else if (reply instanceof Reply.Edit edit) {
        show(edit.messageId(), edit.html(), edit.keyboard());
      } else if (reply instanceof Reply.AnswerCallback answer && answer.notice() != null) {
        out.println("(" + answer.notice() + ")");
        out.println();
      }
    }
    out.flush();
  }

  /** Shows a message; its buttons, and only they, can now be typed: older buttons are gone from view. */
  private void show(int messageId, String html, Keyboard keyboard) {
    out.println(Html.toPlainText(html));
    choices.clear();
    if (!keyboard.isEmpty()) {
      for (List<Button> row : keyboard.rows()) {
        StringBuilder line = new StringBuilder();
        for (Button button : row) {
          choices.add(new Choice(messageId, button.data()));
          line.append(line.length() == 0 ? "" : "  ").append('[').append(choices.size()).append("] ").append(button.label());
        }
        out.println(line);
      }
    }
    out.println();
  }

  private record Choice(int messageId, String data) {}

  /** How the user's side of the conversation shows. */
  public enum Mode {
    /** A person at a terminal: a prompt before each line. */
    INTERACTIVE,
    /** Piped input: answers only. */
    PIPED,
    /** Each input line echoed as {@code > line}, for golden transcripts. */
    TRANSCRIPT
  }
}
