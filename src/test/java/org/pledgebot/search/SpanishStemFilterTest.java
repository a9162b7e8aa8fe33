package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgebot.corpus.Lang;

/**
 * Spanish folds its verbs as English and French do: an infinitive, with or without the pronouns
 * it carries, meets its noun and its conjugated forms; short words and nouns that only look like
 * an infinitive with a pronoun stay as the light stemmer leaves them.
 */
class SpanishStemFilterTest {

  private static final Analysis ANALYSIS = new Analysis();

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  private static String es(String word) {
    return ANALYSIS.stem(Lang.ES, word);
  }

  @ParameterizedTest
  @CsvSource({
      "quejarse, queja", "quejarnos, quejas", "denunciar, denuncia", "denunciarlo, denuncias",
      "consultar, consulta", "consultarles, consultas", "informarles, informa",
      "fiscalizar, fiscaliza", "exigírselo, exige", "vigilarla, vigila"})
  void anInfinitiveAndItsPronounsMeetItsOtherForms(String infinitive, String other) {
    assertEquals(es(other), es(infinitive), infinitive + " and " + other);
  }

  @Test
  void toPublishStaysApartFromPublic() {
    assertNotEquals(es("público"), es("publicar"));
    assertEquals(es("publicar"), es("publicarlos"));
  }

  @Test
  void aNounOfTheSameEndingFoldsAlikeInBothNumbers() {
    assertEquals(es("lugar"), es("lugares"));
    assertEquals(es("militar"), es("militares"));
  }

  @ParameterizedTest
  @CsvSource({
      "carlos, car", "charla, char", "perla, per", "gobiernos, gobi", "internos, int",
      "votar, vot", "mujer, muj", "cartera, cart", "consejero, consej"})
  void shortWordsAndNounsThatLookLikeAnInfinitiveStayWhole(String word, String cut) {
    assertNotEquals(cut, es(word), word);
  }
}
