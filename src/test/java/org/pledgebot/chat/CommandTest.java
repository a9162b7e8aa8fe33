package org.pledgebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class CommandTest {

  @Test
  void everyMenuNameIsValidForTelegramAndMeansItsCommand() {
    for (Lang lang : Lang.values()) {
      for (Command command : Command.values()) {
        String name = command.menuName(lang);
        assertTrue(name.matches("[a-z0-9_]{1,32}"), name);
        assertEquals(command, Command.named(name).orElseThrow().command(), name);
      }
    }
  }

  @Test
  void aNameInALanguageOtherThanEnglishSaysWhichLanguage() {
    assertEquals(new Command.Named(Command.THEMES, Optional.of(Lang.ES)), Command.named("temas").orElseThrow());
    assertEquals(new Command.Named(Command.COUNTRY, Optional.of(Lang.ES)), Command.named("país").orElseThrow());
    assertEquals(new Command.Named(Command.UNSUBSCRIBE, Optional.of(Lang.ES)), Command.named("cancelar").orElseThrow());
    assertEquals(new Command.Named(Command.ABOUT, Optional.of(Lang.FR)), Command.named("apropos").orElseThrow());
    assertEquals(new Command.Named(Command.HELP, Optional.empty()), Command.named("help").orElseThrow());
    assertEquals(Optional.empty(), Command.named("frobnicate"));
  }

  @Test
  void everyCommandHasALocalNameInEveryLanguageButEnglishExceptStart() {
    for (Lang lang : Lang.values()) {
      for (Command command : Command.values()) {
        boolean expected = lang != Lang.EN && command != Command.START;
        assertEquals(expected, !command.localNames(lang).isEmpty(), command + " in " + lang);
      }
    }
  }
}
