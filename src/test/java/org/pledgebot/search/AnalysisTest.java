package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class AnalysisTest {

  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private static List<String> fr(String text) {
    return Analysis.terms(ANALYSIS.forLang(Lang.FR), text);
  }

  private static List<String> en(String text) {
    return Analysis.terms(ANALYSIS.forLang(Lang.EN), text);
  }

  @Test
  void frenchElisionRemovesArticles() {
    assertEquals(fr("information"), fr("l'information"));
    assertEquals(fr("accès"), fr("d'accès"));
    assertEquals(fr("il"), fr("qu'il"));
    assertEquals(fr("information"), fr("l’information"), "typographic apostrophe");
  }

  @Test
  void accentsAreFoldedEverywhere() {
    assertEquals(fr("données ouvertes"), fr("donnees ouvertes"));
    assertEquals(en("Norvège"), en("Norvege"));
    assertEquals(List.of("norvege"), ANALYSIS.surface("Norvège"));
    assertEquals(ANALYSIS.surface("Etats Unis"), ANALYSIS.surface("États-Unis"));
  }

  /** Snippets find words by offset in the folded text, so folding must keep every offset. */
  @Test
  void foldingForSnippetsKeepsTheLength() {
    String text = "Œuvre, Élysée: ÇA ß Ÿ ñ — 𝔸 données";
    String folded = Folding.foldSameLength(text);
    assertEquals(text.length(), folded.length());
    assertEquals("ouvre, elysee: ca s y n - 𝔸 donnees", folded);
  }

  @Test
  void frenchLightStemmingConflatesInflections() {
    assertEquals(fr("donnée"), fr("données"));
    assertEquals(fr("information"), fr("informations"));
    assertEquals(fr("plan d'action national"), fr("plans d'action nationaux"));
    assertEquals(fr("publique"), fr("publiques"));
  }

  @Test
  void englishStemmingConflatesInflections() {
    assertEquals(en("law"), en("laws"));
    assertEquals(en("information"), en("informations"));
    assertEquals(en("country's budget"), en("country budgets"));
    assertEquals(en("governments"), en("government"));
  }

  @Test
  void stopwordsAndQuestionFillerAreDropped() {
    assertEquals(en("access information law"), en("Who can help with access-to-information laws?"));
    assertEquals(fr("données ouvertes"), fr("Qui peut nous aider sur les données ouvertes ?"));
    assertEquals(List.of(), en("which countries pledge support"));
    assertEquals(List.of(), fr("quels pays peuvent nous soutenir"));
    assertTrue(ANALYSIS.isStop("help") && ANALYSIS.isStop("aider") && ANALYSIS.isStop("pays"));
    assertFalse(ANALYSIS.isStop("corruption"));
  }

  @Test
  void dotsInAcronymsAreDropped() {
    assertEquals(List.of("usa"), ANALYSIS.surface("U.S.A."));
    assertEquals(List.of("uk"), ANALYSIS.surface("U.K."));
  }

  @Test
  void stemOfAStopwordIsNull() {
    assertNull(ANALYSIS.stem(Lang.EN, "the"));
    assertNull(ANALYSIS.stem(Lang.FR, "les"));
    assertEquals(ANALYSIS.stem(Lang.EN, "corrupt"), ANALYSIS.stem(Lang.EN, "corruption"));
  }

  @Test
  void queryWordsMatchAcrossInflectionInEitherLanguage() {
    Word donnee = Word.of(ANALYSIS, "donnee");
    Word donnees = Word.of(ANALYSIS, "donnees");
    assertTrue(donnee.sameAs(donnees));
    assertTrue(Word.of(ANALYSIS, "laws").sameAs(Word.of(ANALYSIS, "law")));
    assertFalse(Word.of(ANALYSIS, "data").sameAs(Word.of(ANALYSIS, "date")));
  }
}
