package org.pledgebot.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pledgebot.base.JsonTree;
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
  static final String SCHEMA = "pledge-index-v6";

  /**
   * Written and read with the streaming parser and generator (the bytes an object mapper writes
   * for the same tree), not an object mapper: setting one up was a tenth of every start.
   */
  private final JsonFactory factory = new JsonFactory();

  byte[] encode(Pledge p) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("kind", p.kind().json());
      texts(g, "name", p.name());
      g.writeObjectFieldStart("aliases");
      for (Lang lang : Lang.values()) {
        if (p.aliases().containsKey(lang)) {
          strings(g, lang.code(), p.aliases(lang));
        }
      }
      g.writeEndObject();
      strings(g, "themes", p.themes());
      texts(g, "pledge", p.pledge());
      if (p.url().isPresent()) {
        g.writeObjectFieldStart("contact");
        g.writeStringField("url", p.url().get());
        g.writeEndObject();
      }
      strings(g, "sources", p.sources());
      if (p.published().isPresent()) {
        g.writeStringField("published", p.published().get().toString());
      }
      g.writeStringField("basis", p.basis().json());
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode pledge " + p.id(), e);
    }
    return bytes.toByteArray();
  }

  private static void texts(JsonGenerator g, String field, Map<Lang, String> byLang) throws IOException {
    g.writeObjectFieldStart(field);
    for (Lang lang : Lang.values()) {
      if (byLang.containsKey(lang)) {
        g.writeStringField(lang.code(), byLang.get(lang));
      }
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  Pledge decode(byte[] json) throws IOException {
    JsonNode read = JsonTree.read(json);
    JsonNode root = read == null ? MissingNode.getInstance() : read;
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
