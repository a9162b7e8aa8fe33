package org.pledgebot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multilingual theme thesaurus of {@code config/themes.json}: the contact areas, in file order,
 * each with a label, synonyms, vocabulary, {@code needs_context} entries and {@code sectors} (the
 * vocabulary that names a sector of public action) per {@link Lang}, and whether it is a {@code frame}
 * (a process holding commitments of any other theme, {@link Theme#frame}).
 */
public final class Thesaurus {

  private final Map<String, Theme> byId;

  public Thesaurus(List<Theme> themes) {
    Map<String, Theme> map = new LinkedHashMap<>();
    for (Theme theme : themes) {
      if (map.putIfAbsent(theme.id(), theme) != null) {
        throw new IllegalArgumentException("duplicate theme id \"" + theme.id() + "\"");
      }
    }
    this.byId = map;
  }

  /** Reads and checks a thesaurus file. */
  public static Thesaurus load(Path file) throws CorpusException {
    return fromJson(file, Json.read(file));
  }

  /** Reads the thesaurus shipped inside the jar, for a working directory without {@code config/}. */
  public static Thesaurus embedded() throws CorpusException {
    Path name = Path.of("classpath:themes.json");
    try (var in = Thesaurus.class.getResourceAsStream("/themes.json")) {
      if (in == null) {
        throw new CorpusException(name, "not found in the jar: rebuild it");
      }
      return fromJson(name, Json.parse(name, in.readAllBytes()));
    } catch (java.io.IOException e) {
      throw new CorpusException(name, "cannot read: " + e.getMessage());
    }
  }

  private static Thesaurus fromJson(Path file, JsonNode root) throws CorpusException {
    if (!root.isArray() || root.isEmpty()) {
      throw new CorpusException(file, "must be a non-empty JSON array of themes");
    }
    List<Theme> themes = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root) {
      themes.add(theme(file, node, index++));
    }
    try {
      return new Thesaurus(themes);
    } catch (IllegalArgumentException e) {
      throw new CorpusException(file, e.getMessage());
    }
  }

  private static Theme theme(Path file, JsonNode node, int index) throws CorpusException {
    String where = "theme #" + (index + 1);
    String id = node.path("id").asText("");
    if (id.isBlank()) {
      throw new CorpusException(file, where + ": missing id");
    }
    Map<Lang, String> label = new EnumMap<>(Lang.class);
    Map<Lang, List<String>> synonyms = new EnumMap<>(Lang.class);
    Map<Lang, List<String>> vocabulary = new EnumMap<>(Lang.class);
    Map<Lang, List<String>> needsContext = new EnumMap<>(Lang.class);
    Map<Lang, List<String>> sectors = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      JsonNode text = node.path("label").path(lang.code());
      if (text.isTextual() && !text.asText().isBlank()) {
        label.put(lang, text.asText().strip());
      }
      List<String> words = new ArrayList<>();
      node.path("synonyms").path(lang.code()).forEach(w -> words.add(w.asText().strip()));
      words.removeIf(String::isBlank);
      synonyms.put(lang, List.copyOf(words));
      List<String> related = new ArrayList<>();
      node.path("vocabulary").path(lang.code()).forEach(w -> related.add(w.asText().strip()));
      related.removeIf(String::isBlank);
      vocabulary.put(lang, List.copyOf(related));
      List<String> weak = new ArrayList<>();
      for (JsonNode w : node.path("needs_context").path(lang.code())) {
        if (!words.contains(w.asText().strip()) && !related.contains(w.asText().strip())) {
          throw new CorpusException(file, where + " (" + id + "): needs_context." + lang.code() + " \""
              + w.asText() + "\" is not one of its synonyms." + lang.code() + " or vocabulary." + lang.code());
        }
        weak.add(w.asText().strip());
      }
      needsContext.put(lang, List.copyOf(weak));
      List<String> settings = new ArrayList<>();
      for (JsonNode w : node.path("sectors").path(lang.code())) {
        if (!related.contains(w.asText().strip())) {
          throw new CorpusException(file, where + " (" + id + "): sectors." + lang.code() + " \""
              + w.asText() + "\" is not one of its vocabulary." + lang.code());
        }
        settings.add(w.asText().strip());
      }
      sectors.put(lang, List.copyOf(settings));
    }
    if (!label.containsKey(Lang.reference())) {
      throw new CorpusException(file, where + " (" + id + "): missing label." + Lang.reference().code());
    }
    return new Theme(id, label, synonyms, vocabulary, needsContext, sectors, node.path("frame").asBoolean(false));
  }

  /** All themes, in file order. */
  public List<Theme> themes() {
    return List.copyOf(byId.values());
  }

  /** All theme ids, in file order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The theme with this id. */
  public Optional<Theme> theme(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The label of a theme id in {@code lang}; the id itself when the thesaurus does not know it. */
  public String label(String id, Lang lang) {
    Theme theme = byId.get(id);
    return theme == null ? id : theme.label(lang);
  }
}
