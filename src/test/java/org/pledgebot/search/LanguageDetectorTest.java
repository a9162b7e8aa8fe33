package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgebot.corpus.Lang;
import org.pledgebot.testing.Shipped;

/**
 * Short questions in every language, with and without accents, and words the languages share;
 * a tie of words goes to the language that spells the question likelier ("de" is French and
 * Spanish; "-illa", "-ota" are Spanish), English keeping a prior as the reference language, and
 * to the first declared when none spells it likelier.
 */
class LanguageDetectorTest {

  private static PledgeSearch search;

  @BeforeAll
  static void open() {
    search = Shipped.index();
  }

  @AfterAll
  static void close() throws IOException {
    search.close();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      who can help with open data?                      | EN
      access to information laws                        | EN
      budget transparency                               | EN
      open data                                         | EN
      participation                                     | EN
      Norway                                            | EN
      qui peut nous aider sur les données ouvertes ?    | FR
      donnees ouvertes                                  | FR
      données ouvertes                                  | FR
      accès à l'information                             | FR
      acces a l'information                             | FR
      participation citoyenne                           | FR
      Norvège                                           | FR
      ¿quién puede ayudarnos con los datos abiertos?    | ES
      quien puede ayudarnos con los datos abiertos      | ES
      datos abiertos                                    | ES
      transparencia                                     | ES
      información                                       | ES
      informacion                                       | ES
      acceso a la información pública                   | ES
      acceso a la informacion publica                   | ES
      participación ciudadana                           | ES
      participacion ciudadana                           | ES
      ¿qué países trabajan en parlamento abierto?       | ES
      que paises trabajan en parlamento abierto         | ES
      Reino Unido                                       | ES
      EE. UU.                                           | ES
      Banco Mundial                                     | ES
      Noruega                                           | ES
      precio de la gasolina                             | ES
      horario de la biblioteca                          | ES
      prix de la baguette                               | FR
      hotel de la plage                                 | FR
      consultation                                      | EN
      engagement ring prices                            | EN
      tortilla de patatas                               | ES
      bocadillo de jamon                                | ES
      pelota de playa                                   | ES
      queues                                            | EN
      refugees experts                                  | EN
      jalons                                            | FR
      fichiers                                          | FR
      usagers                                           | FR
      """)
  void detects(String question, Lang expected) {
    assertEquals(expected, search.languages().detect(question), () -> search.languages().scores(question).toString());
  }

  @Test
  void scoresEveryLanguage() {
    Map<Lang, Integer> scores = search.languages().scores("transparencia");
    assertEquals(Set.of(Lang.values()), scores.keySet());
    assertTrue(scores.get(Lang.ES) > scores.get(Lang.FR) && scores.get(Lang.ES) > scores.get(Lang.EN), scores::toString);
  }

  /**
   * A token's facts (languages, framing, typo languages, phrases and places starting at it) are
   * worked out the first time it is met and read back after: a text read again scores as it did,
   * whether its tokens are words, a slip, a place of several words or a thesaurus phrase.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      la transparensya fiscal de Nueva Zelanda            | ES
      quels registres ouverts en Nouvelle-Zélande svp     | FR
      zqxwv hiring rules of the United Arab Emirates      | EN
      """)
  void tokensReadAgainScoreAsBefore(String text, Lang expected) {
    Map<Lang, Integer> first = search.languages().scores(text);
    assertEquals(first, search.languages().scores(text));
    assertEquals(expected, search.languages().detect(text), first::toString);
  }

  @Test
  void wordsTwoLanguagesShareMoveNeitherAgainstTheOther() {
    Map<Lang, Integer> scores = search.languages().scores("participation");
    assertEquals(scores.get(Lang.EN), scores.get(Lang.FR), scores::toString);
    Map<Lang, Integer> acronym = search.languages().scores("OCDE");
    assertEquals(acronym.get(Lang.FR), acronym.get(Lang.ES), "a French and Spanish acronym: " + acronym);
  }

  @Test
  void aTieGoesToTheLikeliestSpellingNotToTheFirstDeclared() {
    Map<Lang, Integer> scores = search.languages().scores("quesadilla de morcilla");
    assertEquals(scores.get(Lang.FR), scores.get(Lang.ES), "a French and Spanish tie: " + scores);
    assertEquals(Lang.ES, search.languages().detect("quesadilla de morcilla"));
  }

