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
    inStep("budget-transparency", "financial execution", "exécution financière", "ejecución financiera");
    inStep("budget-transparency", "budget tagging", "étiquetage budgétaire", "etiquetado presupuestario");
  }

  @Test
  void theMembersOfAParliamentAreNamedAlikeInEveryLanguage() {
    // the deputies are a synonym in French and Spanish; their English names were only vocabulary
    inStep("legislative-openness", "MPs", "députés", "diputados");
    inStep("legislative-openness", "legislators", "législateurs", "legisladores");
    inStep("legislative-openness", "sittings", "séances", "sesiones");
  }

  @Test
  void aFrenchPhraseMeetsItsVerbAsAQuestionConjugatesIt() {
    // English and Spanish questions reach "hold to account", "rendir cuentas" through their stems
    // and rewrites (Spanish's changed vowel aside, below); the French light stemmer keeps the r of "rendre" and cuts "rendent" to "rend"
    weighAsTheInfinitive(Lang.FR, "accountability", "les élus doivent rendre des comptes",
        "les élus rendent des comptes", "le maire rend des comptes", "les ministres rendront des comptes");
  }

  @Test
  void aSpanishPhraseMeetsItsVerbWhereTheStressChangesItsVowel() {
    // "rendir" writes "rind-" where the stress falls on the stem, in the subjunctive, the
    // preterite's third persons and the gerund: neither its stem nor its root is the infinitive's
    weighAsTheInfinitive(Lang.ES, "accountability", "el alcalde debe rendir cuentas",
        "el alcalde rinde cuentas", "que los concejales rindan cuentas", "el ministro rindió cuentas");
  }

  /** The theme finds {@code theme} in the question with the infinitive, and as much in each with a conjugated form. */
  private static void weighAsTheInfinitive(Lang lang, String theme, String withInfinitive, String... conjugated) {
    float infinitive = detected(withInfinitive, lang).getOrDefault(theme, 0f);
    assertTrue(infinitive > 0, withInfinitive);
    for (String question : conjugated) {
      assertEquals(infinitive, detected(question, lang).getOrDefault(theme, 0f), question);
    }
  }

  @Test
  void aChangedSpanishStemIsReadOnlyFromAnIrVerbOfEAndFromFormsWithItsI() {
    assertEquals(List.of("rind"), ThemeDetector.conjugatedStems(Lang.ES, "rendir"));
    assertEquals(List.of("sigu"), ThemeDetector.conjugatedStems(Lang.ES, "seguir"));
    assertTrue(ThemeDetector.conjugatedStems(Lang.ES, "rinden").contains("rind"));
    assertTrue(ThemeDetector.conjugatedStems(Lang.ES, "rindio").contains("rind"));
    assertTrue(ThemeDetector.conjugatedStems(Lang.ES, "siguen").contains("sigu"));
    // a verb of "i" changes nothing; a stem of "e" or "o" is no changed form; nor a short one
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.ES, "exigir"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.ES, "cuentan"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.ES, "pidan"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.EN, "rinden"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.FR, "rendir"));
  }

  @Test
  void aVerbStemIsReadOnlyFromTheConjugatedFormsOfAnInfinitiveInDreOrUire() {
    assertEquals(List.of("rend"), ThemeDetector.conjugatedStems(Lang.FR, "rendre"));
    assertTrue(ThemeDetector.conjugatedStems(Lang.FR, "rendent").contains("rend"));
    // the participle and "rendez" are as often nouns: a "compte rendu" (minutes), a "rendez-vous"
    assertTrue(ThemeDetector.conjugatedStems(Lang.FR, "rendu").isEmpty());
    assertTrue(ThemeDetector.conjugatedStems(Lang.FR, "rendez").isEmpty());
    assertTrue(ThemeDetector.conjugatedStems(Lang.FR, "rendront").contains("rend"));
    assertTrue(ThemeDetector.conjugatedStems(Lang.FR, "conduisent").contains("condui"));
    assertEquals(List.of("condui"), ThemeDetector.conjugatedStems(Lang.FR, "conduire"));
    // nouns in -tre, -bre, -aire are no infinitives; a stem of three letters tells nothing
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.FR, "centre"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.FR, "membre"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.FR, "budgetaire"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.FR, "ordre"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.EN, "rendre"));
    assertEquals(List.of(), ThemeDetector.conjugatedStems(Lang.ES, "rendent"));
  }
}
