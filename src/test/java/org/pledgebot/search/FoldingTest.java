package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FoldingTest {

  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  @Test
  void ligaturesAndSharpSBecomeTheirLetters() {
    assertEquals("oeuvre", Folding.fold("Œuvre"));
    assertEquals("oeuvre", Folding.fold("œuvre"));
    assertEquals("ae", Folding.fold("Æ"));
    assertEquals("aesop", Folding.fold("æsop"));
    assertEquals("strasse", Folding.fold("Straße"));
    assertEquals("ss", Folding.fold("ß"));
  }

  @Test
  void dottedCapitalIIsAPlainI() {
    assertEquals("i", Folding.fold("İ"));
    assertEquals("istanbul", Folding.fold("İstanbul"));
  }

  @Test
  void combiningAccentsFoldLikePrecomposedOnes() {
    String decomposed = "Donne\u0301es ouvertes, E\u0301tats-Unis, Norve\u0300ge";
    assertEquals("donnees ouvertes, etats-unis, norvege", Folding.fold(decomposed));
    assertEquals(Folding.fold("Données ouvertes, États-Unis, Norvège"), Folding.fold(decomposed));
    assertEquals("i", Folding.fold("I\u0307"));
  }

  @Test
  void foldKeepsPunctuationAndSpacing() {
    assertEquals("l'acces a  l'information !", Folding.fold("L'accès à  l'information !"));
  }

  @Test
  void wordsTurnPunctuationIntoSingleSpaces() {
    assertEquals("donnees ouvertes", Folding.words("  Données  ouvertes ! "));
    assertEquals("l acces a l information", Folding.words("l’accès — à «l'information»"));
    assertEquals("oeuvre aesop strasse 2014", Folding.words("Œuvre, Æsop; Straße (2014)."));
    assertEquals("etats unis", Folding.words("E\u0301tats-Unis"));
    assertEquals("", Folding.words(" ?! "));
    assertEquals("", Folding.words(""));
  }

  @Test
  void foldingIsWhatTheAnalyzersDoToAWord() {
    for (String word : List.of("Œuvre", "Æsop", "Straße", "İstanbul", "Norvège", "ÉLYSÉE", "Ñandú")) {
      assertEquals(List.of(Folding.fold(word)), ANALYSIS.surface(word), word);
    }
  }
}