  /**
   * A word among one language's everyday words and not another's is a point for it: "de" is
   * French and Spanish, "pelota" and "playa" only Spanish; "hotel" is everyday in every language
   * and moves none.
   */
  @Test
  void everydayWordsOfOneLanguageArePointsForIt() {
    Map<Lang, Integer> beach = search.languages().scores("pelota de playa");
    assertEquals(beach.get(Lang.FR) + 2, beach.get(Lang.ES), beach::toString);
    Map<Lang, Integer> hotel = search.languages().scores("hotel");
    assertEquals(hotel.get(Lang.EN), hotel.get(Lang.FR), hotel::toString);
    assertEquals(hotel.get(Lang.FR), hotel.get(Lang.ES), hotel::toString);
  }

  /**
   * A word inside a pledger's name is the name's evidence only: "Costa Rica" is written alike in
   * every language, though "costa" and "rica" are everyday Spanish words, and the English function
   * word of an English name says nothing of the French around it; the words around a name decide.
   */
  @Test
  void wordsOfANameAreNotEverydayWords() {
    Map<Lang, Integer> scores = search.languages().scores("Costa Rica");
    assertEquals(scores.get(Lang.EN), scores.get(Lang.ES), scores::toString);
    assertEquals(Lang.FR, search.languages().detect("Costa Rica aide"));
    assertEquals(Lang.EN, search.languages().detect("Costa Rica contacts"));
    assertEquals(Lang.FR, search.languages().detect("experts en Making All Voices Count"));
  }

  /**
   * A people's adjective is a word of the language whose adjectives end so, whatever language's
   * name it is made of; a mistyped name is evidence for the languages of the name it is a typo of,
   * while its words keep their own evidence.
   */
  @Test
  void aQuestionWordWithItsAccentIsSpanish() {
    assertEquals(Lang.ES, search.languages().detect("Uruguay qué"));
    assertEquals(Lang.ES, search.languages().detect("OCDE qué"));
    // folded, "que" is French as well: no accent, no mark
    Map<Lang, Integer> folded = search.languages().scores("Uruguay que");
    assertEquals(folded.get(Lang.FR), folded.get(Lang.ES), folded::toString);
  }

  @Test
  void aLanguagesChatShorthandFramesAQuestionInIt() {
    assertEquals(Lang.ES, search.languages().detect("Costa Rica porfa"));
    assertEquals(Lang.ES, search.languages().detect("info Uruguay xfa"));
    assertEquals(Lang.FR, search.languages().detect("Costa Rica stp"));
    assertEquals(Lang.EN, search.languages().detect("Colombia pls"));
    // a single letter is as often a letter by itself: no frame
    Map<Lang, Integer> letter = search.languages().scores("q");
    assertEquals(letter.get(Lang.EN), letter.get(Lang.ES), letter::toString);
  }

  @Test
  void adjectivesAndMistypedNamesAreEvidenceOfTheirLanguages() {
    assertEquals(Lang.FR, search.languages().detect("finlandais"));
    assertEquals(Lang.ES, search.languages().detect("finlandés"));
    assertEquals(Lang.ES, search.languages().detect("sud africa"));
    assertEquals(Lang.FR, search.languages().detect("transparence internationale"));
  }

