package org.pledgebot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.pledgebot.chat.AnswerFailure;
import org.pledgebot.chat.ChatHandler;

class ConsoleFailureTest {

  @Test
  void aHandlerThatThrowsGetsTheApologyAndTheChatGoesOn() throws Exception {
    ChatHandler broken = input -> {
      throw new IllegalStateException("engine exploded");
    };
    StringWriter out = new StringWriter();
    new ConsoleChat(broken, new BufferedReader(new StringReader("bonjour\nencore\n")), new PrintWriter(out),
        ConsoleChat.Mode.PIPED, "fr").run();
    String apology = AnswerFailure.text("fr");
    assertEquals(apology + "\n\n" + apology + "\n\n", out.toString().replace("\r\n", "\n"));
  }
}
