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

  private static List<String> es(String text) {
    return Analysis.terms(ANALYSIS.forLang(Lang.ES), text);
  }

  @Test
  void spanishIsStemmedFoldedAndStopped() {
    assertEquals(es("información pública"), es("informaciones publicas"));
    assertEquals(es("presupuesto abierto"), es("presupuestos abiertos"));
    assertEquals(List.of("informacion"), es("¿quién puede ayudarnos con la información?"), "filler and stopwords go");
    assertEquals(es("Estado"), List.of("estad"), "the State is a word, not a form of estar");
    assertTrue(es("datos e información").size() == 2, "the conjunction e is dropped from texts");
  }

  @Test
  void spanishFunctionWordsAreNotContentInQuestionsButLoneLettersAre() {
    assertTrue(ANALYSIS.isStop("los") && ANALYSIS.isStop("quien") && ANALYSIS.isStop("ayudarnos"));
    assertFalse(ANALYSIS.isStop("e"), "the e of e-gobierno");
    assertFalse(ANALYSIS.isStop("estados"), "Estados Unidos");
    assertFalse(ANALYSIS.isFunctionWord("e"));
  }

  @Test
  void aWordsClassesAreItsSurfacesLookedUpOnce() {
    List<String> surfaces = List.of("quien", "puede", "ayudarnos", "con", "la", "informacion", "of", "the", "e",
        "engagement", "estados", "budget");
    List<Word> words = ANALYSIS.words(surfaces);
    for (Word w : words) {
      assertEquals(ANALYSIS.isStop(w.surface()), ANALYSIS.isStop(w), w.surface());
      assertEquals(ANALYSIS.isFunctionWord(w.surface()), ANALYSIS.isFunctionWord(w), w.surface());
      assertTrue(w.classes != 0, "the word keeps what was looked up of it: " + w.surface());
    }
    // the memo hands the same words to the next question, their classes already known
    Word again = ANALYSIS.words(List.of("con")).get(0);
    assertTrue(again.classes != 0);
    assertTrue(ANALYSIS.isStop(again) && ANALYSIS.isFunctionWord(again));
    // a word made elsewhere (a thesaurus phrase's) is asked by its surface the first time
    Word fresh = Word.of(ANALYSIS, "informacion");
    assertEquals(0, fresh.classes);
    assertFalse(ANALYSIS.isStop(fresh) || ANALYSIS.isFunctionWord(fresh));
  }

  @Test
  void aWordOneLanguageFillsWithAndAnotherMeansIsNoStopword() {
    // the stop list of every language holds it (French question filler), the question's stopwords do not
    assertTrue(StopWords.anyLanguage().contains("engagement"));
    assertFalse(ANALYSIS.isStop("engagement") || ANALYSIS.isStop("engagements"));
  }

  @Test
  void everyLanguageHasItsOwnFieldAndAnalyzer() {
    assertEquals(List.of("text_en", "text_fr", "text_es"), Fields.textFields());
    for (Lang lang : Lang.values()) {
      assertEquals(lang, LanguagePack.of(lang).lang());
      assertFalse(LanguagePack.of(lang).filler().isEmpty(), lang + " has question filler");
      assertFalse(Analysis.terms(ANALYSIS.forLang(lang), "transparency transparence transparencia").isEmpty());
    }
  }

  @Test
  void wordsCarryAStemPerLanguage() {
    Word w = ANALYSIS.words(List.of("presupuestos")).get(0);
    assertEquals("presupuest", w.stem(Lang.ES));
    assertTrue(w.sameAs(Word.of(ANALYSIS, "presupuesto"), ThemeDetector.MIN_LONE_STEM), "Spanish inflections are the same word");
    assertEquals(null, ANALYSIS.words(List.of("abiertos")).get(0).stem(Lang.ES), "filler has no stem");
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
    assertTrue(donnee.sameAs(donnees, ThemeDetector.MIN_LONE_STEM));
    assertTrue(Word.of(ANALYSIS, "laws").sameAs(Word.of(ANALYSIS, "law"), ThemeDetector.MIN_LONE_STEM));
    assertFalse(Word.of(ANALYSIS, "data").sameAs(Word.of(ANALYSIS, "date"), ThemeDetector.MIN_LONE_STEM));
  }

  @Test
  void surfaceTokensArePiecedAsTheWholeTextAnalysedAtOnce() {
    List<String> texts = List.of(
        "Who can help with open data?", "l'accès à l'information du gouvernement", "the U.S.A.'s budget  laws",
        "¿Quién puede ayudarnos con la información pública?", "qu'est-ce que la redevabilité ?",
        "Etats-Unis, Royaume-Uni et Côte d'Ivoire", "e-services 2.0 et l’OCDE", "x" + "a".repeat(300) + " data",
        "cafe\u0301 open", "open \u0301data", "data \u200dopen", "un\u00a0deux\ttrois", "  ", "!!! ???",
        "emoji \ud83d\ude00 \ud83d\udc4d\ud83c\udffd ok", "naïve coöperation l'été");
    for (String text : texts) {
      for (int pass = 0; pass < 2; pass++) {
        assertEquals(Analysis.tokens(ANALYSIS.neutral(), text), ANALYSIS.surfaceTokens(text), "pass " + pass + ": " + text);
      }
    }
  }
}
