package org.pledgebot.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void theFirstWordEndsAtAnyWhitespaceOrTheEnd() {
    assertEquals(5, Text.indexOfWhitespace("/help me"));
    assertEquals(8, Text.indexOfWhitespace("/pays@pb\nNorvège"));
    assertEquals(3, Text.indexOfWhitespace("/qu\tx"));
    assertEquals(6, Text.indexOfWhitespace("/start"));
    assertEquals(0, Text.indexOfWhitespace(""));
    assertEquals(0, Text.indexOfWhitespace(" lead"));
  }

  @Test
  void anAcronymIsTwoCapitalsOrMoreAndNoSmallLetterOrFewerThanCapitalsWhenMostly() {
    assertTrue(Text.acronym("OECD", false));
    assertTrue(Text.acronym("É.-U.", false), "only letters count");
    assertFalse(Text.acronym("A", false), "one capital");
    assertFalse(Text.acronym("BAsD", false));
    assertTrue(Text.acronym("BAsD", true), "a small letter of an official acronym");
    assertFalse(Text.acronym("MPs", false), "a plural, not typed as an acronym");
    assertFalse(Text.acronym("Norway", true));
    assertFalse(Text.acronym("AbcD", true), "as many small letters as capitals");
    assertTrue(Text.acronym("ask the IDB", 8, 11, false), "a slice of a question");
    assertFalse(Text.acronym("ask the IDB", 0, 3, false));
  }

  @Test
  void piecesAreTheRunsBetweenSpacesWithWhereTheyStart() {
    assertEquals(List.of(new Text.Piece("open", 0), new Text.Piece("data?", 6)), Text.pieces("open  data?"));
    assertEquals(List.of(new Text.Piece("a\tb", 1)), Text.pieces(" a\tb "), "only U+0020 splits");
    assertEquals(List.of(), Text.pieces("   "));
    assertEquals(List.of(), Text.pieces(""));
  }

  @Test
  void theSameTextSplitAgainGetsTheSamePiecesAndAnotherTextItsOwn() {
    String question = new String("who leads on open data?");
    List<Text.Piece> first = Text.pieces(question);
    assertSame(first, Text.pieces(question), "the second split of a search is the first's");
    assertThrows(UnsupportedOperationException.class, () -> first.add(new Text.Piece("x", 0)), "shared, so unmodifiable");
    String other = new String("who leads on open data?");
    List<Text.Piece> again = Text.pieces(other);
    assertNotSame(first, again, "an equal text is split afresh (the memo is by identity)");
    assertEquals(first, again);
    assertSame(again, Text.pieces(other));
    assertEquals(List.of(new Text.Piece("open", 0)), Text.pieces("open"), "another text gets its own pieces");
  }
}
