package org.pledgebot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pledgebot.base.HttpUrl;

/**
 * Turns one pledge file into a {@link Pledge}, or explains every way it is wrong.
 *
 * <p>Required: {@code id}, {@code kind}, {@code name.en}, {@code themes} (at least one known
 * theme id) and {@code pledge.en}. The id must match the file name. Optional: the names, aliases
 * and texts in the other languages ({@link Lang}; keys of unknown languages are ignored), {@code
 * contact.url}, {@code sources} (http(s) addresses; older files give one {@code source}, and a
 * file may not give both), {@code basis} ({@code stated}, the default, or {@code inferred}) and
 * {@code published}.
 */
public final class PledgeParser {

  private static final Pattern COUNTRY_ID = Pattern.compile("[A-Z]{2}");
  private static final Pattern SLUG_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_TEXT = 5_000;

  private final Thesaurus thesaurus;

  public PledgeParser(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  /** Reads and validates {@code file}. */
  public Pledge parse(Path file) throws CorpusException {
    JsonNode root = Json.read(file);
    if (!root.isObject()) {
      throw new CorpusException(file, "top level must be a JSON object, found " + root.getNodeType());
    }
    List<String> errors = new ArrayList<>();
    Pledge pledge = build(file, root, errors);
    if (!errors.isEmpty()) {
      throw new CorpusException(file, String.join("; ", errors));
    }
    return pledge;
  }

  /** The id a pledge file must carry: its name without {@code .json}. */
  public static String expectedId(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  private Pledge build(Path file, JsonNode root, List<String> errors) {
    String id = string(root, "id", errors, true);
    Kind kind = kind(root, errors);
    if (id != null) {
      checkId(file, id, kind, errors);
    }
    Map<Lang, String> name = texts(root, "name", errors, 200);
    Map<Lang, String> text = texts(root, "pledge", errors, MAX_TEXT);
    Map<Lang, List<String>> aliases = aliases(root, errors);
    List<String> themes = themes(root, errors);
    Optional<String> url = url(root.path("contact"), "contact.url", errors);
    List<String> sources = sources(root, errors);
    Optional<LocalDate> published = date(root, errors);
    Basis basis = basis(root, errors);
    if (!errors.isEmpty()) {
      return null;
    }
    return new Pledge(id, kind, name, aliases, themes, text, url, sources, published, basis);
  }

  private static void checkId(Path file, String id, Kind kind, List<String> errors) {
    if (kind == Kind.COUNTRY && !COUNTRY_ID.matcher(id).matches()) {
      errors.add("id \"" + id + "\" of a country must be an ISO 3166-1 alpha-2 code such as GB");
    } else if (kind != null && kind != Kind.COUNTRY && !SLUG_ID.matcher(id).matches()) {
      errors.add("id \"" + id + "\" must be a lowercase slug such as world-bank");
    }
    String expected = expectedId(file);
    if (!id.equals(expected)) {
      errors.add("id \"" + id + "\" does not match the file name (expected \"" + expected + "\")");
    }
  }

  private static Kind kind(JsonNode root, List<String> errors) {
    String value = string(root, "kind", errors, true);
    if (value == null) {
      return null;
    }
    Optional<Kind> kind = Kind.parse(value);
    if (kind.isEmpty()) {
      errors.add("unknown kind \"" + value + "\" (expected country, civil_society, working_group or multilateral)");
    }
    return kind.orElse(null);
  }

  private static Map<Lang, String> texts(JsonNode root, String field, List<String> errors, int max) {
    JsonNode node = root.get(field);
    Map<Lang, String> out = new EnumMap<>(Lang.class);
    if (node == null || !node.isObject()) {
      errors.add(node == null ? "missing required field " + field + "." + Lang.reference().code()
          : field + " must be an object like {\"en\": \"...\"}");
      return out;
    }
    for (Lang lang : Lang.values()) {
      JsonNode value = node.get(lang.code());
      String where = field + "." + lang.code();
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        errors.add(where + " must be a non-empty string");
      } else if (value.asText().length() > max) {
        errors.add(where + " is " + value.asText().length() + " characters, over the limit of " + max);
      } else {
        out.put(lang, value.asText().strip());
      }
    }
    String reference = Lang.reference().code();
    if (!out.containsKey(Lang.reference()) && node.get(reference) == null) {
      errors.add("missing required field " + field + "." + reference);
    }
    return out;
  }

  private static Map<Lang, List<String>> aliases(JsonNode root, List<String> errors) {
    JsonNode node = root.get("aliases");
    Map<Lang, List<String>> out = new EnumMap<>(Lang.class);
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      errors.add("aliases must be an object like {\"en\": [\"UK\"]}");
      return out;
    }
    for (Lang lang : Lang.values()) {
      JsonNode list = node.get(lang.code());
      if (list == null || list.isNull()) {
        continue;
      }
      List<String> values = strings(list, "aliases." + lang.code(), errors);
      out.put(lang, values);
    }
    return out;
  }

