package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/** Public integrity told as a story ({@link IntegrityStories}): a post left for a firm it dealt with, money hidden. */
class IntegrityStoriesTest {

  private static final IntegrityStories STORIES = new IntegrityStories();

  private static Set<Integer> moved(String text, Lang lang) {
    return STORIES.moved(List.of(text.split(" ")), lang);
  }

  private static Set<Integer> paid(String text, Lang lang) {
    return STORIES.paidUnder(List.of(text.split(" ")), lang);
  }

  @Test
  void aPostLeftForTheFirmItDealtWithIsTheRevolvingDoor() {
    assertEquals(Set.of(3), moved("the old harbour director now runs the shipping line he licensed", Lang.EN));
    assertEquals(Set.of(1), moved("a senator who retired joined the firm that he regulated", Lang.EN));
    assertEquals(Set.of(2), moved("l ex directrice du cadastre conseille le promoteur qu elle autorisait", Lang.FR));
    assertEquals(Set.of(1), moved("el exjefe de compras ahora vende a la misma alcaldia", Lang.ES));
    assertEquals(Set.of(1), moved("una jueza jubilada es socia del bufete que juzgaba", Lang.ES));
  }

  @Test
  void oneOwnLifeToldInTheSameShapeIsNone() {
    // no post of public office
    assertEquals(Set.of(), moved("my former boss now works for a company we supplied", Lang.EN));
    // a head gone to a firm with no tie to the post
    assertEquals(Set.of(), moved("mon ancienne directrice est associee d un cabinet", Lang.FR));
    assertEquals(Set.of(), moved("mi exjefe abrio su propia empresa", Lang.ES));
    // a post still held that deals with a firm: no move
    assertEquals(Set.of(), moved("the minister approved the company he regulated", Lang.EN));
  }

  @Test
  void aTitleLeftForAFirmOrAHolderLeavingABodyForFirmsIsTheRevolvingDoor() {
    // a title of public office (not a head) left, a firm after it: the move tells itself
    assertEquals(Set.of(2), moved("an ex senator sits at a bank now", Lang.EN));
    assertEquals(Set.of(), moved("an ex director sits at a bank now", Lang.EN));
    // a holder leaving a public body, or passing from it, for a private party
    assertEquals(Set.of(0), moved("diputados que dejan el congreso por las constructoras", Lang.ES));
    assertEquals(Set.of(1), moved("les prefets passent du ministere aux banques", Lang.FR));
    assertEquals(Set.of(), moved("i left the ministry for a startup company", Lang.EN));
    // a verb of serving a party before the post's dealing with it
    assertEquals(Set.of(1), moved("the mayor resigned and works for those he licensed", Lang.EN));
  }

  @Test
  void aMoveBothWaysFromOfficeToBusinessIsTheRevolvingDoor() {
    assertEquals(Set.of(0), moved("ministers going into banks and back", Lang.EN));
    assertEquals(Set.of(4), moved("les allers retours entre ministere et industrie", Lang.FR));
    // the private side first: money back from a bank
    assertEquals(Set.of(), moved("getting money from the bank back to the ministry", Lang.EN));
  }

  @Test
  void firmsPressingAPublicBodyAreLobbying() {
    assertEquals(Set.of(2), STORIES.pressed(List.of("the banks pressure the treasury".split(" ")), Lang.EN));
    assertEquals(Set.of(1), STORIES.pressed(List.of("les pressions des industriels sur le gouvernement".split(" ")), Lang.FR));
    // pressure among people, or a firm's on prices
    assertEquals(Set.of(), STORIES.pressed(List.of("peer pressure on my son at school".split(" ")), Lang.EN));
    assertEquals(Set.of(), STORIES.pressed(List.of("la presion de las empresas sobre los precios".split(" ")), Lang.ES));
  }

  @Test
  void aCommissionHiddenOnAPublicDealIsABribe() {
    assertEquals(Set.of(1), paid("secret commissions on government deals", Lang.EN));
    assertEquals(Set.of(0), paid("comisiones por debajo de la mesa del municipio", Lang.ES));
    assertEquals(Set.of(1), paid("des commissions occultes du ministere", Lang.FR));
    // one's own sale, or nothing hidden
    assertEquals(Set.of(), paid("secret commission on my own flat sale", Lang.EN));
    assertEquals(Set.of(), paid("la commission de l etat sur les marches", Lang.FR));
  }
}
