package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.testing.Shipped;

/**
 * Dictated messages as speech-to-text writes them: acronyms said letter by letter, hesitations
 * written as words. Fresh sentences, on the shipped corpus.
 */
class SpokenTest {

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

  private static List<String> ids(String question) {
    return shipped.search(SearchRequest.of(question)).hits().stream().map(h -> h.pledge().id()).toList();
  }

  @Test
  void anAcronymSaidLetterByLetterNamesItsPledgerInEveryLanguage() {
    assertEquals(List.of("oecd"), ids("so what kind of help is the o e c d giving to members"));
    assertEquals(List.of("undp"), ids("et le p n u d alors il travaille avec qui"));
    List<String> both = ids("y el b i d y la o c d e con quién trabajan");
    assertTrue(both.contains("idb") && both.contains("oecd"), both.toString());
  }

  @Test
  void theLettersOfAShorterAcronymInsideALongerOneNameNothing() {
    assertEquals(List.of("idb"), ids("what is the i a d b doing with other banks in the region"));
  }

  @Test
  void twoLettersSaidOneByOneAreNoAcronym() {
    assertEquals(List.of(), NameKey.spelt("bm"));
    assertEquals(List.of("i", "d", "b"), NameKey.spelt("idb"));
    assertEquals(List.of(), ids("my b m w makes a weird noise when it starts"));
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
  void aHesitationIsNoWordOfTheQuestionInItsOwnLanguage() {
    assertEquals("la  norvège  elle a promis quoi", read("la euh norvège euh elle a promis quoi", Lang.FR));
    assertEquals("um what did norway promise", read("um what did norway promise", Lang.FR), "English hesitations in French");
    assertEquals(List.of("SE"), ids("bonsoir euh la suède euh elle offre quoi"));
    assertEquals(List.of("CL"), ids("salut euh le chili euh il propose quoi"));
  }

  @Test
  void aNameTheSpeakerTookBackForTheNextIsNoNameOfTheQuestion() {
    assertEquals(List.of("SE"), ids("what did chile i mean sweden offer to others"));
    assertEquals(List.of("UY"), ids("y chile digo uruguay qué compromisos tiene"));
    assertEquals(List.of("CL", "SE"), ids("what did chile and sweden offer to others"));
  }

  @Test
  void aOneWordNameSaidInTwoHalvesIsTheName() {
    assertEquals(List.of("hivos"), ids("so what does hi vos do with other groups"));
    assertEquals(List.of("SE"), ids("what did swe den offer to others"));
    assertEquals(List.of(), ids("say hi to vos and the kids for me"), "halves that are no name stay words");
  }
}
