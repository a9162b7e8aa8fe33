package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.testing.Shipped;

/** Names written otherwise than the corpus writes them, on the shipped corpus's names and aliases. */
class NameIndexTest {

  private static Analysis analysis;
  private static NameIndex index;
  private static List<Pledge> pledges;

  @BeforeAll
  static void build() {
    analysis = new Analysis();
    pledges = Shipped.corpus().pledges();
    List<NameKey> keys = new ArrayList<>();
    pledges.forEach(p -> keys.addAll(NameKey.of(analysis, p)));
    index = new NameIndex(analysis, keys);
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  private static Map<String, Boolean> unordered(String question) {
    List<String> tokens = analysis.surface(question);
    return index.unordered(tokens, new boolean[tokens.size()]);
  }

  private static Pledge pledge(String id) {
    return pledges.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  /** The points {@link NameIndex#nameVotes} gives each language for a question, by ordinal. */
  private static Map<Lang, Integer> votes(String question) {
    List<String> tokens = analysis.surface(question);
    int[] scores = new int[Lang.values().length];
    index.nameVotes(tokens, scores, new boolean[tokens.size()]);
    Map<Lang, Integer> out = new java.util.EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      out.put(lang, scores[lang.ordinal()]);
    }
    return out;
  }

  /**
   * Which words of a message may read as a name word: as written, a typo, the word cut short, or
   * two words typed apart; every other word ends a run of the name in another order, so it is not
   * tested against each candidate name's words.
   */
  @Test
  void readersOfANameWordAreMarkedByPosition() {
    List<String> tokens = List.of("hello", "we", "work", "with", "the", "world", "bank", "wrold", "and", "transp");
    boolean[] at = NameIndex.coverable("world", tokens);
    assertEquals("[false, false, false, false, false, true, false, true, false, false]", Arrays.toString(at));
    assertEquals("[false, false, false, false, false, true, false, false, false, false]",
        Arrays.toString(NameIndex.coverable("worldbank", tokens)), "two words typed apart, at the first");
    assertEquals("[false, false, false, false, false, false, false, false, false, true]",
        Arrays.toString(NameIndex.coverable("transparency", tokens)), "cut short");
    assertEquals(null, NameIndex.coverable("ministry", tokens));
  }

  @Test
  void aPeoplesAdjectiveVotesForTheLanguagesWhoseAdjectivesEndSo() {
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 1, Lang.ES, 0), votes("finlandais"), "an English stem, a French ending");
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 1), votes("los canadienses"));
    assertEquals(Map.of(Lang.EN, 1, Lang.FR, 0, Lang.ES, 0), votes("moldovan government"));
    assertEquals(1 << Lang.FR.ordinal() | 1 << Lang.ES.ordinal(), index.demonymLangs("irlandes"), "irlandais, irlandés");
    assertEquals(0, index.demonymLangs("sierraleone"), "a name run together is no adjective");
  }

  @Test
  void aMistypedNameVotesForTheLanguagesOfTheNameItIsATypoOf() {
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 1), votes("sud africa"), "Sudáfrica split");
    assertEquals(Map.of(Lang.EN, 1, Lang.FR, 0, Lang.ES, 0), votes("worldbank"), "World Bank run together");
    assertEquals(Map.of(Lang.EN, 0, Lang.FR, 0, Lang.ES, 0), votes("world cup"));
  }

  @Test
  void aMistypedPeoplesAdjectiveIsAStemTypoBeforeAnEnding() {
    assertEquals(Set.of("BR"), ids(index.mistypedDemonymOf("brazillian")));
    assertEquals(Set.of("CO"), ids(index.mistypedDemonymOf("columbian")));
    assertEquals(Set.of("CR"), ids(index.mistypedDemonymOf("costarricense")));
    assertEquals(Set.of(), ids(index.mistypedDemonymOf("chinese")), "no stem within a typo of chines-, chin-");
    List<NameKey> brazil = NameKey.of(analysis, pledge("BR"));
    NameIndex without = index.changed(brazil, List.of());
    assertEquals(Set.of(), ids(without.mistypedDemonymOf("brazillian")), "a removed pledger's stems go");
    assertEquals(Set.of("BR"), ids(without.changed(List.of(), brazil).mistypedDemonymOf("brazillian")));
  }

  private static Set<String> ids(List<NameKey> keys) {
    Set<String> out = new java.util.HashSet<>();
    keys.forEach(k -> out.add(k.id()));
    return out;
  }

  @Test
  void anEverydayWordAloneIsNoMistypedName() {
    Commonness everyday = Commonness.load();
    java.util.function.Predicate<String> listed =
        w -> Arrays.stream(Lang.values()).anyMatch(l -> everyday.everyday(l, w));
    List<String> tokens = analysis.surface("hungry or hungery, sierra leon");
    List<String> runs = NameIndex.shingles(analysis, tokens, listed).stream().map(NameIndex.Shingle::text).toList();
    assertFalse(runs.contains("hungry"), runs::toString);
    assertTrue(runs.contains("hungery"), runs::toString);
    assertTrue(runs.contains("sierra leon"), "words of everyday Spanish together may be a name mistyped");
  }

  @Test
  void aWordOneEditFromANameChangesOnlyItsEndAsAnEndingDoes() {
    // a letter added after the name, its last letter changed, one of its last two letters left out
    for (String[] p : new String[][] {{"italian", "italia"}, {"uruguayo", "uruguay"}, {"noruego", "noruega"},
        {"croate", "croatie"}, {"sueca", "suecia"}, {"philippine", "philippines"}, {"costarican", "costarica"}}) {
      assertTrue(NameIndex.endChanged(p[0], p[1]), p[0]);
    }
    // its last letter typed twice, or an edit inside it: a slip
    for (String[] p : new String[][] {{"chilee", "chile"}, {"philippinees", "philippines"}, {"guatamala", "guatemala"},
        {"colmbia", "colombia"}, {"chile", "chile"}}) {
      assertFalse(NameIndex.endChanged(p[0], p[1]), p[0]);
    }
  }

  @Test
  void aNameOfSeveralWordsMatchesInAnotherOrderAndWithOtherPrepositions() {
    assertEquals(Map.of("wg-open-data", false), unordered("the group on open data"), "working left out");
    assertEquals(Map.of("wg-access-to-information", true), unordered("grupo de trabajo del acceso a la información"));
    assertEquals(Map.of("wg-fiscal-openness", true), unordered("groupe de travail pour l'ouverture budgétaire"));
    assertEquals(Map.of("wg-legislative-openness", true), unordered("legislative openness group, working"));
  }

  @Test
  void theWordsOfANameMustStandTogether() {
    assertEquals(Map.of(), unordered("which group has data on budgets"), "another content word between them");
    assertEquals(Map.of(), unordered("working with open data"), "the head of the name is missing");
    assertEquals(Map.of(), unordered("open data"));
  }

  @Test
  void aGenericWordOtherThanTheHeadMayBeLeftOut() {
    assertEquals(Map.of("adb", false), unordered("banque asiatique"), "de développement left out");
    assertEquals(Map.of("wg-natural-resources", false), unordered("the extractives working group"));
    assertEquals(Map.of(), unordered("asian development"), "the head, bank, left out");
    assertEquals(Map.of(), unordered("programme pour le développement"), "unies names only UNDP: not generic");
  }

  @Test
  void typosGrowWithTheWordAndShortenedOrSplitWordsCount() {
    assertEquals(Map.of("transparency-international", true), unordered("transparensia internacional"));
    assertEquals(Map.of("undp", true), unordered("united nations development program"), "two letters of nine");
    assertEquals(Map.of("adb", true), unordered("asian dev bank"));
    assertEquals(Map.of("idb", true), unordered("la banque inter-américaine de développement"));
    assertEquals(Map.of("idb", false), unordered("the interamerican bank"), "Inter-American, also run together");
  }

  @Test
  void aNameIsAlsoFoundWithItsNumberSpeltOutOrIntlAsWritten() {
    assertEquals(List.of("article-19"), index.exact(analysis.surface("Article nineteen")));
    assertEquals(List.of("article-19"), index.exact(analysis.surface("article dix-neuf")));
    assertEquals(List.of("article-19"), index.exact(analysis.surface("artículo diecinueve")));
    assertEquals(List.of("transparency-international"), index.exact(analysis.surface("Transparency Intl")));
    assertEquals(List.of("transparency-international"), index.exact(analysis.surface("transparencia intl")));
    assertEquals(List.of("international-budget-partnership"), index.exact(analysis.surface("intl budget partnership")));
  }

  @Test
  void aNameWrittenByRuleIsNoTypoTargetNorAStem() {
    assertEquals(List.of(), index.near(analysis.surface("transparencia en")), "not a typo of transparencia intl");
    assertEquals(Set.of(), ids(index.mistypedDemonymOf("transparencia")), "no adjective of transparencia intl");
    assertEquals(Set.of(), ids(index.demonymOf("articledixneuves")));
    List<NameKey> ti = NameKey.of(analysis, pledge("transparency-international"));
    assertTrue(ti.stream().anyMatch(k -> k.derived() && k.joined().equals("transparency intl")));
    assertTrue(ti.stream().noneMatch(k -> k.derived() && k.joined().equals("transparency international")));
    NameIndex again = index.changed(ti, List.of()).changed(List.of(), ti);
    assertEquals(List.of(), again.near(analysis.surface("transparencia en")), "also after an update");
    assertEquals(List.of("transparency-international"), again.exact(analysis.surface("transparency intl")));
  }

  @Test
  void numbersAreSpeltOutInEachLanguage() {
    assertEquals("nineteen", WrittenForms.spelt("19", Lang.EN));
    assertEquals("forty-two", WrittenForms.spelt("42", Lang.EN));
    assertEquals("dix-neuf", WrittenForms.spelt("19", Lang.FR));
    assertEquals("vingt et un", WrittenForms.spelt("21", Lang.FR));
    assertEquals("soixante et onze", WrittenForms.spelt("71", Lang.FR));
    assertEquals("quatre-vingts", WrittenForms.spelt("80", Lang.FR));
    assertEquals("quatre-vingt-dix-neuf", WrittenForms.spelt("99", Lang.FR));
    assertEquals("diecinueve", WrittenForms.spelt("19", Lang.ES));
    assertEquals("veintidós", WrittenForms.spelt("22", Lang.ES));
    assertEquals("treinta y uno", WrittenForms.spelt("31", Lang.ES));
    // English and Spanish write tens and units by one rule, each up to the end of its own units
    assertEquals("twenty", WrittenForms.spelt("20", Lang.EN));
    assertEquals("ninety-nine", WrittenForms.spelt("99", Lang.EN));
    assertEquals("veintinueve", WrittenForms.spelt("29", Lang.ES));
    assertEquals("cuarenta", WrittenForms.spelt("40", Lang.ES));
    assertEquals(null, WrittenForms.spelt("100", Lang.EN));
    assertEquals(null, WrittenForms.spelt("g20", Lang.EN));
  }

  @Test
  void irregularPeoplesAdjectivesListedAsAliasesAndTheirInflections() {
    assertEquals(Set.of("US"), ids(index.demonymOf("americaine")), "from the alias américain");
    assertEquals(Set.of("US"), ids(index.demonymOf("estadounidenses")));
    assertEquals(Set.of("US"), ids(index.demonymOf("americans")), "an English plural");
    assertEquals(Set.of("GT"), ids(index.demonymOf("guatemaltecas")));
    assertEquals(Set.of("GR"), ids(index.demonymOf("grecs")), "the plural of the listed grec");
    assertEquals(Set.of(), ids(index.demonymOf("irelands")), "a name's plural is no adjective");
    assertEquals(Set.of("GR"), ids(index.demonymOf("greeks")), "the plural of an alias that clips its name's end");
    assertEquals(Set.of(), ids(index.demonymOf("hellass")), "a place's other name clips none");
    assertEquals(Set.of(), ids(index.demonymOf("salvadors")), "nor does a name's last word");
  }

  @Test
  void aPeoplesAdjectiveAmongTheAliasesIsKnownAsOne() {
    assertTrue(NameKey.demonym("Irish", "irish", Lang.EN));
    assertTrue(NameKey.demonym("británico", "britanico", Lang.ES));
    assertFalse(NameKey.demonym("Holanda", "holanda", Lang.ES), "a name, capitalised");
    assertFalse(NameKey.demonym("Holland", "holland", Lang.EN));
    List<NameKey> greece = NameKey.of(analysis, pledge("GR"));
    assertTrue(greece.stream().anyMatch(k -> k.demonym() && k.joined().equals("grec")));
    assertTrue(greece.stream().noneMatch(k -> k.demonym() && k.joined().equals("hellas")));
  }

  private static NameKey key(String id, List<String> tokens, Set<Lang> langs) {
    return new NameKey(id, tokens, langs, false, false, tokens);
  }

  /**
   * A word left out fits every pledger whose name holds the other words: fitting more than {@link
   * NameIndex#MAX_LOOSE_NAMED}, the words name none of them loosely, and a name typed whole still
   * counts.
   */
  @Test
  void wordsThatFitManyNamesLooselyNameNoneOfThem() {
    List<String> typed = analysis.surface("north islands bank");
    List<NameKey> few = new ArrayList<>();
    for (int p = 0; p < NameIndex.MAX_LOOSE_NAMED; p++) {
      few.add(key("p" + p, List.of("north", "islands", "fund", "bank"), Set.of(Lang.EN)));
    }
    Map<String, Boolean> fewFound = new NameIndex(analysis, few).unordered(typed, new boolean[typed.size()]);
    assertEquals(Map.of("p0", false, "p1", false, "p2", false), fewFound, "fund left out");
    List<NameKey> many = new ArrayList<>(few);
    many.add(key("p" + few.size(), List.of("north", "islands", "fund", "bank"), Set.of(Lang.EN)));
    assertEquals(Map.of(), new NameIndex(analysis, many).unordered(typed, new boolean[typed.size()]));
    many.add(key("whole", List.of("north", "bank", "islands"), Set.of(Lang.EN)));
    assertEquals(Map.of("whole", true), new NameIndex(analysis, many).unordered(typed, new boolean[typed.size()]));
  }

  /** A word in more names than {@link NameIndex#MAX_KEYS_OF_A_WORD} leads to none; a rarer word of the question does. */
  @Test
  void aWordInVeryManyNamesLeadsToNoneOfThem() {
    List<NameKey> keys = new ArrayList<>();
    for (int p = 0; p <= NameIndex.MAX_KEYS_OF_A_WORD; p++) {
      keys.add(key("p" + p, List.of("north", "bank", "x" + p), Set.of(Lang.EN)));
    }
    keys.add(key("q", List.of("bank", "zeta", "north"), Set.of(Lang.EN)));
    keys.add(key("r", List.of("bank", "north"), Set.of(Lang.EN)));
    NameIndex many = new NameIndex(analysis, keys);
    List<String> typed = List.of("north", "zeta", "bank");
    assertEquals(Map.of("q", true), many.unordered(typed, new boolean[3]), "found through zeta");
    List<String> x3 = List.of("x3", "north", "bank");
    assertEquals(Map.of("p3", true), many.unordered(x3, new boolean[3]), "found through x3");
    assertEquals(Map.of(), many.unordered(List.of("north", "bank"), new boolean[2]),
        "r in another order, but through words of too many names");
    assertEquals(Map.of("r", true), new NameIndex(analysis, List.of(keys.get(keys.size() - 1)))
        .unordered(List.of("north", "bank"), new boolean[2]), "among few names, found");
  }

  /** The keys starting at {@code i}, found the way the index found them before: every key of the first word compared. */
  private static List<NameKey> scan(List<NameKey> keys, List<String> tokens, int i) {
    List<NameKey> out = new ArrayList<>();
    for (NameKey key : keys) {
      int n = key.tokens().size();
      if (key.tokens().get(0).equals(tokens.get(i)) && i + n <= tokens.size()
          && tokens.subList(i, i + n).equals(key.tokens())) {
        out.add(key);
      }
    }
    return out;
  }

  /**
   * Names that share first words by the hundred, of several lengths, some keys shared by several
   * pledgers, before and after a change: the keys found at each word are those, in that order, that
   * comparing each key of the word found.
   */
  @Test
  void findsTheKeysStartingAtAWordAsComparingEachKeyDid() {
    String[] words = {"north", "south", "united", "republic", "of", "korea", "islands", "bank", "world"};
    Random random = new Random(5);
    List<NameKey> keys = sharingKeys(random, words, 600);
    NameIndex index = new NameIndex(analysis, keys);
    List<NameKey> removed = keys.subList(100, 200).stream().filter(k -> random.nextBoolean()).toList();
    List<NameKey> added = List.of(key("new", List.of("north", "korea"), Set.of(Lang.EN)),
        key("new", List.of("north"), Set.of(Lang.FR)),
        key("p7", List.of("world", "bank", "x7"), Set.of(Lang.ES)));
    List<NameKey> after = new ArrayList<>(keys);
    after.removeAll(removed);
    after.addAll(added);
    NameIndex changed = index.changed(removed, added);
    int found = 0;
    int several = 0;
    for (int q = 0; q < 3_000; q++) {
      List<String> tokens = new ArrayList<>();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        tokens.add(random.nextInt(10) == 0 ? "x" + random.nextInt(600) : words[random.nextInt(words.length)]);
      }
      for (int i = 0; i < tokens.size(); i++) {
        List<NameKey> expected = scan(keys, tokens, i);
        assertEquals(expected, index.startingAt(tokens, i), tokens + " at " + i);
        assertEquals(scan(after, tokens, i), changed.startingAt(tokens, i), tokens + " at " + i + " after the change");
        found += expected.isEmpty() ? 0 : 1;
        several += expected.stream().map(k -> k.tokens().size()).distinct().count() > 1 ? 1 : 0;
      }
    }
    assertTrue(found > 1_000 && several > 100, found + " positions with names, " + several + " of several lengths");
  }

  /**
   * The people's adjectives of {@code word}, found the way the index found them before: every key
   * whose words run together start with the word's first letters compared, in the order of the
   * whole-name map ({@code byJoined}, built here as the index builds it).
   */
  private static List<NameKey> demonymScan(NameIndex index, List<NameKey> keys, String word) {
    Map<String, List<NameKey>> byJoined = new HashMap<>();
    keys.forEach(k -> byJoined.computeIfAbsent(k.joined(), x -> new ArrayList<>()).add(k));
    List<NameKey> out = new ArrayList<>();
    if (word.length() <= NameIndex.MIN_DEMONYM_BASE || byJoined.containsKey(word)
        || keys.stream().anyMatch(k -> k.tokens().size() > 1 && String.join("", k.tokens()).equals(word))) {
      return out;
    }
    for (String ending : NameIndex.DEMONYM_ENDINGS) {
      int base = word.length() - ending.length();
      if (base >= NameIndex.MIN_DEMONYM_BASE && word.endsWith(ending)) {
        String stem = word.substring(0, base);
        byJoined.values().forEach(list -> list.forEach(key -> {
          String name = String.join("", key.tokens());
          if (name.length() - base <= NameIndex.MAX_DEMONYM_DROP && name.startsWith(stem)
              && !index.commonWord(key) && !out.contains(key)) {
            out.add(key);
          }
        }));
      }
    }
    return out;
  }

  /** Random keys of a few pledgers over a small vocabulary, so that names share words, stems and runs. */
  private static List<NameKey> sharingKeys(Random random, String[] words, int pledgers) {
    List<NameKey> keys = new ArrayList<>();
    for (int p = 0; p < pledgers; p++) {
      for (int k = random.nextInt(3); k >= 0; k--) {
        List<String> tokens = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          tokens.add(words[random.nextInt(words.length)]);
        }
        if (random.nextInt(4) == 0) {
          tokens.add("x" + p);
        }
        NameKey key = key("p" + p, List.copyOf(tokens), Set.of(Lang.values()[k % 3]));
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /**
   * Demonyms looked up by stem: the keys found for each word are those, in that order, that
   * comparing each key of its first letters found; after a change, the same keys as comparing each
   * key of the changed set (added keys come last, so only the set is compared).
   */
  @Test
  void findsDemonymsByStemAsComparingEachKeyDid() {
    String[] words = {"swed", "sweden", "niger", "nigeria", "chile", "chil", "ir", "iran", "mali", "costa", "rica"};
    Random random = new Random(7);
    List<NameKey> keys = sharingKeys(random, words, 300);
    NameIndex index = new NameIndex(analysis, keys);
    List<NameKey> removed = keys.subList(50, 150).stream().filter(k -> random.nextBoolean()).toList();
    List<NameKey> added = List.of(key("new", List.of("niger"), Set.of(Lang.EN)),
        key("new", List.of("swede", "n"), Set.of(Lang.FR)), key("p7", List.of("costa", "rica"), Set.of(Lang.ES)));
    List<NameKey> after = new ArrayList<>(keys);
    after.removeAll(removed);
    after.addAll(added);
    NameIndex changed = index.changed(removed, added);
    String[] typed = {"swedish", "swedes", "swedenian", "nigerian", "nigerien", "nigeriano", "chilean", "chileno",
        "chilienne", "iranian", "iranien", "malien", "maliano", "costaricien", "costaricano", "costaricense",
        "sweden", "niger", "irish", "chil", "swedenxx"};
    int found = 0;
    for (String word : typed) {
      List<NameKey> expected = demonymScan(index, keys, word);
      assertEquals(expected, index.demonymOf(word), word);
      assertEquals(Set.copyOf(demonymScan(changed, after, word)), Set.copyOf(changed.demonymOf(word)),
          word + " after the change");
      found += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(found >= 10, found + " words with demonyms");
  }

  /**
   * Two words are run together to look up as a name only when the hash of the two has its bit
   * among the names' (a name said in two halves, as speech-to-text writes it): every name split
   * anywhere passes, so does a name a change adds, and most pairs of everyday words do not, also
   * in an index filled by a change from empty (as a search's first sync fills it).
   */
  @Test
  void aNameSaidInTwoHalvesPassesTheHashBitsEvenAfterAChange() {
    List<NameKey> keys = new ArrayList<>();
    pledges.forEach(p -> keys.addAll(NameKey.of(analysis, p)));
    NameIndex filled = new NameIndex(analysis, List.of()).changed(List.of(), keys);
    for (NameKey key : keys) {
      String text = key.joined();
      for (int cut = 0; cut <= text.length(); cut++) {
        assertTrue(index.mayBeJoined(text.substring(0, cut), text.substring(cut)), text + " cut at " + cut);
        assertTrue(filled.mayBeJoined(text.substring(0, cut), text.substring(cut)), text + " cut at " + cut);
      }
    }
    NameKey fresh = key("fresh", List.of("zorblaxquint"), Set.of(Lang.EN));
    NameIndex before = new NameIndex(analysis, keys.subList(0, 1));
    NameIndex changed = before.changed(List.of(), List.of(fresh));
    assertTrue(changed.mayBeJoined("zorblax", "quint"), "a name a change adds");
    String[] words = {"the", "budget", "of", "our", "town", "hall", "is", "not", "public", "money", "what", "does",
        "say", "hi", "to", "me", "and", "kids", "for", "open", "data", "health", "water", "school", "road"};
    for (NameIndex names : List.of(index, filled)) {
      int passed = 0;
      int pairs = 0;
      for (String a : words) {
        for (String b : words) {
          pairs++;
          passed += names.mayBeJoined(a, b) ? 1 : 0;
        }
      }
      assertTrue(passed * 4 < pairs, passed + " of " + pairs + " pairs of everyday words pass");
    }
  }

  /** A key hashes by its id and words alone: what else it carries (languages, themes, place) hashes no more. */
  @Test
  void aKeyIsHashedByItsIdAndWordsAlone() {
    NameKey listed = key("KE", List.of("kenya"), Set.of(Lang.EN));
    NameKey known = new NameKey("KE", List.of("kenya"), Set.of(Lang.EN, Lang.FR, Lang.ES), false, false,
        List.of("kenya"), true, Set.of(Lang.FR), List.of("open-data", "fiscal-openness"), true);
    assertEquals(listed.hashCode(), known.hashCode());
    assertEquals(listed, key("KE", List.of("kenya"), Set.of(Lang.EN)));
    assertTrue(!listed.equals(known), "still told apart by all they carry");
  }

  /**
   * A change keeps the content-word lookup and the generic words as a rebuild from every key
   * would: names in another order are read alike by both.
   */
  @Test
  void aChangeReadsNamesInAnotherOrderAsARebuildDoes() {
    String[] words = {"north", "bank", "islands", "fund", "group", "working", "of", "development", "asian"};
    Random random = new Random(11);
    List<NameKey> keys = new ArrayList<>();
    for (NameKey k : sharingKeys(random, words, 200)) {
      keys.add(new NameKey(k.id(), k.tokens(), k.langs(), false, false,
          k.tokens().stream().filter(t -> !t.equals("of")).toList()));
    }
    NameIndex index = new NameIndex(analysis, keys);
    List<NameKey> removed = keys.stream().filter(k -> random.nextInt(3) == 0).toList();
    List<NameKey> added = List.of(key("new", List.of("north", "fund"), Set.of(Lang.EN)),
        key("solo", List.of("zeta", "group", "asian"), Set.of(Lang.EN)), keys.get(3));
    List<NameKey> after = new ArrayList<>(keys);
    after.removeAll(removed);
    after.addAll(added);
    NameIndex changed = index.changed(removed, added);
    NameIndex rebuilt = new NameIndex(analysis, after);
    int found = 0;
    for (int q = 0; q < 2_000; q++) {
      List<String> tokens = new ArrayList<>();
      for (int n = 2 + random.nextInt(4); n > 0; n--) {
        tokens.add(random.nextInt(8) == 0 ? "x" + random.nextInt(200) : random.nextInt(20) == 0 ? "zeta"
            : words[random.nextInt(words.length)]);
      }
      Map<String, Boolean> expected = rebuilt.unordered(tokens, new boolean[tokens.size()]);
      assertEquals(expected, changed.unordered(tokens, new boolean[tokens.size()]), tokens.toString());
      found += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(found > 100, found + " questions naming someone in another order");
  }

  /**
   * Language votes: the longest name found at a word adds, once, every language its text names a
   * pledger in (two pledgers' "korea republic" keys: English, French and Spanish once each), and
   * the shorter name inside it ("korea") adds nothing more: one name is one piece of evidence.
   */
  @Test
  void votesForTheLanguagesOfEachNameFound() {
    List<NameKey> keys = List.of(key("no", List.of("norvege"), Set.of(Lang.FR)),
        key("no", List.of("norway"), Set.of(Lang.EN)),
        key("kr", List.of("korea"), Set.of(Lang.EN)),
        key("kr", List.of("korea", "republic"), Set.of(Lang.EN, Lang.ES)),
        key("kp", List.of("korea", "republic"), Set.of(Lang.FR)));
    int[] scores = new int[Lang.values().length];
    boolean[] named = new boolean[4];
    new NameIndex(analysis, keys).nameVotes(List.of("norvege", "and", "korea", "republic"), scores, named);
    int[] expected = new int[Lang.values().length];
    expected[Lang.FR.ordinal()] = 1 + 1;
    expected[Lang.EN.ordinal()] = 1;
    expected[Lang.ES.ordinal()] = 1;
    assertEquals(Arrays.toString(expected), Arrays.toString(scores));
    assertEquals("[true, false, true, true]", Arrays.toString(named), "the tokens inside a name found");
  }

  /** The language's votes and then the question's names look its tokens up once: a reader keeps what it read. */
  @Test
  void aReaderReadsTheSameTokensOnce() {
    NameIndex.Reader reader = index.reader();
    NameIndex.Reading first = reader.reading(analysis.surface("what did Norway pledge"));
    assertSame(first, reader.reading(new ArrayList<>(analysis.surface("what did Norway pledge"))), "the same tokens");
    assertNotSame(first, reader.reading(analysis.surface("what did Norwy pledge")), "other tokens are read afresh");
  }

  /**
   * A reader's votes and names are the index's, whether the votes read the question's own tokens
   * or others (a mention left out, shorthand written out after them).
   */
  @Test
  void aReadersVotesAndNamesAreTheIndexs() {
    PledgeMatcher matcher = new PledgeMatcher(Shipped.thesaurus());
    for (String text : List.of("what did Norway pledge", "los suecos y el Banco Mundial", "the Costa Rican ministry",
        "le PNUD en Sierra Leone", "transparancy international in colmbia", "Costa Rica digo Panamá",
        "hungry in hungary", "finlandais", "la cooperación uruguayo-chilena")) {
      Question q = matcher.compile(text, Optional.empty()).compiled();
      List<String> tokens = q.surface();
      int[] expected = new int[Lang.values().length];
      boolean[] expectedNamed = new boolean[tokens.size()];
      boolean expectedTypo = index.nameVotes(tokens, expected, expectedNamed);
      NameIndex.Reader same = index.reader();
      int[] scores = new int[Lang.values().length];
      boolean[] named = new boolean[tokens.size()];
      assertEquals(expectedTypo, same.addTo(tokens, scores, named), text);
      assertEquals(Arrays.toString(expected), Arrays.toString(scores), text);
      assertEquals(Arrays.toString(expectedNamed), Arrays.toString(named), text);
      assertEquals(index.match(q).toString(), same.match(q).toString(), text);
      NameIndex.Reader other = index.reader();
      List<String> around = analysis.surface("bonjour");
      other.addTo(around, new int[Lang.values().length], new boolean[around.size()]);
      assertEquals(index.match(q).toString(), other.match(q).toString(), text);
    }
  }

  /**
   * A reader makes each typo run's text once: the shingles it hands the compiler are the runs its
   * votes made of the same tokens (the same strings), and they are the index's shingles.
   */
  @Test
  void aReadersShinglesAreTheRunsItsVotesMade() {
    java.util.function.Predicate<String> none = w -> false;
    for (String text : List.of("transparancy international in colmbia", "sierra leon and the world bank")) {
      List<String> tokens = analysis.surface(text);
      NameIndex.Reader reader = index.reader();
      reader.addTo(tokens, new int[Lang.values().length], new boolean[tokens.size()]);
      List<NameIndex.Shingle> shingles = reader.shingles(analysis, tokens, none);
      assertEquals(NameIndex.shingles(analysis, tokens, none), shingles, text);
      NameIndex.Reading reading = reader.reading(tokens);
      for (NameIndex.Shingle s : shingles) {
        // a word one letter short of a typo is a name only with a letter lost, no run of the votes
        if (!s.belowTypo()) {
          assertSame(reading.run(s.at(), s.words()), s.text(), s.toString());
        }
      }
      assertTrue(shingles.stream().anyMatch(s -> s.words() > 1), text);
    }
  }

  /**
   * A reading's two words read together, the people's adjective they run into and the names near
   * them with a space between, are the index's, worked out once: the match asks them twice in a
   * question naming no theme.
   */
  @Test
  void aReadingReadsAPairOnce() {
    List<String> tokens = analysis.surface("the costa rican ministry of la paz");
    NameIndex.Reading reading = index.reader().reading(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      NameIndex.Demonym pair = reading.pairDemonym(i);
      assertEquals(index.demonym(tokens.get(i) + tokens.get(i + 1)), pair, tokens.get(i));
      assertSame(pair, reading.pairDemonym(i), tokens.get(i));
      if (!analysis.isStop(tokens.get(i)) && !analysis.isStop(tokens.get(i + 1))) {
        List<String> near = reading.nearPair(i);
        assertEquals(index.reader().reading(tokens).nearPair(i), near, tokens.get(i));
        assertSame(near, reading.nearPair(i), tokens.get(i));
      }
    }
    assertTrue(!reading.pairDemonym(1).keys().isEmpty(), "costa rican");
  }

  /**
   * A reading's stopwords, looked up once per token for the votes, the match and the typo runs,
   * are the analysis' of each token, asked in any order and again.
   */
  @Test
  void aReadingsStopwordsAreTheAnalysiss() {
    List<String> tokens = analysis.surface("what did the ministry of la paz pledge for open data");
    NameIndex.Reading reading = index.reader().reading(tokens);
    assertTrue(tokens.stream().anyMatch(analysis::isStop) && !tokens.stream().allMatch(analysis::isStop));
    for (int pass = 0; pass < 2; pass++) {
      for (int i = tokens.size() - 1; i >= 0; i--) {
        assertEquals(analysis.isStop(tokens.get(i)), reading.stop(i), tokens.get(i));
      }
    }
  }

  /**
   * A later sentence that names nobody, points back to the one pledger named before and asks what it
   * pledged, for its help or how to reach it, is about that pledger; an everyday ask pointing back,
   * or two pledgers named before, is not read so.
   */
  @Test
  void aLaterSentencePointingBackAsksOfTheOnePledgerNamedBefore() {
    PledgeMatcher matcher = new PledgeMatcher(Shipped.thesaurus());
    java.util.function.Function<String, Map<String, Boolean>> match =
        text -> index.match(matcher.compile(text, Optional.empty()).compiled());
    assertEquals(Boolean.TRUE, match.apply("Hivos runs workshops for bloggers. Could they help our collective?").get("hivos"));
    assertEquals(Boolean.TRUE, match.apply("L'Indonésie a organisé une conférence. Que propose ce pays ?").get("ID"));
    assertEquals(Boolean.TRUE, match.apply("Mi parroquia apoyaba a Oxfam. ¿Cómo podemos contactarlos?").get("oxfam"));
    assertFalse(match.apply("We spent a week in Indonesia. Can they suggest a cheap restaurant?").getOrDefault("ID", false));
  }

  /** The names the shipped index reads in {@code text}, analysed as search analyses it. */
  private static Map<String, Boolean> names(String text) {
    PledgeMatcher matcher = new PledgeMatcher(Shipped.thesaurus());
    return index.match(matcher.compile(text, Optional.empty()).compiled());
  }

  /**
   * A hedge between a name and its verb ("apparently", "apparemment", "aparentemente") says how sure the
   * teller is: the verb is still the name's, read as right beside it. A modal reached past a hedge is no
   * such verb (a match one could win), nor is an everyday thing the name's verb is told of.
   */
  @Test
  void aHedgeBetweenANameAndItsVerbIsPassedOver() {
    assertEquals(Boolean.TRUE, names("Hivos apparently supports groups that map water points.").get("hivos"));
    assertEquals(Boolean.TRUE, names("Oxfam reportedly funds collectives that clean rivers.").get("oxfam"));
    assertFalse(names("Chile probablemente podría ganarle a Perú esta noche").getOrDefault("CL", false));
    assertFalse(names("Hivos apparently supports the choir my cousin sings in.").getOrDefault("hivos", false));
  }

  /**
   * A message written as a subject line, a pledger named then a request set apart ("X, request for a
   * short call"), puts its errand to the pledger whatever the request's adjectives; a request of the
   * asker's own (a visa, a family holiday) is not one put to the pledger, nor a request with no
   * pledger named first.
   */
  @Test
  void aSubjectLinePutsItsRequestToThePledgerNamedFirst() {
    assertEquals(Boolean.TRUE, names("Hivos, request for a brief introductory call").get("hivos"));
    assertEquals(Boolean.TRUE, names("Oxfam, demande d'un échange rapide en visio").get("oxfam"));
    assertEquals(Boolean.TRUE, names("Cancillería de Chile, solicitud de una reunión corta").get("CL"));
    assertFalse(names("Chile, request for a student visa").getOrDefault("CL", false));
    assertFalse(names("Greece, request for a family holiday cottage").getOrDefault("GR", false));
  }

  /**
   * A pledger is pointed back to by a verb of talking with the one named before, by the last clause of
   * a message of one sentence, through French inversion's "t" or a commitment taken on; a message that
   * tells of private life (a brother) talks to its own people.
   */
  @Test
  void aPledgerIsPointedBackToByTalkingByAClauseAndByInversion() {
    assertEquals(Boolean.TRUE, names("Hivos sounds like a good fit, I want to talk to them").get("hivos"));
    assertEquals(Boolean.TRUE, names("Oxfam a l'air sérieux. Je voudrais leur parler.").get("oxfam"));
    assertEquals(Boolean.TRUE, names("Le Mexique a accueilli le sommet. Qu'a-t-il promis ?").get("MX"));
    assertEquals(Boolean.TRUE, names("Mi hermana vive en Finlandia. ¿Qué compromiso asumió ese país?").get("FI"));
    assertFalse(names("My brother lives in Ireland. Can I talk to them?").getOrDefault("IE", false));
    assertFalse(names("We spent a week in Indonesia, can we talk to them about a cheap hotel?").getOrDefault("ID", false));
  }

  /**
   * In a message of one sentence typed with no punctuation inside it, the clause after its last
   * conjunction asks of the pledger named before, and the asker's own side after "my" ("my director
   * wants to meet them") asks as "we" does, where the message tells of the field before the ask (an
   * offer, a budget, a reform); a match, a hotel or a campsite told before leaves it the people met.
   */
  @Test
  void aJoinedClauseAndTheAskersOwnSideAskOfAPledgerToldOfTheField() {
    assertEquals(Boolean.TRUE, names("the Norwegians offered help on lobbying and my director wants to meet them").get("NO"));
    assertEquals(Boolean.TRUE, names("Los uruguayos ofrecieron apoyo y mi jefe quiere reunirse con ellos").get("UY"));
    assertEquals(Boolean.TRUE, names("Les Norvégiens ont proposé une aide, ma cheffe voudrait les rencontrer.").get("NO"));
    assertFalse(names("the Norwegians at the hotel were friendly and my boss wants to talk to them").getOrDefault("NO", false));
    assertFalse(names("we played the Swedes in the final and my coach wants to meet them").getOrDefault("SE", false));
    assertFalse(names("los italianos del camping eran simpáticos y mi jefe quiere hablar con ellos").getOrDefault("IT", false));
  }

  /**
   * A story of colleagues' work told of a people (a method shown at a forum), no word of private life
   * anywhere, lets the asker's own side ask of them as a story of the field does; a word of private
   * life anywhere (a wedding, a cousin) leaves them the people met.
   */
  @Test
  void theAskersOwnSideAsksOfAPeopleWhereTheMessageTellsNoPrivateLife() {
    assertEquals(Boolean.TRUE, names("The Finns described their approach at a seminar; my director asked me to contact them.").get("FI"));
    assertEquals(Boolean.TRUE, names("Les Irlandais ont montré leur démarche à un colloque et ma cheffe veut qu'on les contacte.").get("IE"));
    assertEquals(Boolean.TRUE, names("Los uruguayos mostraron su enfoque en un taller y mi jefe quiere que los contactemos.").get("UY"));
    assertFalse(names("The Finns danced all night at my cousin's wedding; my director asked me to contact them.").getOrDefault("FI", false));
  }

  /**
   * An ask pointing back followed by when it is wanted by (a day, the asker's own meeting) asks of the
   * pledger named before; a word of private life after the deadline makes it another question.
   */
  @Test
  void anAskPointingBackWithADeadlineStillAsksOfThePledger() {
    assertEquals(Boolean.TRUE, names("Apparently in Uruguay the archives are open to all. I'd like to speak with them before our workshop on Tuesday.").get("UY"));
    assertEquals(Boolean.TRUE, names("Il paraît qu'en Irlande les mairies publient leurs comptes. Je voudrais leur parler avant notre séminaire de lundi.").get("IE"));
    assertEquals(Boolean.TRUE, names("Dicen que en Chile los archivos son abiertos. Quiero hablar con ellos antes del taller del martes.").get("CL"));
    assertFalse(names("We loved Ireland last year. I'd like to speak with them before my wedding.").getOrDefault("IE", false));
  }

  /**
   * After a verb of talking with the pledger pointed back to, everyday words of the asker's own sector
   * are what he would talk of; a word of private life there makes it another question.
   */
  @Test
  void theAskersOwnMattersAfterAVerbOfTalkingStillAskOfThePledger() {
    assertEquals(Boolean.TRUE, names("¿Figura Chile en la lista? Queremos hablar de ferias de barrio con ellos.").get("CL"));
    assertFalse(names("Chile nos encantó en enero. Queremos hablar de la boda con ellos.").getOrDefault("CL", false));
  }

  /**
   * A noun of an offer before a country's name, past function words and a cooperation's noun, in a
   * long message of everyday words, is that pledger's offer; an offer of a thing between them is not.
   */
  @Test
  void anOfferBeforeACountrysNameIsThePledgersOffer() {
    assertEquals(Boolean.TRUE, names("La Dirección agradecería recibir los detalles de la oferta de cooperación de Uruguay y sus enlaces designados.").get("UY"));
    assertEquals(Boolean.TRUE, names("Le service souhaiterait recevoir le détail de l'offre de coopération de l'Irlande et ses correspondants.").get("IE"));
    assertFalse(names("Mi tío encontró una oferta de vinos de Chile en el súper y compró tres cajas.").getOrDefault("CL", false));
  }

  /**
   * An adverb of the place named before ("someone there", "alguien de allí") points back to that
   * country in a message telling no private life; "is there" asks nothing of it, and a relative's
   * life there is hers.
   */
  @Test
  void anAdverbOfThePlaceNamedBeforePointsBackToTheCountry() {
    assertEquals(Boolean.TRUE, names("Does Ireland take part? I'd like to talk with someone there about farm cooperatives.").get("IE"));
    assertEquals(Boolean.TRUE, names("Uruguay participa? Quiero conversar con alguien de allí sobre ferias vecinales.").get("UY"));
    assertFalse(names("My niece moved to Ireland and she wants to find work there.").getOrDefault("IE", false));
  }

  /**
   * A people's listed word after an article with nothing everyday told of it, a commitment taken on
   * being no everyday word, is the country; beside an everyday thing it stays an adjective.
   */
  @Test
  void aListedPeopleWordAfterAnArticleWithACommitmentTakenOnIsTheCountry() {
    assertEquals(Boolean.TRUE, names("the Irish made a pledge, who do I contact there?").get("IE"));
    assertEquals(Boolean.TRUE, names("les Néerlandais ont pris quel engagement ?").get("NL"));
    assertFalse(names("the Irish pub near the office, is it open tonight?").containsKey("IE"));
  }

  /** An everyday word standing alone as a pledge's subject is the country it is one letter from. */
  @Test
  void anEverydayWordAsAPledgesSubjectIsTheCountryItIsOneLetterFrom() {
    assertTrue(names("what did hungry pledge to other countries?").containsKey("HU"));
    assertFalse(names("I'm so hungry, is the canteen still open?").containsKey("HU"));
    assertFalse(names("did hungry children get their lunch?").containsKey("HU"));
  }

  /** An acronym in small letters set apart at the message's head names its pledger whatever follows. */
  @Test
  void anAcronymSetApartAtTheHeadNamesItsPledger() {
    assertEquals(Boolean.TRUE, names("oecd, integrity reviews?").get("oecd"));
    assertEquals(Boolean.TRUE, names("ocde, examen de l'intégrité").get("oecd"));
    assertFalse(names("one, two or three coffees for the team?").containsKey("one"));
  }

  /** A people's adjective whose own state a possessive points back to later, asked about, names that state. */
  @Test
  void aPeoplesAdjectiveWhoseOwnGovernmentIsPointedBackToNamesTheState() {
    assertEquals(Boolean.TRUE,
        names("a Chilean company told us its government helps other countries, what kind of help is it?").get("CL"));
    assertEquals(Boolean.TRUE,
        names("una empresa colombiana nos contó que su gobierno ayuda a otros países, ¿en qué?").get("CO"));
    assertFalse(names("a Swedish firm makes our office chairs, which model is the most comfortable?").containsKey("SE"));
    assertFalse(names("una empresa chilena vende vino, ¿dónde lo compro?").containsKey("CL"));
  }

  /** A body's title typed with capitals between its head and the country that owns it names that country. */
  @Test
  void aBodysTitleTypedWithCapitalsLeadsToTheCountryThatOwnsIt() {
    assertEquals(Boolean.TRUE,
        names("Nous souhaitons rencontrer la Commission présidentielle pour la transparence du Guatemala").get("GT"));
    assertEquals(Boolean.TRUE,
        names("Queremos una reunión con el Departamento de Presupuesto y Gestión de Filipinas").get("PH"));
    assertFalse(names("the sales office of a small shop in Colombia sells coffee, which brand is best?").containsKey("CO"));
  }
}
