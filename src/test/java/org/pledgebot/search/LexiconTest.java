package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

class LexiconTest {

  /** "mayor" is an English policy word and an everyday Spanish word ("bigger"), none of Spanish's policy words. */
  private static final Commonness EVERYDAY = Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR,
      List.of("porte"), Lang.ES, List.of("mayor", "puerta")));

  @Test
  void everyLanguageHasOneLexiconThatNoCallerChanges() {
    Map<Lang, Lexicon> every = Lexicon.every(EVERYDAY);
    assertEquals(Lang.values().length, every.size());
    assertThrows(UnsupportedOperationException.class, () -> every.put(Lang.EN, every.get(Lang.FR)));
    for (Lang lang : Lang.values()) {
      Lexicon lex = every.get(lang);
      assertEquals(PolicyWords.kin(lang), lex.ownLife().kin(), lang.toString());
      assertEquals(PolicyWords.funds(lang), lex.money().funds(), lang.toString());
      assertEquals(LanguagePack.of(lang).grammar(), lex.grammar().closedClass(), lang.toString());
      assertThrows(UnsupportedOperationException.class, () -> lex.publicLife().gateWords().add("x"));
    }
  }

  @Test
  void theGateReadsAnotherLanguagesPolicyWordUnlessItIsAnEverydayWordHere() {
    Map<Lang, Lexicon> every = Lexicon.every(EVERYDAY);
    assertTrue(every.get(Lang.EN).publicLife().gateWords().contains("mayor"));
    assertTrue(every.get(Lang.FR).publicLife().gateWords().contains("mayor"));
    assertFalse(every.get(Lang.ES).publicLife().gateWords().contains("mayor"));
    // a language's own policy word is read whatever its everyday list holds
    Commonness municipal = Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR, List.of("porte"), Lang.ES,
        List.of("municipal")));
    assertTrue(Lexicon.every(municipal).get(Lang.ES).publicLife().gateWords().contains("municipal"));
  }

  @Test
  void listsMadeOfOthersLeaveOutWhatTheirReadingDoesNotTake() {
    Map<Lang, Lexicon> every = Lexicon.every(EVERYDAY);
    Lexicon en = every.get(Lang.EN);
    Lexicon es = every.get(Lang.ES);
    // a village is a place to live before a level of government; a county is one
    assertTrue(en.publicLife().divisions().contains("village"));
    assertFalse(en.publicLife().governments().contains("village"));
    assertTrue(en.publicLife().governments().contains("county"));
    assertFalse(es.publicLife().governments().contains("pueblo"));
    // a holder of office that is a policy word ("minister") or as often an everyday thing ("judge") is no holder
    assertTrue(PolicyWords.officeholders(Lang.EN).containsAll(List.of("minister", "judge")));
    assertFalse(en.publicLife().holders().contains("minister"));
    assertFalse(en.publicLife().holders().contains("judge"));
    assertTrue(en.publicLife().holders().containsAll(PolicyWords.officeholders(Lang.EN).stream()
        .filter(h -> !PolicyWords.all().contains(h) && !PolicyWords.homonyms(Lang.EN).contains(h)).toList()));
    // money's owner after it: belonging, and in English "from"
    assertTrue(en.money().owning().contains("from"));
    assertFalse(en.grammar().belonging().contains("from"));
    assertEquals(es.grammar().belonging(), es.money().owning());
  }

  @Test
  void theFrenchElidedArticleIsAQuestionsArticleButLeadsNoName() {
    Lexicon fr = Lexicon.every(EVERYDAY).get(Lang.FR);
    assertTrue(fr.grammar().articles().contains("l"));
    assertFalse(fr.grammar().namesArticles().contains("l"));
    assertTrue(fr.grammar().particulars().contains("l"));
  }

  @Test
  void aWordsFlagsAreExactlyTheListsThatHoldIt() {
    for (Lang lang : Lang.values()) {
      Lexicon lex = Lexicon.every(EVERYDAY).get(lang);
      Map<Lexicon.Flag, Set<String>> lists = new EnumMap<>(Lexicon.Flag.class);
      lists.put(Lexicon.Flag.PERSONAL, lex.grammar().personal());
      lists.put(Lexicon.Flag.OURS, lex.grammar().ours());
      lists.put(Lexicon.Flag.YOURS, lex.grammar().yours());
      lists.put(Lexicon.Flag.ARTICLE, lex.grammar().namesArticles());
      lists.put(Lexicon.Flag.LOCATIVE, lex.grammar().locatives());
      lists.put(Lexicon.Flag.DEFINITE, lex.grammar().definite());
      lists.put(Lexicon.Flag.GATE, lex.publicLife().gateWords());
      lists.put(Lexicon.Flag.ACT, lex.publicLife().acts());
      lists.put(Lexicon.Flag.DIVISION, lex.publicLife().divisions());
      lists.put(Lexicon.Flag.GOVERNMENT, lex.publicLife().governments());
      lists.put(Lexicon.Flag.HOLDER, lex.publicLife().holders());
      lists.put(Lexicon.Flag.CITIZEN, lex.publicLife().citizens());
      lists.put(Lexicon.Flag.ROLE, lex.publicLife().roles());
      lists.put(Lexicon.Flag.POWER, lex.publicLife().powers());
      lists.put(Lexicon.Flag.OFFICER, lex.publicLife().officers());
      lists.put(Lexicon.Flag.OFFICE, lex.publicLife().offices());
      lists.put(Lexicon.Flag.PUBLIC_OWNER, lex.publicLife().publicOwners());
      lists.put(Lexicon.Flag.SERVICE, lex.publicLife().services());
      lists.put(Lexicon.Flag.SCOPE, lex.publicLife().scope());
      lists.put(Lexicon.Flag.INSTRUMENT, lex.publicLife().instruments());
      lists.put(Lexicon.Flag.WHOSE, lex.publicLife().whose());
      lists.put(Lexicon.Flag.KIN, lex.ownLife().kin());
      lists.put(Lexicon.Flag.PRIVATE_LIFE, lex.ownLife().settings());
      lists.put(Lexicon.Flag.SUPERIOR, lex.ownLife().superiors());
      lists.put(Lexicon.Flag.ASSOCIATE, lex.ownLife().associates());
      lists.put(Lexicon.Flag.CRAFT, lex.ownLife().crafting());
      lists.put(Lexicon.Flag.PROJECT, lex.ownLife().projects());
      lists.put(Lexicon.Flag.FIRM, lex.companies().firms());
      lists.put(Lexicon.Flag.SOCIETY, lex.companies().societies());
      lists.put(Lexicon.Flag.DEPARTMENT, lex.companies().departments());
      lists.put(Lexicon.Flag.INCORPORATION, lex.companies().incorporation());
      lists.put(Lexicon.Flag.VENTURE, lex.companies().ventures());
      assertEquals(Set.of(Lexicon.Flag.values()), lists.keySet(), "every flag is checked");
      Set<String> every = new HashSet<>();
      lists.values().forEach(every::addAll);
      every.add("zzzz");
      for (String word : every) {
        Set<Lexicon.Flag> expected = EnumSet.noneOf(Lexicon.Flag.class);
        lists.forEach((flag, list) -> {
          if (list.contains(word)) {
            expected.add(flag);
          }
        });
        assertEquals(expected, lex.flags(word), lang + " " + word);
      }
      assertThrows(UnsupportedOperationException.class, () -> lex.flags("zzzz").add(Lexicon.Flag.KIN));
      String kin = lex.ownLife().kin().iterator().next();
      assertThrows(UnsupportedOperationException.class, () -> lex.flags(kin).add(Lexicon.Flag.GATE));
    }
  }

  @Test
  void aThirdPersonsVerbReadsTheListsItWasMadeOf() {
    Lexicon en = Lexicon.every(EVERYDAY).get(Lang.EN);
    assertTrue(en.grammar().determiners().containsAll(List.of("the", "our", "its")));
    assertTrue(en.grammar().objects().containsAll(List.of("to", "it", "the")));
    assertFalse(Lexicon.every(EVERYDAY).get(Lang.FR).grammar().objects().contains("to"));
    assertTrue(en.publicLife().actors().containsAll(List.of("ministry", "council", "mayor")));
    assertTrue(en.publicLife().fieldVerbs().containsAll(PolicyWords.acts(Lang.EN)));
    assertTrue(en.publicLife().fieldVerbs().containsAll(PolicyWords.hiring(Lang.EN)));
  }
}
