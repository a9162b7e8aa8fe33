package org.pledgebot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.pledgebot.chat.ChatHandler;
import org.pledgebot.chat.Input;
import org.pledgebot.chat.Reply;
import org.pledgebot.message.Button;
import org.pledgebot.message.Keyboard;

/**
 * A deterministic stand-in for the conversation engine: echoes text (escaped) with a "More"
 * button, pages on "more:N" presses with an edit and an acknowledgement, answers inline queries
 * with 12 articles (two more than Telegram allows, to check the cap), and throws on "/boom".
 * {@link #before} runs first on every input, for tests that need a slow or failing handler.
 */
public final class EchoHandler implements ChatHandler {

  public final List<Input> seen = new CopyOnWriteArrayList<>();
  public volatile Consumer<Input> before = input -> {};

  @Override
  public List<Reply> handle(Input input) {
    seen.add(input);
    before.accept(input);
    if (input instanceof Input.Text text) {
      if (text.text().startsWith("/boom")) {
        throw new IllegalStateException("engine exploded on " + text.text());
      }
      return List.of(new Reply.Send(text.chatId(), "echo: " + escape(text.text()),
          new Keyboard(List.of(List.of(new Button("More", "more:1"))))));
    }
    if (input instanceof Input.Callback press) {
      if (press.data().equals("boom")) {
        throw new IllegalStateException("engine exploded on a press");
      }
      int page = Integer.parseInt(press.data().substring("more:".length())) + 1;
      return List.of(
          new Reply.Edit(press.chatId(), press.messageId(), "page " + page,
              new Keyboard(List.of(List.of(new Button("More", "more:" + page))))),
          new Reply.AnswerCallback(press.callbackId(), "page " + page));
    }
    Input.Inline inline = (Input.Inline) input;
    if (inline.text().equals("boom")) {
      throw new IllegalStateException("engine exploded inline");
    }
    List<Reply.Article> articles = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      articles.add(new Reply.Article("a" + i, "Result " + i + " for " + inline.text(), "description " + i,
          "<b>result " + i + "</b> " + escape(inline.text()), i == 1 ? "https://www.opengovpartnership.org/" : null));
    }
    return List.of(new Reply.AnswerInline(inline.queryId(), articles));
  }

  /** Telegram HTML escaping, as the engine does it. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