  /**
   * A name form speaks for the languages whose own name of the pledger it is: English and French
   * list "Brasil" among Brazil's aliases so that a question naming it so finds it, but only Spanish
   * calls it so; a form several languages call the pledger by ("Mexico" folded, English's and
   * Spanish's) speaks for each of them. A mistyped form speaks as the form it misspells.
   */
  @Test
  void aNameFormSpeaksForTheLanguagesWhoseOwnNameItIs() {
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 1), search.languages().scores("Brasil"));
    assertEquals(Lang.ES, search.languages().detect("Brasil open data"));
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 1), search.languages().scores("Brassil"));
    Map<Lang, Integer> mexico = search.languages().scores("Mexico");
    assertEquals(Map.of(Lang.EN, 1, Lang.FR, 0, Lang.ES, 1), mexico);
  }

  /**
   * A place named in one language's own form speaks for that language, pledger or not: "Allemagne"
   * is French, "Latinoamérica" Spanish, "Latin America" English (its words alone are everyone's); a
   * form several languages write ("Bolivia", English's and Spanish's) speaks for each, and a name
   * every language writes alike ("Nauru") for none against another.
   */
  @Test
  void aPlaceNamedInOneLanguagesFormSpeaksForIt() {
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 1), search.languages().scores("Latinoamerica"));
    assertEquals(Map.of(Lang.EN, 1, Lang.FR, 0, Lang.ES, 1), search.languages().scores("Bolivia"));
    assertEquals(Lang.ES, search.languages().detect("OGP Latinoamérica"));
    assertEquals(Lang.ES, search.languages().detect("Centroamérica OGP"));
    assertEquals(Lang.FR, search.languages().detect("Tunisie open data"));
    assertEquals(Lang.FR, search.languages().detect("Afrique EITI"));
    assertEquals(Lang.EN, search.languages().detect("Latin America OGP"));
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 0), search.languages().scores("Nauru"), "written alike");
  }

  /**
   * The reference language's prior is for words it lends the others; a name mistyped with no
   * known word beside it is judged by its letters alone; a name as written, or a word no list
   * holds, keeps the prior.
   */
  @Test
  void aMistypedNameAloneIsJudgedByItsLettersWithoutPrior() {
    assertEquals(Lang.ES, search.languages().detect("indonecia"), "c for s, Spanish");
    assertEquals(Lang.FR, search.languages().detect("philipines"), "one l, two p of Philippines");
    assertEquals(Lang.EN, search.languages().detect("Colombia"), "English and Spanish write it alike");
    assertEquals(Lang.EN, search.languages().detect("lithium"), "no list holds it, no name");
  }

  /**
   * Nor is a text holding a word the reference language does not write one of words it lent: on
   * a tie of one English word and one Spanish (or French) word, the letters judge without the
   * prior, and the English word is the loan. A tie of words English writes too keeps the prior.
   */
  @Test
  void aTieHoldingAWordEnglishDoesNotWriteIsJudgedWithoutPrior() {
    Map<Lang, Integer> loan = search.languages().scores("feedback ciudadano");
    assertEquals(loan.get(Lang.EN), loan.get(Lang.ES), "a tie of an English and a Spanish word: " + loan);
    assertEquals(Lang.ES, search.languages().detect("feedback ciudadano"));
    assertEquals(Lang.ES, search.languages().detect("ok gracias"));
    assertEquals(Lang.FR, search.languages().detect("big data et administration"));
    assertEquals(Lang.EN, search.languages().detect("open data"), "English, French and Spanish all write both");
  }

  /**
   * In a text holding a word the reference language does not write, the field's terms it lends
   * ("accountability", "FOI") are not read by the letters: they are spelt as English spells, so
   * beside a short Spanish or French word they outweighed it ("que es" tied French and Spanish on
   * their words and frame, and the English term's letters gave it to French). A text of words
   * English writes keeps every word and the prior.
   */
  @Test
  void theLettersDoNotReadTheFieldsLentTermsBesideAWordEnglishDoesNotWrite() {
    Map<Lang, Integer> tied = search.languages().scores("que es accountability");
    assertEquals(tied.get(Lang.FR), tied.get(Lang.ES), "French and Spanish both write 'que' and 'es': " + tied);
    assertEquals(Lang.ES, search.languages().detect("que es accountability"));
    assertEquals(Lang.ES, search.languages().detect("ley FOI Chile"));
    assertEquals(Lang.EN, search.languages().detect("accountability in Peru"));
    assertEquals(Lang.EN, search.languages().detect("FOI law Chile"));
  }

  /**
   * A place named in a form the reference language does not write is no word it lends, even when
   * it is a pledger's name (whose name votes speak for its languages instead of the place's): so
   * the English prior is off and the lent term beside it is not read by the letters.
   */
  @Test
  void aPlaceInAnotherLanguagesFormIsNoWordEnglishLends() {
    assertEquals(Lang.FR, search.languages().detect("Colombie accountability"));
    assertEquals(Lang.EN, search.languages().detect("Colombia accountability"), "English writes 'Colombia' too");
  }

  /**
   * A place every language writes alike is a name, as a pledger's name written alike is: an everyday
   * list that holds it (Spanish holds "paraguay", French "venezuela") holds the name, which is no
   * word of that language, so a question of lent terms naming it keeps English, and its own
   * language's words still decide the others.
   */
  @Test
  void aPlaceEveryLanguageWritesAlikeIsNoWordOfOneLanguage() {
    assertEquals(Lang.EN, search.languages().detect("open data Paraguay"));
    assertEquals(Lang.EN, search.languages().detect("Venezuela open data"));
    Map<Lang, Integer> scores = search.languages().scores("Paraguay");
    assertEquals(scores.get(Lang.EN), scores.get(Lang.ES), "the name moves no language: " + scores);
    assertEquals(Lang.ES, search.languages().detect("datos abiertos en Paraguay"));
    assertEquals(Lang.FR, search.languages().detect("données ouvertes au Venezuela"));
  }

  /**
   * A term quoted in inverted commas or glossed in a parenthesis is a mention of another language's
   * term: the words around it tell the language the question is asked in, when one of them is a
   * word the writer chose and not one of the field's terms English lends ("open data" around a
   * French parenthesis is lent, and the whole text is read).
   */
  @Test
  void aQuotedOrParenthesisedTermIsAMentionNotTheQuestionsLanguage() {
    LanguageDetector languages = search.languages();
    assertEquals(Lang.EN, languages.detect("the word \"presupuesto ciudadano\" in plain terms"));
    assertEquals(Lang.FR, languages.detect("que veut dire « rendición de cuentas » au juste"));
    assertEquals(Lang.ES, languages.detect("qué significa 'données publiques' en mi idioma"));
    assertEquals(Lang.EN, languages.detect("help with the law (ley de acceso a la información)"));
    assertEquals(Lang.FR, languages.detect("open data (données des communes)"),
        "only lent terms around the parenthesis: the whole text is read");
    assertEquals(Lang.ES, languages.detect("\"datos abiertos\""), "nothing around the quote");
  }

  /**
   * A text that one other language alone frames, and whose English words are all the field's terms
   * English lends, is written in that language: the lent terms' points do not outvote its frame.
   */
  @Test
  void lentTermsDoNotOutvoteTheOnlyFrame() {
    LanguageDetector languages = search.languages();
    assertEquals(Lang.ES, languages.detect("el open budget"));
    assertEquals(Lang.EN, languages.detect("the open budget"), "English frames it");
    assertEquals(Lang.EN, languages.detect("open budget"), "nothing frames it");
  }

  /** What the detector reads around the mentions: quotes and parentheses blanked, elisions and contractions kept. */
  @Test
  void theTextAroundMentions() {
    assertEquals("a " + " ".repeat(5) + " b", LanguageDetector.outsideMentions("a \"x y\" b"));
    assertEquals("a " + " ".repeat(8) + " b", LanguageDetector.outsideMentions("a (x, y z) b"));
    assertEquals(" ".repeat(6) + " b", LanguageDetector.outsideMentions("'open' b"));
    assertEquals(null, LanguageDetector.outsideMentions("l'information d'abord, don't l’État"));
    assertEquals(null, LanguageDetector.outsideMentions("the \"open data law"), "a mark with no partner");
    assertEquals(null, LanguageDetector.outsideMentions("1) budget 2) data"));
  }

  /**
   * On a tie of words, the language whose function words or question filler frame the text wins
   * before the letters: a Spanish speaker lends "marketing" and "online" from English, not "de";
   * "crack" beside "gracias" is a loan too. A word that frames one language and is a word of
   * another ("comment", French "how", an English noun) frames neither, and the words of a name
   * frame nothing ("El Salvador" keeps its tie).
   */
  @Test
  void aTieGoesToTheLanguageWhoseFunctionWordsFrameTheText() {
    Map<Lang, Integer> loans = search.languages().scores("curso de marketing online");
    assertEquals(loans.get(Lang.EN), loans.get(Lang.ES), "English loans tie the Spanish words: " + loans);
    assertEquals(Lang.ES, search.languages().detect("curso de marketing online"));
    assertEquals(Lang.ES, search.languages().detect("gracias crack"));
    assertEquals(Lang.EN, search.languages().detect("revenue from offshore drilling"), "'from' frames it in English");
    assertEquals(Lang.EN, search.languages().detect("public comment"), "'comment' is an English word too");
    assertEquals(Lang.EN, search.languages().detect("El Salvador"), "a name frames nothing");
  }

  /**
   * The field's own terms among the question filler ("open", "government") frame nothing: a French
   * or Spanish speaker lends them with the field's other terms ("open government", "e-government")
   * and frames the sentence with "au" or "en". Without that, "government" framed every such text
   * English, and the tie went to English.
   */
  @Test
  void theFieldsTermsAmongTheFillerFrameNothing() {
    Map<Lang, Integer> lent = search.languages().scores("open government au Canada");
    assertEquals(lent.get(Lang.EN), lent.get(Lang.FR), "the lent words tie the French ones: " + lent);
    assertEquals(Lang.FR, search.languages().detect("open government au Canada"));
    assertEquals(Lang.ES, search.languages().detect("e-government local en Panamá"));
    assertEquals(Lang.EN, search.languages().detect("open government in Canada"), "'in' frames it in English");
  }

  /**
   * A language's marks frame the text as its function words do: an elision is an article or a
   * preposition cut short ("d'olive"), a contraction a verb ("what's"), and "¿" opens a Spanish
   * question; a speaker lends none of them. They were points before, not frame, so a tie of words
   * beside them went to the letters.
   */
  @Test
  void aLanguagesMarksFrameTheText() {
    Map<Lang, Integer> tied = search.languages().scores("pizza d'olive");
    assertEquals(tied.get(Lang.EN), tied.get(Lang.FR), "the elision's point ties the English loan: " + tied);
    assertEquals(Lang.FR, search.languages().detect("pizza d'olive"));
    assertEquals(Lang.FR, search.languages().detect("club d'olive"));
    assertEquals(Lang.ES, search.languages().detect("¿Kenya?"));
    assertEquals(Lang.EN, search.languages().detect("Kenya"), "a name alone keeps its tie");
  }

  /**
   * On a tie, a word no list holds speaks for the languages of the thesaurus words it is a typo
   * of, the nearest ones: "transparensia" is one edit from Spanish "transparencia" and two from
   * French "transparence", "transparance" one from "transparence" and two from "transparency". It
   * is no point of the scores, only a tie-breaker, and a word spelt as another language spells
   * ("registry", one edit from nothing English lists and two from Spanish "registros") is that
   * language's word, not a slip; a slip of a word two languages share moves neither.
   */
  @Test
  void aTieGoesToTheLanguageWhoseThesaurusWordsTheUnknownWordsAreTyposOf() {
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 0), search.languages().scores("transparensia"), "not a point");
    assertEquals(Lang.ES, search.languages().detect("transparensia"));
    assertEquals(Lang.ES, search.languages().detect("Honduras transparensia"), "a name all three write alike");
    assertEquals(Lang.FR, search.languages().detect("transparance budget"));
    assertEquals(Lang.EN, search.languages().detect("budjet transparancy"));
    assertEquals(Lang.EN, search.languages().detect("lobbying registry"), "spelt as English spells");
    assertEquals(Lang.EN, search.languages().detect("particpation"), "a slip of a word English and French share");
  }

  /**
   * A question whose words tie languages takes the asker's own language among them before the
   * letters: "colombia IRM" and "el salvador portal" are English and Spanish alike (names both
   * write, an acronym, a word both use). An asker's language the words leave out changes nothing.
   */
  @Test
  void aTieOfWordsGoesToTheAskersLanguageAmongTheTied() {
    for (String tied : new String[] {"colombia IRM", "el salvador portal"}) {
      assertEquals(Lang.EN, search.search(SearchRequest.of(tied)).lang(), tied);
      assertEquals(Lang.ES, search.search(new SearchRequest(tied, Optional.empty(), 10, Optional.of(Lang.ES))).lang(), tied);
    }
    assertEquals(Lang.EN, search.search(new SearchRequest("colombia IRM", Optional.empty(), 10, Optional.of(Lang.FR))).lang(),
        "French scores less: the letters decide among the tied");
    assertEquals(Lang.FR, search.search(new SearchRequest("données ouvertes", Optional.empty(), 10, Optional.of(Lang.ES))).lang(),
        "the words decide");
    assertEquals(Lang.EN, search.search(new SearchRequest("datos abiertos", Optional.of(Lang.EN), 10, Optional.of(Lang.ES))).lang(),
        "an answer language asked for holds");
  }

  /**
   * A run of one language's thesaurus phrases that overlap is one point: English lists "open
   * data", "data portal" and "open data portal", which are the same three words, each a point of
   * its own already; counted thrice they outvoted the Spanish words around them.
   */
  @Test
  void overlappingPhrasesOfOneLanguageAreOnePoint() {
    int openData = search.languages().scores("open data").get(Lang.EN);
    assertEquals(openData + 1, search.languages().scores("open data portal").get(Lang.EN), "one more word, no more phrase");
    assertEquals(Lang.ES, search.languages().detect("necesito un open data portal"));
    assertEquals(Lang.EN, search.languages().detect("open data portal"));
  }

  @Test
  void aTieGoesToTheLanguageDeclaredFirst() {
    assertEquals(Lang.EN, search.languages().detect(""));
    assertEquals(Lang.EN, search.languages().detect("42"));
    assertEquals(Lang.FR, search.languages().detect("OCDE"), "French and Spanish spell it alike: French comes first");
  }

  @Test
  void searchAnswersInTheQuestionsLanguageUnlessAsked() {
    assertEquals(Lang.ES, search.search(SearchRequest.of("¿quién puede ayudarnos con los datos abiertos?")).lang());
    SearchResponse forced = search.search(new SearchRequest("open data", Optional.of(Lang.ES), 3));
    assertEquals(Lang.ES, forced.lang());
    Hit first = forced.hits().get(0);
    String snippet = first.snippet().replace("…", "");
    assertTrue(first.pledge().text(Lang.ES).contains(snippet), "a Spanish snippet: " + first.snippet());
  }
}