  private List<String> themes(JsonNode root, List<String> errors) {
    JsonNode node = root.get("themes");
    if (node == null) {
      errors.add("missing required field themes");
      return List.of();
    }
    List<String> themes = strings(node, "themes", errors);
    if (node.isArray() && themes.isEmpty()) {
      errors.add("themes must name at least one theme");
    }
    for (String theme : themes) {
      if (thesaurus.theme(theme).isEmpty()) {
        errors.add("unknown theme id \"" + theme + "\" (known: " + String.join(", ", thesaurus.ids()) + ")");
      }
    }
    return themes;
  }

  private static List<String> strings(JsonNode list, String where, List<String> errors) {
    if (!list.isArray()) {
      errors.add(where + " must be an array of strings");
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (JsonNode item : list) {
      if (!item.isTextual() || item.asText().isBlank()) {
        errors.add(where + " must hold only non-empty strings");
      } else {
        out.add(item.asText().strip());
      }
    }
    return List.copyOf(out);
  }

  private static String string(JsonNode root, String field, List<String> errors, boolean required) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        errors.add("missing required field " + field);
      }
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      errors.add(field + " must be a non-empty string");
      return null;
    }
    return node.asText().strip();
  }

  private static Optional<String> url(JsonNode parent, String where, List<String> errors) {
    String field = where.substring(where.lastIndexOf('.') + 1);
    String value = parent.isObject() ? string(parent, field, new ArrayList<>(), false) : null;
    if (value == null) {
      JsonNode node = parent.get(field);
      if (node != null && !node.isNull()) {
        errors.add(where + " must be a non-empty string");
      }
      return Optional.empty();
    }
    try {
      HttpUrl.parse(where, value);
      return Optional.of(value);
    } catch (IllegalArgumentException e) {
      errors.add(e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The {@code sources}: a list of http(s) addresses, or the single {@code source} of older
   * files; both at once is an error, as one of them would be silently ignored.
   */
  private static List<String> sources(JsonNode root, List<String> errors) {
    JsonNode list = root.get("sources");
    boolean hasList = list != null && !list.isNull();
    boolean hasOne = root.get("source") != null && !root.get("source").isNull();
    if (hasList && hasOne) {
      errors.add("give either sources (a list) or source (one address), not both");
      return List.of();
    }
    if (hasOne) {
      return url(root, "source", errors).map(List::of).orElse(List.of());
    }
    if (!hasList) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<String> values = strings(list, "sources", errors);
    for (int i = 0; i < values.size(); i++) {
      try {
        HttpUrl.parse("sources[" + i + "]", values.get(i));
        out.add(values.get(i));
      } catch (IllegalArgumentException e) {
        errors.add(e.getMessage());
      }
    }
    return out;
  }

  private static Optional<LocalDate> date(JsonNode root, List<String> errors) {
    String value = string(root, "published", errors, false);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      errors.add("published \"" + value + "\" must be a date like 2014-09-24");
      return Optional.empty();
    }
  }

  /** {@code basis}: {@code stated} when absent (the pledger's source names it), else as given. */
  private static Basis basis(JsonNode root, List<String> errors) {
    String value = string(root, "basis", errors, false);
    if (value == null) {
      return Basis.STATED;
    }
    Optional<Basis> basis = Basis.parse(value);
    if (basis.isEmpty()) {
      errors.add("basis \"" + value + "\" must be stated or inferred");
    }
    return basis.orElse(Basis.STATED);
  }
}
