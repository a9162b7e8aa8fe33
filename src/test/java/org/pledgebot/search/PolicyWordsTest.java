package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class PolicyWordsTest {

  @Test
  void scopeWordsArePolicyWordsOfTheirLanguage() {
    for (Lang lang : Lang.values()) {
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.scope(lang)), lang.toString());
    }
  }

  @Test
  void bodiesAndInstrumentsArePolicyWordsAndDivisionsAreNot() {
    for (Lang lang : Lang.values()) {
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.bodies(lang)), lang.toString());
      assertTrue(PolicyWords.of(lang).containsAll(PolicyWords.instruments(lang)), lang.toString());
      assertFoldedAndNoPolicyWords(PolicyWords.offices(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.divisions(lang));
      // roles of any organisation and the state's prerogatives say nothing of public life alone
      assertFoldedAndNoPolicyWords(PolicyWords.roles(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.prerogatives(lang));
      assertTrue(PolicyWords.roles(lang).isEmpty() == PolicyWords.prerogatives(lang).isEmpty(), lang.toString());
    }
  }

  @Test
  void theThingsAnOfficeIsOnlyTheSettingOfAreNoWordsOfGovernance() {
    for (Lang lang : Lang.values()) {
      // a cafe, a lift, a uniform say nothing of public life by themselves
      assertFoldedAndNoPolicyWords(PolicyWords.settingThings(lang));
      assertFolded(PolicyWords.speakingSubjects(lang));
      // a gift is conduct's evidence and a body's works are governance: neither is a mere setting's thing
      for (Set<String> governing : List.of(PolicyWords.gifts(lang), PolicyWords.bodyWorks(lang),
          PolicyWords.spending(lang), PolicyWords.contracts(lang))) {
        Set<String> both = new HashSet<>(PolicyWords.settingThings(lang));
        both.retainAll(governing);
        assertTrue(both.isEmpty(), lang + " " + both);
      }
    }
  }

  @Test
  void theThingsOfAPersonsOwnErrandAreNoWordsOfGovernance() {
    for (Lang lang : Lang.values()) {
      // a weekday, an entrance, a bus to the office or a visitor say nothing of public life by themselves
      assertFoldedAndNoPolicyWords(PolicyWords.visitErrands(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.rides(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.visitors(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.visiting(lang));
      assertFolded(PolicyWords.towards(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.openingDays(lang));
      assertFolded(PolicyWords.shutting(lang));
      assertFolded(PolicyWords.peers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.clock(lang));
      assertFolded(PolicyWords.opening(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.leaving(lang));
      assertFolded(PolicyWords.presents(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.firstSingularVerbs(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.boundaries(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.specialists(lang));
      // a body's works, its spending, a gift or a law are governance: none is an errand's thing
      for (Set<String> governing : List.of(PolicyWords.gifts(lang), PolicyWords.bodyWorks(lang),
          PolicyWords.spending(lang), PolicyWords.governing(lang), PolicyWords.lawMaking(lang))) {
        Set<String> both = new HashSet<>(PolicyWords.visitErrands(lang));
        both.addAll(PolicyWords.rides(lang));
        both.retainAll(governing);
        assertTrue(both.isEmpty(), lang + " " + both);
      }
    }
  }

  @Test
  void onlyLanguagesListingBodiesOrRolesNameTheirOwnersAfterAPreposition() {
    for (Lang lang : Lang.values()) {
      boolean owned = !PolicyWords.bodies(lang).isEmpty() || !PolicyWords.roles(lang).isEmpty();
      assertTrue(owned != PolicyWords.belonging(lang).isEmpty(), lang.toString());
    }
  }

  @Test
  void officeholdersFirmsAndKinAreFoldedAndFirmsAndKinNoPolicyWords() {
    for (Lang lang : Lang.values()) {
      assertFolded(PolicyWords.officeholders(lang));
      // a company, a relative, money say nothing of public life by themselves
      assertFoldedAndNoPolicyWords(PolicyWords.firms(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.kin(lang));
      assertFolded(PolicyWords.officers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.payments(lang));
      assertFolded(PolicyWords.gifts(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.occasions(lang));
      assertFolded(PolicyWords.asking(lang));
      assertFolded(PolicyWords.taking(lang));
      assertFolded(PolicyWords.hiring(lang));
      assertFolded(PolicyWords.possessives(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.elders(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.ownLife(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.pastimes(lang));
      assertFolded(PolicyWords.ends(lang));
      assertFolded(PolicyWords.sources(lang));
      assertFolded(PolicyWords.attendants(lang));
      assertFolded(PolicyWords.beats(lang));
    }
    assertTrue(PolicyWords.former("exministra", PolicyWords.officeholders()));
    assertFalse(PolicyWords.former("exnovio", PolicyWords.officeholders()));
    assertFalse(PolicyWords.former("ex", PolicyWords.officeholders()));
  }

  @Test
  void theWordsOfPublicMoneyAreFoldedAndMoneyAndItsVerbsNoPolicyWords() {
    for (Lang lang : Lang.values()) {
      // money and spending say nothing of public life by themselves: the grammar around them does
      assertFoldedAndNoPolicyWords(PolicyWords.funds(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.spending(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.handling(lang));
      assertFolded(PolicyWords.treasuries(lang));
      assertFolded(PolicyWords.speakers(lang));
      // papers and the verbs that ask for them say nothing of public life by themselves either
      assertFoldedAndNoPolicyWords(PolicyWords.papers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.disclosing(lang));
      // so do what a body found, the grounds of its decision, writing for a thing, the forms of reuse
      // and what a body counts or measures: the body named beside them does
      assertFoldedAndNoPolicyWords(PolicyWords.inquiries(lang));
      assertFolded(PolicyWords.grounds(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.writingFor(lang));
      assertFolded(PolicyWords.reuseTerms(lang));
      assertFolded(PolicyWords.holdings(lang));
      // books, costs, levies and pronouns too; a seat's words one by one
      assertFoldedAndNoPolicyWords(PolicyWords.books(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.costing(lang));
      assertFolded(PolicyWords.levies(lang));
      assertFolded(PolicyWords.taxpayers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.costBearers(lang));
      assertFolded(PolicyWords.thirdPersons(lang));
      for (List<String> seat : PolicyWords.seats(lang)) {
        assertFolded(Set.copyOf(seat));
      }
    }
  }

  @Test
  void theWordsOfAProcedureEasedAreFoldedAndNoPolicyWords() {
    for (Lang lang : Lang.values()) {
      // faster, online, a channel or a thing lost say nothing of public life by themselves: the
      // state's paper or procedure beside them does (QuestionCompiler.eased)
      assertFoldedAndNoPolicyWords(PolicyWords.easing(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.repeating(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.journeys(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.channels(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.losing(lang));
      assertFolded(PolicyWords.throughMeans(lang));
    }
  }

  @Test
  void theWordsOfAPublicThingGotAreFoldedAndNoPolicyWords() {
    for (Lang lang : Lang.values()) {
      // papers, events, trips, distances, channels, lines and points of contact say nothing of public
      // life by themselves: the state's thing got through them does (QuestionCompiler.obtained)
      assertFoldedAndNoPolicyWords(PolicyWords.issuedPapers(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.civilEvents(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.registering(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.pensions(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.timesGone(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.distances(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.mobileMoney(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.phoneLines(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.unreachable(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.answeringLines(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.appointments(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.contactPoints(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.inPerson(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.civilRecords(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.redesigning(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.using(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.procedures(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.assistants(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.establishmentKinds(lang));
      assertFoldedAndNoPolicyWords(PolicyWords.times(lang));
      assertFolded(PolicyWords.onlyTimes(lang));
      assertFolded(PolicyWords.channelLeads(lang));
      assertFolded(PolicyWords.somePlural(lang));
      assertFolded(PolicyWords.cannot(lang));
      assertFolded(PolicyWords.onlyOne(lang));
      assertFolded(PolicyWords.everyMatter(lang));
    }
  }

  /**
   * The possessives are one table per person, each list of them made from it: the third person's
   * ({@link PolicyWords#theirs}) stand in {@link PolicyWords#theirOwn}, which stands in {@link
   * PolicyWords#possessives}, and in French and Spanish they are also the possessives that stand
   * for a body ({@link PolicyWords#thirdPossessives}); the second person's in {@link
   * PolicyWords#possessives} are some of {@link PolicyWords#yours}.
   */
  @Test
  void everyListOfPossessivesIsMadeFromThePersons() {
    for (Lang lang : Lang.values()) {
      Set<String> possessives = PolicyWords.possessives(lang);
      assertFolded(PolicyWords.theirOwn(lang));
      assertTrue(PolicyWords.theirOwn(lang).containsAll(PolicyWords.theirs(lang)), lang.toString());
      assertTrue(PolicyWords.theirOwn(lang).containsAll(PolicyWords.own(lang)), lang.toString());
      assertTrue(possessives.containsAll(PolicyWords.theirOwn(lang)), lang.toString());
      assertTrue(possessives.containsAll(PolicyWords.personal(lang)), lang.toString());
      assertTrue(possessives.containsAll(PolicyWords.ours(lang)), lang.toString());
      Set<String> rest = new HashSet<>(possessives);
      rest.removeAll(PolicyWords.union(PolicyWords.personal(lang), PolicyWords.ours(lang), PolicyWords.theirOwn(lang)));
      assertTrue(PolicyWords.yours(lang).containsAll(rest), lang + " " + rest);
    }
    assertEquals(PolicyWords.theirs(Lang.FR), PolicyWords.thirdPossessives(Lang.FR));
    assertEquals(PolicyWords.theirs(Lang.ES), PolicyWords.thirdPossessives(Lang.ES));
    assertEquals(Set.of("his", "her", "their", "own"), PolicyWords.theirOwn(Lang.EN));
  }

  /**
   * The determiners that make a division one place ({@link PolicyWords#definite}) are the singular
   * ones among the articles as the question's words hold them ({@link PolicyWords#articles}, the
   * list a particular body and public money read too) and every person's possessives: none of the
   * plural ones, which ask about divisions among others.
   */
  @Test
  void definiteHoldsTheSingularArticlesAndPossessivesOfEveryPerson() {
    for (Lang lang : Lang.values()) {
      Set<String> definite = PolicyWords.definite(lang);
      assertFolded(definite);
      assertTrue(PolicyWords.articles(lang).containsAll(LanguagePack.of(lang).articles()), lang.toString());
      for (Set<String> determiners : List.of(PolicyWords.articles(lang), PolicyWords.personal(lang),
          PolicyWords.ours(lang), PolicyWords.yours(lang), PolicyWords.theirs(lang))) {
        for (String d : determiners) {
          boolean plural = lang != Lang.EN && d.endsWith("s");
          assertEquals(!plural, definite.contains(d), lang + " " + d);
        }
      }
    }
    assertTrue(PolicyWords.articles(Lang.FR).contains("l"));
    assertTrue(PolicyWords.definite(Lang.FR).containsAll(Set.of("l", "la", "ta", "notre", "leur", "du", "cette")));
    assertFalse(PolicyWords.definite(Lang.FR).contains("les"));
    assertTrue(PolicyWords.definite(Lang.ES).containsAll(Set.of("el", "su", "tu", "vuestra", "del", "esa")));
    assertFalse(PolicyWords.definite(Lang.ES).contains("sus"));
    assertTrue(PolicyWords.definite(Lang.EN).containsAll(Set.of("the", "this", "his", "your", "their")));
  }

  /** A list of every language is the union of each language's ({@link PolicyWords#everyLanguage}). */
  @Test
  void theListsOfEveryLanguageHoldEachLanguagesWords() {
    for (Lang lang : Lang.values()) {
      assertTrue(PolicyWords.all().containsAll(PolicyWords.of(lang)), lang.toString());
      assertTrue(PolicyWords.scope().containsAll(PolicyWords.scope(lang)), lang.toString());
      assertTrue(PolicyWords.everyLanguage(PolicyWords::personal).containsAll(PolicyWords.personal(lang)), lang.toString());
      assertTrue(PolicyWords.officeholders().containsAll(PolicyWords.officeholders(lang)), lang.toString());
    }
    assertEquals(Set.of("my", "mon", "ma", "mes", "mi", "mis"), PolicyWords.everyLanguage(PolicyWords::personal));
    assertEquals(Set.of("a", "b", "c"), PolicyWords.union(Set.of("a", "b"), List.of("b", "c"), Set.of()));
    assertEquals(Set.of("b"), PolicyWords.both(Set.of("a", "b"), List.of("b", "c")));
    assertEquals(Set.of("bill", "bills", "amendment", "amendments"),
        PolicyWords.both(PolicyWords.chamberWork(Lang.EN), PolicyWords.lawMaking(Lang.EN)));
  }

  /**
   * The last and first words of a list's phrases of several words ({@link PolicyWords#lastWords}, {@link
   * PolicyWords#firstWords}), which the readings test before making a phrase of the question's words to
   * look it up.
   */
  @Test
  void endWordsAreThoseOfThePhrasesOfSeveralWordsOnly() {
    assertEquals(Set.of("desk", "office"), PolicyWords.lastWords(Set.of("counter", "front desk", "main tax office")));
    assertEquals(Set.of(), PolicyWords.lastWords(Set.of("counter", "window")));
    assertEquals(Set.of("front", "main"), PolicyWords.firstWords(Set.of("counter", "front desk", "main tax office")));
    for (Lang lang : Lang.values()) {
      for (String counter : PolicyWords.counters(lang)) {
        String[] words = counter.split(" ");
        assertTrue(words.length == 1 || PolicyWords.lastWords(PolicyWords.counters(lang)).contains(words[words.length - 1]),
            counter);
      }
    }
  }

  /**
   * The words of the people's say in a decision of public power are folded; those named by where they
   * live are among the people, and the rules no club writes among the rules a government makes.
   */
  @Test
  void theWordsOfASayInPublicDecisionsAreFoldedAndNested() {
    for (Lang lang : Lang.values()) {
      assertFolded(PolicyWords.decisions(lang));
      assertFolded(PolicyWords.adopting(lang));
      assertFolded(PolicyWords.noOne(lang));
      assertFolded(PolicyWords.consultations(lang));
      assertFolded(PolicyWords.meetings(lang));
      assertFolded(PolicyWords.constituencies(lang));
      assertTrue(PolicyWords.thePeople(lang).containsAll(PolicyWords.dwellers(lang)), lang.toString());
      assertTrue(PolicyWords.rulesMade(lang).containsAll(PolicyWords.decrees(lang)), lang.toString());
      assertTrue(Collections.disjoint(PolicyWords.decrees(lang), PolicyWords.instruments(lang)),
          lang.toString());
    }
  }

  @Test
  void policyWordsAreFolded() {
    for (Lang lang : Lang.values()) {
      assertFolded(PolicyWords.of(lang));
    }
  }

  /** Each word is written as {@link Folding#words} folds a question's words. */
  private static void assertFolded(Collection<String> words) {
    for (String w : words) {
      assertTrue(w.equals(Folding.words(w)), w);
    }
  }

  /** Each word is folded and no word of public life in any language ({@link PolicyWords#all}). */
  /**
   * Worship and its congregations are no words of public life, and the pursuits a field's word is
   * told in are the pastimes played, worship and games, never one's relatives or friends, whom a public
   * service answers to or a holder favours.
   */
  @Test
  void worshipIsNoWordOfPublicLifeAndPursuitsLeaveRelativesOut() {
    for (Lang lang : Lang.values()) {
      assertFoldedAndNoPolicyWords(PolicyWords.worship(lang));
      assertTrue(PolicyWords.pastimes(lang).containsAll(PolicyWords.played(lang)), lang.toString());
      assertTrue(PolicyWords.pursuits(lang).containsAll(PolicyWords.played(lang)), lang.toString());
      assertTrue(PolicyWords.pursuits(lang).containsAll(PolicyWords.worship(lang)), lang.toString());
      assertTrue(PolicyWords.pursuits(lang).containsAll(PolicyWords.games(lang)), lang.toString());
      for (String kin : PolicyWords.kin(lang)) {
        assertFalse(PolicyWords.pursuits(lang).contains(kin), kin);
      }
      assertFalse(PolicyWords.pursuits(lang).contains(switch (lang) {
        case EN -> "friends";
        case FR -> "amis";
        case ES -> "amigos";
      }), lang.toString());
    }
  }

  private static void assertFoldedAndNoPolicyWords(Collection<String> words) {
    assertFolded(words);
    for (String w : words) {
      assertFalse(PolicyWords.all().contains(w), w);
    }
  }

  /**
   * An adjective of public life is one in every gender and number, as the English one is one word:
   * a French or Spanish question agreeing it with a plural or feminine noun ("les élus régionaux",
   * "autoridades federales") has the same support as its English twin.
   */
  @Test
  void frenchAndSpanishAdjectivesAreListedInEveryGenderAndNumber() {
    Set<String> fr = PolicyWords.of(Lang.FR);
    for (String w : fr) {
      if (w.endsWith("al")) {
        String stem = w.substring(0, w.length() - 1);
        assertTrue(fr.containsAll(List.of(w + "e", w + "es", stem + "ux")), w);
      }
      if (w.endsWith("if")) {
        String stem = w.substring(0, w.length() - 1);
        assertTrue(fr.containsAll(List.of(w + "s", stem + "ve", stem + "ves")), w);
      }
    }
    Set<String> es = PolicyWords.of(Lang.ES);
    for (String w : es) {
      if (w.endsWith("al") || w.endsWith("il")) {
        assertTrue(es.contains(w + "es"), w);
      }
      if (w.endsWith("ico")) {
        String stem = w.substring(0, w.length() - 1);
        assertTrue(es.containsAll(List.of(w + "s", stem + "a", stem + "as")), w);
      }
    }
    for (Lang lang : List.of(Lang.FR, Lang.ES)) {
      Set<String> scope = PolicyWords.scope(lang);
      for (String w : PolicyWords.of(lang)) {
        if (scope.contains(w.replaceAll("(e|es|s|aux|ales)$", "")) || scope.contains(w.replaceAll("aux$", "al"))) {
          assertTrue(scope.contains(w), lang + " " + w);
        }
      }
    }
  }

  @Test
  void everyActButTrackingSaysAThemeOfTheThesaurus() throws java.io.IOException {
    Set<String> ids = new java.util.HashSet<>();
    org.pledgebot.testing.Shipped.thesaurus().themes().forEach(t -> ids.add(t.id()));
    for (Lang lang : Lang.values()) {
      java.util.Map<String, String> themes = PolicyWords.actThemes(lang);
      assertTrue(ids.containsAll(themes.values()), lang + " " + themes.values());
      for (String act : PolicyWords.acts(lang)) {
        assertTrue(act.startsWith("track") || themes.containsKey(act), lang + " " + act);
      }
      assertFolded(themes.keySet());
    }
  }
}
