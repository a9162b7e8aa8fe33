package org.pledgebot.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Fingerprint;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * Stores a pledge inside its Lucene document, in the schema of the pledge files, so that an index
 * reopened after a restart can answer before any corpus is read; and fingerprints it so that a
 * sync re-indexes exactly the pledges that changed.
 */
final class PledgeCodec {

  /**
   * Part of every fingerprint and of every commit: bump it when fields or analyzers change. An
   * index committed under another schema is recreated empty on open, and the next sync fills it.
   */
  static final String SCHEMA = "pledge-index-v5";

  private final ObjectMapper mapper = new ObjectMapper();

  byte[] encode(Pledge p) {
    ObjectNode root = mapper.createObjectNode();
    root.put("id", p.id());
    root.put("kind", p.kind().json());
    root.set("name", texts(p.name()));
    ObjectNode aliases = root.putObject("aliases");
    for (Lang lang : Lang.values()) {
      if (p.aliases().containsKey(lang)) {
        ArrayNode list = aliases.putArray(lang.code());
        p.aliases(lang).forEach(list::add);
      }
    }
    ArrayNode themes = root.putArray("themes");
    p.themes().forEach(themes::add);
    root.set("pledge", texts(p.pledge()));
    p.url().ifPresent(u -> root.putObject("contact").put("url", u));
    ArrayNode sources = root.putArray("sources");
    p.sources().forEach(sources::add);
    p.published().ifPresent(d -> root.put("published", d.toString()));
    root.put("basis", p.basis().json());
    try {
      return mapper.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode pledge " + p.id(), e);
    }
  }

  private ObjectNode texts(Map<Lang, String> byLang) {
    ObjectNode node = mapper.createObjectNode();
    for (Lang lang : Lang.values()) {
      if (byLang.containsKey(lang)) {
        node.put(lang.code(), byLang.get(lang));
      }
    }
    return node;
  }

  Pledge decode(byte[] json) throws IOException {
    JsonNode root = mapper.readTree(json);
    String id = root.path("id").asText();
    Kind kind = Kind.parse(root.path("kind").asText())
        .orElseThrow(() -> new IOException("stored pledge " + id + " has unknown kind " + root.path("kind")));
    Map<Lang, List<String>> aliases = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      JsonNode list = root.path("aliases").get(lang.code());
      if (list != null) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        aliases.put(lang, values);
      }
    }
    List<String> themes = new ArrayList<>();
    root.path("themes").forEach(t -> themes.add(t.asText()));
    List<String> sources = new ArrayList<>();
    root.path("sources").forEach(s -> sources.add(s.asText()));
    Basis basis = Basis.parse(root.path("basis").asText())
        .orElseThrow(() -> new IOException("stored pledge " + id + " has unknown basis " + root.path("basis")));
    return new Pledge(id, kind, texts(root.path("name")), aliases, themes, texts(root.path("pledge")),
        optional(root.path("contact").path("url")), sources,
        optional(root.path("published")).map(LocalDate::parse), basis);
  }

  private static Map<Lang, String> texts(JsonNode node) {
    Map<Lang, String> out = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      if (node.hasNonNull(lang.code())) {
        out.put(lang, node.get(lang.code()).asText());
      }
    }
    return out;
  }

  private static Optional<String> optional(JsonNode node) {
    return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }

  /**
   * The pledge's {@link Fingerprint} under this codec's schema version, so that a pledge indexed
   * by an older codec is rewritten even when its text is unchanged.
   */
  String hash(Pledge p) {
    return Fingerprint.sha256((SCHEMA + ':' + Fingerprint.of(p)).getBytes(StandardCharsets.UTF_8));
  }
}
