package org.pledgebot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgebot.alerts.AlertSender;
import org.pledgebot.chat.Input;
import org.pledgebot.chat.Reply;
import org.pledgebot.message.Button;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;

/** The console as its user's alert channel: alerts print as plain text and their buttons can be typed. */
class ConsoleAlertTest {

  @Test
  void alertsPrintAsPlainTextWithTypableButtons() throws Exception {
    List<Input> inputs = new ArrayList<>();
    StringWriter out = new StringWriter();
    ConsoleChat chat = new ConsoleChat(input -> {
      inputs.add(input);
      return List.of();
    }, new BufferedReader(new StringReader("1\n")), new PrintWriter(out), ConsoleChat.Mode.PIPED, "en");

    AlertSender.Delivery delivery = chat.send(ConsoleChat.CHAT_ID, ChatType.PRIVATE,
        "🔔 <b>New pledge: Japan</b> &amp; <a href=\"https://example.org\">Read more</a>",
        Keyboard.column(List.of(new Button("Unsubscribe", "unsub:7"))));
    assertInstanceOf(AlertSender.Sent.class, delivery);
    chat.run();

    assertEquals("🔔 New pledge: Japan & Read more (https://example.org)\n[1] Unsubscribe\n\n", out.toString());
    Input.Callback press = assertInstanceOf(Input.Callback.class, inputs.get(0));
    assertEquals("unsub:7", press.data());
  }

  @Test
  void otherChatsAreRefused() {
    ConsoleChat chat = new ConsoleChat(input -> List.<Reply>of(), new BufferedReader(new StringReader("")),
        new PrintWriter(new StringWriter()), ConsoleChat.Mode.PIPED, null);
    AlertSender.Delivery delivery = chat.send(99, ChatType.PRIVATE, "hello", Keyboard.NONE);
    assertTrue(delivery instanceof AlertSender.Failed failed && failed.reason().contains("99"), delivery.toString());
  }
}
