package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.testing.Shipped;

/**
 * The thesaurus' languages in step: a concept the English entries of a theme name is named, with
 * the same weight, by its plain French and Spanish translation. A French or Spanish question is
 * otherwise weaker evidence than its English twin for no reason but the list it was looked up in.
 */
class ThesaurusParityTest {

  private static final Analysis ANALYSIS = new Analysis();
  private static final ThemeDetector DETECTOR =
      new ThemeDetector(ANALYSIS, Shipped.thesaurus(), Commonness.load());

  /** The theme weights the shipped thesaurus gives the words of {@code text}. */
  private static Map<String, Float> detected(String text, Lang lang) {
    List<Word> words = new ArrayList<>();
    for (Word w : ANALYSIS.words(ANALYSIS.surface(text))) {
      if (!ANALYSIS.isFunctionWord(w.surface())) {
        words.add(w);
      }
    }
    return DETECTOR.detect(words, Collections.nCopies(words.size(), false), lang).themes();
  }

  /** Each translation weighs for {@code theme} what the English entry weighs. */
  private static void inStep(String theme, String english, String french, String spanish) {
    float weight = detected(english, Lang.EN).getOrDefault(theme, 0f);
    assertTrue(weight > 0, english + " names " + theme);
    assertEquals(weight, detected(french, Lang.FR).getOrDefault(theme, 0f), french + " as " + english);
    assertEquals(weight, detected(spanish, Lang.ES).getOrDefault(theme, 0f), spanish + " as " + english);
  }

  @Test
  void thePartnershipsAcronymInEachLanguageNamesWhatOgpNames() {
    inStep("action-plans", "OGP commitments", "engagements du PGO", "compromisos de la AGA");
    inStep("action-plans", "joining OGP", "rejoindre le PGO", "unirse a la AGA");
    inStep("action-plans", "OGP point of contact", "point de contact du PGO", "punto de contacto de la AGA");
  }

  @Test
  void aWordOfTheFieldHasItsTranslationInEveryLanguage() {
    inStep("natural-resources", "extractive contracts", "contrats extractifs", "contratos extractivos");
    inStep("natural-resources", "beneficial ownership", "bénéficiaires effectifs", "beneficiarios finales");
    inStep("accountability", "investigative journalists", "journalistes d'investigation",
        "periodistas de investigación");
    inStep("access-to-information", "withholding information", "rétention d'information",
        "retención de información");
    inStep("citizen-engagement", "community forums", "forums communautaires", "foros comunitarios");
    inStep("citizen-engagement", "focus groups", "groupes de discussion", "grupos focales");
    inStep("public-services", "clinics", "cliniques", "clínicas");
  }

  @Test
  void theMembersOfAParliamentAreNamedAlikeInEveryLanguage() {
    // the deputies are a synonym in French and Spanish; their English names were only vocabulary
    inStep("legislative-openness", "MPs", "députés", "diputados");
    inStep("legislative-openness", "legislators", "législateurs", "legisladores");
    inStep("legislative-openness", "sittings", "séances", "sesiones");
  }
}
