package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.testing.Shipped;

class ShorthandTest {

  private static final Analysis ANALYSIS = new Analysis();
  private static Shorthand shorthand;
  private static PledgeSearch shipped;

  @BeforeAll
  static void setUp() {
    Commonness everyday = Commonness.load();
    shorthand = new Shorthand(new ThemeDetector(ANALYSIS, Shipped.thesaurus(), everyday), everyday);
    shipped = Shipped.index();
  }

  @AfterAll
  static void tearDown() throws IOException {
    shipped.close();
  }

  private static String read(String text, Lang lang) {
    return shorthand.read(text, ANALYSIS.surfaceTokens(text), lang);
  }

  @Test
  void abbreviationsAreWrittenOutInTheQuestionsLanguageOnly() {
    assertEquals("el gobierno que publica por favor", read("el gob q publica xfa", Lang.ES));
    assertEquals("la mairie pour l'information", read("la mairie pr l'info", Lang.FR));
    assertEquals("the department of health, please", read("the dept of health, pls", Lang.EN));
    assertEquals("el gob", read("el gob", Lang.EN), "Spanish shorthand is not read in an English question");
  }

  @Test
  void aPhraseOfTheThesaurusRunTogetherIsSplitInAnyLanguageAlsoWithAnAbbreviatedWord() {
    assertEquals("#open parliament en mi pais", read("#openparliament en mi pais", Lang.ES));
    assertEquals("les donnees ouvertes", read("les donneesouvertes", Lang.FR));
    assertEquals("#open government data", read("#opengovdata", Lang.EN));
    assertEquals("#acces a l information", read("#accesalinformation", Lang.FR));
  }

  @Test
  void aPhraseRunTogetherThatIsAWordOfItsOwnStaysThatWord() {
    assertEquals("experts en cocreation", read("experts en cocreation", Lang.FR));
  }

  @Test
  void aTextWithoutShorthandIsHandedBackAsItIs() {
    String text = "who publishes open budget data?";
    assertSame(text, read(text, Lang.EN));
  }

  /** The themes of the answer's first pledge, none for a silent answer. */
  private static List<String> themes(String question) {
    List<Hit> hits = shipped.search(SearchRequest.of(question)).hits();
    return hits.isEmpty() ? List.of() : hits.get(0).pledge().themes();
  }

  @Test
  void shorthandQuestionsAreReadAsTheirWordsAndEverydayShorthandStaysSilent() {
    assertTrue(themes("cmt le gvt peut publier ses depenses ?? stp").contains("budget-transparency"));
    assertTrue(themes("#datosabiertos q pais sabe??").contains("open-data"));
    assertTrue(themes("need help w/ a freedom of info request to a dept pls").contains("access-to-information"));
    for (String q : List.of("gimme ur info for the trip pls", "el plan pa la peli del finde xfa",
        "t'as les infos pr le resto stp")) {
      assertFalse(shipped.search(SearchRequest.of(q)).hits().size() > 0, q);
    }
  }

  @Test
  void aTermOfTheThesaurusSaidLetterByLetterIsReadAsTheTermInCapitals() {
    assertEquals("who joined the EITI last year", read("who joined the e i t i last year", Lang.EN));
    String everyday = "the a b c of cooking";
    assertSame(everyday, read(everyday, Lang.EN), "letters that spell no term stay letters");
    List<Hit> hits = shipped.search(SearchRequest.of("who joined the e i t i last year")).hits();
    assertTrue(!hits.isEmpty() && hits.get(0).pledge().themes().contains("natural-resources"), hits.toString());
  }

  @Test
  void aSingleLetterBesideAnotherIsALetterNotShorthand() {
    assertEquals("can you help", read("can u help", Lang.EN));
    String letters = "what did the u k offer";
    assertSame(letters, read(letters, Lang.EN), "two letters said one by one stay letters");
  }

  @Test
  void aHesitationIsNoWordOfTheQuestionInItsOwnLanguage() {
    assertEquals("la  norvège  elle a promis quoi", read("la euh norvège euh elle a promis quoi", Lang.FR));
    assertEquals("um what did norway promise", read("um what did norway promise", Lang.FR), "English hesitations in French");
    // French hesitations are everyday French words: counted, they outnumber a one-word name's support
    for (String[] asked : new String[][] {{"bonsoir euh la suède euh elle offre quoi", "SE"},
        {"salut euh le chili euh il propose quoi", "CL"}}) {
      List<Hit> hits = shipped.search(SearchRequest.of(asked[0])).hits();
      assertEquals(List.of(asked[1]), hits.stream().map(h -> h.pledge().id()).toList(), asked[0]);
    }
  }
}
