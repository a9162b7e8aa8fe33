package org.pledgebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shipped pledge files as plain JSON, independently of the parser (which ignores
 * fields and languages it does not know): Spanish texts, sources, basis, contact addresses.
 * The facts and the allowed source URLs are those of the project's corpus facts (S2 to S6).
 */
class CorpusDataTest {

  static final Path PLEDGES = Path.of("index/pledges");

  /** S2: the OGP story every file relies on, also the fallback contact address. */
  static final String STORY =
      "https://www.opengovpartnership.org/stories/countries-and-ogp-partners-detail-their-pledge-to-support-peers";

  /**
   * S3: the copy of the OGP Support Unit's peer-exchange update. The corpus facts give it as
   * plain http, and source URLs are used exactly as given, so it is the one non-https source.
   */
  static final String PEER_EXCHANGE_UPDATE = "http://studylib.net/doc/7218624/bilateral-peer-exchange-update";

  /** The only URLs a file may cite in {@code sources} (S2 to S6; S1 is a local copy of S2). */
  static final Set<String> ALLOWED_SOURCES = Set.of(
      STORY,
      PEER_EXCHANGE_UPDATE,
      "https://www.iadb.org/en/news/announcements/2013-10-30/open-government-partnership%2C10626.html",
      "https://blogs.adb.org/blog/partnership-more-open-accountable-governments",
      "https://blog.raulza.me/ogp-commitments/");

  static final Pattern OGP_MEMBER_PAGE =
      Pattern.compile("https://www\\.opengovpartnership\\.org/members/[a-z]+(-[a-z]+)*/");

  /** The documented key order; a file may leave optional keys out but not reorder them. */
  static final List<String> KEY_ORDER = List.of(
      "id", "kind", "name", "aliases", "themes", "pledge", "contact", "sources", "basis", "published");

  static final List<String> LANGUAGE_ORDER = List.of("en", "fr", "es");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, JsonNode> files;

  @BeforeAll
  static void read() throws IOException {
    files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(PLEDGES)) {
      for (Path file : list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        files.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
      }
    }
    assertFalse(files.isEmpty(), "no pledge files in " + PLEDGES);
  }

  /** Runs {@code check} on every file and fails once, naming every file that broke the rule. */
  private static void eachFile(BiConsumer<JsonNode, List<String>> check) {
    List<String> problems = new ArrayList<>();
    files.forEach((name, root) -> {
      List<String> mine = new ArrayList<>();
      check.accept(root, mine);
      mine.forEach(p -> problems.add(name + ": " + p));
    });
    assertEquals(List.of(), problems);
  }

  private static String kind(JsonNode root) {
    return root.path("kind").asText("");
  }

  private static boolean nonBlankText(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank();
  }

  @Test
  void everyFileHasASpanishNameAndPledge() {
    eachFile((root, problems) -> {
      if (!nonBlankText(root.path("name").path("es"))) {
        problems.add("name.es missing or blank");
      }
      if (!nonBlankText(root.path("pledge").path("es"))) {
        problems.add("pledge.es missing or blank");
      }
    });
  }

  @Test
  void keysFollowTheDocumentedOrderAndSpanishComesAfterFrench() {
    eachFile((root, problems) -> {
      if (!inOrder(root.fieldNames(), KEY_ORDER)) {
        problems.add("keys out of the documented order " + KEY_ORDER);
      }
      for (String map : List.of("name", "aliases", "pledge")) {
        JsonNode node = root.path(map);
        if (node.isObject() && !inOrder(node.fieldNames(), LANGUAGE_ORDER)) {
          problems.add(map + ": languages out of the order " + LANGUAGE_ORDER);
        }
      }
    });
  }

  /** True if every name is known and they come in the order of {@code order}. */
  private static boolean inOrder(Iterator<String> names, List<String> order) {
    int last = -1;
    while (names.hasNext()) {
      int at = order.indexOf(names.next());
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }

  @Test
  void sourcesAreAListOfKnownSourceUrls() {
    eachFile((root, problems) -> {
      JsonNode sources = root.path("sources");
      if (!sources.isArray() || sources.isEmpty()) {
        problems.add("sources must be a non-empty list");
        return;
      }
      Set<String> seen = new HashSet<>();
      for (JsonNode source : sources) {
        String url = source.asText("");
        if (!source.isTextual() || !ALLOWED_SOURCES.contains(url)) {
          problems.add("source " + source + " is not one of the known source URLs");
        } else if (!url.startsWith("https://") && !url.equals(PEER_EXCHANGE_UPDATE)) {
          problems.add("source " + url + " is not https");
        }
        if (!seen.add(url)) {
          problems.add("source " + url + " listed twice");
        }
      }
      if (!seen.contains(STORY)) {
        problems.add("sources must include the OGP story (S2)");
      }
    });
  }

  @Test
  void noFileKeepsTheOldSourceField() {
    eachFile((root, problems) -> {
      if (root.has("source")) {
        problems.add("has the old 'source' field; use 'sources'");
      }
    });
  }

  @Test
  void basisIsInferredExactlyForWorkingGroupsAndMultilateralPartners() {
    eachFile((root, problems) -> {
      String basis = root.path("basis").asText("");
      String expected = switch (kind(root)) {
        case "working_group", "multilateral" -> "inferred";
        default -> "stated";
      };
      if (!basis.equals(expected)) {
        problems.add("basis \"" + basis + "\" for kind " + kind(root) + ", expected \"" + expected + "\"");
      }
    });
  }

  @Test
  void contactIsTheStoryAMemberPageOrAHomePage() {
    eachFile((root, problems) -> {
      JsonNode node = root.path("contact").path("url");
      if (!node.isTextual()) {
        problems.add("contact.url missing");
        return;
      }
      String url = node.asText();
      if (!url.startsWith("https://")) {
        problems.add("contact.url " + url + " is not https");
      } else if (url.equals(STORY)) {
        return;
      } else if (kind(root).equals("country")) {
        if (!OGP_MEMBER_PAGE.matcher(url).matches()) {
          problems.add("contact.url " + url + " of a country must be its OGP /members/ page or the story");
        }
      } else if (kind(root).equals("civil_society") || kind(root).equals("multilateral")) {
        if (!isHomePage(url)) {
          problems.add("contact.url " + url + " of an organisation must be its home page (no path) or the story");
        }
      } else {
        problems.add("contact.url " + url + " of a " + kind(root) + " must be the story");
      }
    });
  }

  private static boolean isHomePage(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getRawPath();
      return uri.getHost() != null && !uri.getHost().endsWith("opengovpartnership.org")
          && (path == null || path.isEmpty() || path.equals("/"))
          && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void fiveWorkingGroupsAndFiveMultilateralPartners() {
    Map<String, Integer> byKind = new LinkedHashMap<>();
    files.values().forEach(root -> byKind.merge(kind(root), 1, Integer::sum));
    assertEquals(5, byKind.getOrDefault("working_group", 0), "working groups: " + byKind);
    assertEquals(5, byKind.getOrDefault("multilateral", 0), "multilateral partners: " + byKind);
  }
}
