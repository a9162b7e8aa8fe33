package org.pledgebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgebot.message.ChatType;
import org.pledgebot.message.Keyboard;

class AnswerFailureTest {

  static final IllegalStateException BOOM = new IllegalStateException("boom");

  @Test
  void aMessageGetsTheApologyInTheClientsLanguageEnglishByDefault() {
    assertEquals(List.of(new Reply.Send(42,
        "Désolé, un problème est survenu de mon côté. Réessayez dans un instant.", Keyboard.NONE)),
        AnswerFailure.report(new Input.Text(42, ChatType.PRIVATE, 7, "fr-CA", "salut"), BOOM));
    assertEquals(List.of(new Reply.Send(42, "Sorry, something went wrong on my side. Please try again in a moment.",
        Keyboard.NONE)), AnswerFailure.report(new Input.Text(42, ChatType.PRIVATE, 7, "de", "hallo"), BOOM));
  }

  @Test
  void aPressGetsItAsANoticeAndAnInlineQueryAnEmptyAnswer() {
    assertEquals(List.of(new Reply.AnswerCallback("c1", AnswerFailure.text(null))),
        AnswerFailure.report(new Input.Callback(42, ChatType.GROUP, 7, null, "c1", 3, "q:x:5"), BOOM));
    assertEquals(List.of(new Reply.AnswerInline("q1", List.of())),
        AnswerFailure.report(new Input.Inline(7, "en", "q1", "open data"), BOOM));
  }

  @Test
  void theShortApologyFitsAButton() {
    for (String code : new String[] {"en", "fr", null}) {
      assertTrue(AnswerFailure.shortText(code).length() <= 64, AnswerFailure.shortText(code));
    }
    assertEquals("Désolé, réessayez.", AnswerFailure.shortText("fr"));
  }

  @Test
  void theLogLineNamesTheChatAndUserAndClipsTheText() {
    String long_ = "who can help with " + "very ".repeat(40) + "secret details";
    String line = AnswerFailure.describe(new Input.Text(42, ChatType.PRIVATE, 7, "en", long_));
    assertTrue(line.startsWith("a message in chat 42 (user 7: \"who can help with very"), line);
    assertFalse(line.contains("secret"), line);
    assertTrue(line.length() < 80, line);
    assertEquals("an inline query in inline mode of user 7 (\"open data\")",
        AnswerFailure.describe(new Input.Inline(7, "en", "q1", "open data")));
    assertEquals("a button press in chat -5 (user 7: \"t:open-data\")",
        AnswerFailure.describe(new Input.Callback(-5, ChatType.GROUP, 7, "en", "c1", 3, "t:open-data")));
  }
}
