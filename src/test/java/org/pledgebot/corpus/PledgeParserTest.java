package org.pledgebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PledgeParserTest {

  static Thesaurus thesaurus;

  @TempDir Path dir;

  @BeforeAll
  static void loadThesaurus() throws CorpusException {
    thesaurus = Thesaurus.load(Path.of("config/themes.json"));
  }

  static final String VALID = """
      {
        "id": "GB",
        "kind": "country",
        "name": {"en": "United Kingdom", "fr": "Royaume-Uni"},
        "aliases": {"en": ["UK"], "fr": ["R.-U."]},
        "themes": ["open-data"],
        "pledge": {"en": "Shares open data experience.", "fr": "Partage son expérience des données ouvertes."},
        "contact": {"url": "https://example.org/gb"},
        "source": "https://example.org/story",
        "published": "2014-09-24",
        "extra": "optional fields are welcome"
      }
      """;

  Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  String reason(String name, String json) throws IOException {
    Path file = write(name, json);
    CorpusException e = assertThrows(CorpusException.class, () -> new PledgeParser(thesaurus).parse(file));
    assertEquals(file, e.problem().file());
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    return e.problem().reason();
  }

  @Test
  void readsEveryField() throws Exception {
    Pledge p = new PledgeParser(thesaurus).parse(write("GB.json", VALID));
    assertEquals("GB", p.id());
    assertEquals(Kind.COUNTRY, p.kind());
    assertEquals("Royaume-Uni", p.name(Lang.FR));
    assertEquals(List.of("UK"), p.aliases(Lang.EN));
    assertEquals(List.of("open-data"), p.themes());
    assertEquals("https://example.org/gb", p.url().orElseThrow());
    assertEquals("2014-09-24", p.published().orElseThrow().toString());
    assertEquals(List.of("https://example.org/story"), p.sources());
    assertEquals(Basis.STATED, p.basis());
  }

  static final String SPANISH = """
      {
        "id": "MX",
        "kind": "country",
        "name": {"en": "Mexico", "fr": "Mexique", "es": "México"},
        "aliases": {"es": ["Estados Unidos Mexicanos"], "de": ["Mexiko"]},
        "themes": ["access-to-information"],
        "pledge": {"en": "Shares its experience.", "es": "Comparte su experiencia.", "it": "Condivide."},
        "sources": ["https://example.org/story", "http://example.org/summit"],
        "basis": "inferred"
      }
      """;

  @Test
  void readsSpanishSourcesAndBasis() throws Exception {
    Pledge p = new PledgeParser(thesaurus).parse(write("MX.json", SPANISH));
    assertEquals("México", p.name(Lang.ES));
    assertEquals(List.of("Estados Unidos Mexicanos"), p.aliases(Lang.ES));
    assertTrue(p.hasText(Lang.ES));
    assertEquals("Comparte su experiencia.", p.text(Lang.ES));
    assertEquals(Lang.ES, p.textLang(Lang.ES));
    assertEquals(List.of("https://example.org/story", "http://example.org/summit"), p.sources());
    assertEquals(Basis.INFERRED, p.basis());
  }

  @Test
  void unknownLanguageKeysAreIgnored() throws Exception {
    Pledge p = new PledgeParser(thesaurus).parse(write("MX.json", SPANISH));
    assertEquals(Set.of(Lang.EN, Lang.ES), p.pledge().keySet());
    assertEquals(Set.of(Lang.ES), p.aliases().keySet());
  }

  @Test
  void aFileWithoutSpanishFallsBackToEnglish() throws Exception {
    Pledge p = new PledgeParser(thesaurus).parse(write("GB.json", VALID));
    assertFalse(p.hasText(Lang.ES));
    assertEquals(Lang.EN, p.textLang(Lang.ES));
    assertEquals("Shares open data experience.", p.text(Lang.ES));
    assertEquals("United Kingdom", p.name(Lang.ES));
    assertEquals(List.of(), p.aliases(Lang.ES));
  }

  @Test
  void basisMustBeAString() throws Exception {
    assertTrue(reason("MX.json", SPANISH.replace("\"inferred\"", "3")).contains("basis must be a non-empty string"));
  }

  @Test
  void sourcesMustBeHttpAddresses() throws Exception {
    String reason = reason("MX.json", SPANISH.replace("\"http://example.org/summit\"", "\"ftp://example.org/summit\""));
    assertTrue(reason.contains("sources[1] \"ftp://example.org/summit\" must be an http(s) URL"), reason);
    assertTrue(reason("MX.json", SPANISH.replace("\"http://example.org/summit\"", "\"the summit\""))
        .contains("sources[1] \"the summit\""));
    assertTrue(reason("MX.json", SPANISH.replace("[\"https://example.org/story\", \"http://example.org/summit\"]",
        "\"https://example.org/story\"")).contains("sources must be an array"));
  }

  @Test
  void sourceAndSourcesTogetherAreAnError() throws Exception {
    String reason = reason("MX.json", SPANISH.replace("\"basis\"", "\"source\": \"https://example.org/one\", \"basis\""));
    assertTrue(reason.contains("sources") && reason.contains("source (one address), not both"), reason);
  }

  @Test
  void theOldSingleSourceIsStillRead() throws Exception {
    Pledge p = new PledgeParser(thesaurus).parse(write("GB.json", VALID));
    assertEquals(List.of("https://example.org/story"), p.sources());
    assertTrue(reason("GB.json", VALID.replace("\"https://example.org/story\"", "\"story\"")).contains("source \"story\""));
  }

  @Test
  void frenchIsOptionalAndFallsBackToEnglish() throws Exception {
    Pledge p = new PledgeParser(thesaurus).parse(write("one.json", """
        {"id": "one", "kind": "civil_society", "name": {"en": "ONE"}, "themes": ["budget-transparency"],
         "pledge": {"en": "Budget data online."}}
        """));
    assertFalse(p.hasText(Lang.FR));
    assertEquals("Budget data online.", p.text(Lang.FR));
    assertEquals("ONE", p.name(Lang.FR));
    assertTrue(p.url().isEmpty());
  }

  @Test
  void basisIsStatedUnlessTheFileSaysInferredAndNothingElse() throws Exception {
    PledgeParser parser = new PledgeParser(thesaurus);
    assertEquals(Basis.STATED, parser.parse(write("GB.json", VALID)).basis());
    String inferred = VALID.replace("\"themes\":", "\"basis\": \"inferred\", \"themes\":");
    assertEquals(Basis.INFERRED, parser.parse(write("GB.json", inferred)).basis());
    String reason = reason("GB.json", VALID.replace("\"themes\":", "\"basis\": \"guessed\", \"themes\":"));
    assertTrue(reason.contains("basis \"guessed\" must be stated or inferred"), reason);
  }

  @Test
  void syntaxErrorsGiveLineAndColumn() throws Exception {
    String reason = reason("GB.json", "{\n  \"id\": \"GB\",\n  \"kind\": country\n}");
    assertTrue(reason.contains("invalid JSON at line 3, column"), reason);
  }

  @Test
  void aTruncatedFileSaysWhereItEndsWithoutJacksonsSourceNote() throws Exception {
    String reason = reason("GB.json", "{\"id\": \"GB\",\n \"kind\": \"country\"");
    assertEquals("invalid JSON at line 2, column 19: Unexpected end-of-input: expected close marker for Object",
        reason);
  }

  @Test
  void unknownKind() throws Exception {
    String reason = reason("GB.json", VALID.replace("\"country\"", "\"nation\""));
    assertTrue(reason.contains("unknown kind \"nation\""), reason);
  }

  @Test
  void missingRequiredFields() throws Exception {
    assertTrue(reason("GB.json", VALID.replace("\"id\": \"GB\",", "")).contains("missing required field id"));
    assertTrue(reason("GB.json", VALID.replace("\"en\": \"United Kingdom\", ", "")).contains("missing required field name.en"));
    assertTrue(reason("GB.json", VALID.replace("\"themes\": [\"open-data\"],", "")).contains("missing required field themes"));
    assertTrue(reason("GB.json", VALID.replace("\"en\": \"Shares open data experience.\", ", ""))
        .contains("missing required field pledge.en"));
    assertTrue(reason("GB.json", VALID.replace("[\"open-data\"]", "[]")).contains("at least one theme"));
  }

  @Test
  void unknownThemeId() throws Exception {
    String reason = reason("GB.json", VALID.replace("[\"open-data\"]", "[\"open-data\", \"cooking\"]"));
    assertTrue(reason.contains("unknown theme id \"cooking\""), reason);
  }

  @Test
  void idMustMatchFileName() throws Exception {
    String reason = reason("UK.json", VALID);
    assertTrue(reason.contains("id \"GB\" does not match the file name (expected \"UK\")"), reason);
  }

  @Test
  void idFormatDependsOnKind() throws Exception {
    assertTrue(reason("gb.json", VALID.replace("\"GB\"", "\"gb\"")).contains("ISO 3166-1 alpha-2"));
    String slug = VALID.replace("\"GB\"", "\"World Bank\"").replace("\"country\"", "\"multilateral\"");
    assertTrue(reason("World Bank.json", slug).contains("lowercase slug"));
  }

  @Test
  void wrongTypesAndValuesAreNamed() throws Exception {
    assertTrue(reason("GB.json", VALID.replace("\"2014-09-24\"", "\"24/09/2014\"")).contains("published \"24/09/2014\""));
    assertTrue(reason("GB.json", VALID.replace("\"https://example.org/gb\"", "\"javascript:alert(1)\""))
        .contains("contact.url"));
    assertTrue(reason("GB.json", VALID.replace("[\"UK\"]", "\"UK\"")).contains("aliases.en must be an array"));
    assertTrue(reason("GB.json", "[1, 2]").contains("top level must be a JSON object"));
    assertTrue(reason("GB.json", "").contains("empty"));
  }

  @Test
  void duplicateKeysAreRejected() throws Exception {
    String reason = reason("GB.json", VALID.replace("\"kind\": \"country\",", "\"kind\": \"country\", \"kind\": \"country\","));
    assertTrue(reason.contains("Duplicate field 'kind'"), reason);
  }

  @Test
  void hugeFilesAreRejectedWithoutReading() throws Exception {
    String reason = reason("GB.json", VALID.replace("optional fields are welcome", "x".repeat(2 << 20)));
    assertTrue(reason.contains("over the limit"), reason);
  }

  @Test
  void directoryReadKeepsGoodFilesAndNamesBadOnes() throws Exception {
    write("GB.json", VALID);
    write("FR.json", "{ not json");
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("more/GB.json"), VALID);
    write(".GB.json.tmp", "{");
    write("notes.txt", "ignored");
    Corpus corpus = new CorpusReader(thesaurus).read(dir);
    assertEquals(List.of("GB"), corpus.pledges().stream().map(Pledge::id).toList());
    Map<String, String> problems = new java.util.TreeMap<>();
    corpus.problems().forEach(p -> problems.put(dir.relativize(p.file()).toString(), p.reason()));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get("FR.json").startsWith("invalid JSON at line 1"));
    assertTrue(problems.get("more/GB.json").startsWith("duplicate id \"GB\""));
  }

  @Test
  void theShippedCorpusIsValid() throws Exception {
    Corpus corpus = new CorpusReader(thesaurus).read(Path.of("index/pledges"));
    assertEquals(List.of(), corpus.problems());
    assertEquals(51, corpus.pledges().size());
    Map<Kind, Long> byKind = new java.util.EnumMap<>(Kind.class);
    corpus.pledges().forEach(p -> byKind.merge(p.kind(), 1L, Long::sum));
    assertEquals(Map.of(Kind.COUNTRY, 28L, Kind.CIVIL_SOCIETY, 13L, Kind.WORKING_GROUP, 5L, Kind.MULTILATERAL, 5L), byKind);
    assertTrue(corpus.pledges().stream().allMatch(p -> p.hasText(Lang.FR)), "every shipped pledge has French");
    assertTrue(corpus.pledges().stream().allMatch(p -> p.hasText(Lang.ES)), "every shipped pledge has Spanish");
    assertTrue(corpus.pledges().stream().noneMatch(p -> p.sources().isEmpty()), "every shipped pledge cites a source");
  }
}
