package org.pledgebot.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what a pledge says, independent of its file's layout: reformatting a file is no
 * edit, changing a word is. Maps are walked in {@link Lang} order because record maps have none.
 *
 * <p>The one fingerprint of a pledge: the alert ledger remembers it to tell an edit from a new
 * pledge, and the search index stores it (with its schema version) to skip unchanged pledges.
 */
public final class Fingerprint {

  private Fingerprint() {}

  /** The hex SHA-256 of what {@code pledge} says. */
  public static String of(Pledge pledge) {
    StringBuilder canonical = new StringBuilder();
    field(canonical, pledge.id());
    field(canonical, pledge.kind().json());
    for (Lang lang : Lang.values()) {
      field(canonical, lang.code());
      field(canonical, pledge.name().get(lang));
      field(canonical, String.join("\u001f", pledge.aliases(lang)));
      field(canonical, pledge.pledge().get(lang));
    }
    field(canonical, String.join("\u001f", pledge.themes()));
    field(canonical, pledge.url().orElse(null));
    field(canonical, String.join("\u001f", pledge.sources()));
    field(canonical, pledge.published().map(Object::toString).orElse(null));
    field(canonical, pledge.basis().json());
    return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Length-prefixed, so that no two different pledges serialise alike. */
  private static void field(StringBuilder out, String value) {
    if (value == null) {
      out.append("-1:");
    } else {
      out.append(value.length()).append(':').append(value);
    }
  }
}
