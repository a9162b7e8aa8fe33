package org.pledgebot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of the fields a question's words are looked for in, kept in memory so that a query
 * names only terms the index holds. A question word is tried in several fields and forms (each
 * language's stem, names, the themes it is a cue of) and most of those are absent; on a small
 * index, looking each one up in the term dictionary was the largest part of a search. Immutable.
 */
final class FieldTerms {

  /** Every term exists: for indexes too small to bother (the one-pledge index of alert matching). */
  static final FieldTerms ANY = new FieldTerms(null);

  private static final List<String> FIELDS = fields();

  private final Map<String, Set<String>> byField;

  private static List<String> fields() {
    List<String> out = new ArrayList<>(Fields.textFields());
    out.add(Fields.NAMES);
    out.add(Fields.THEMES);
    return List.copyOf(out);
  }

  private FieldTerms(Map<String, Set<String>> byField) {
    this.byField = byField;
  }

  /** The terms of the reader's word fields. */
  static FieldTerms of(IndexReader reader) throws IOException {
    Map<String, Set<String>> byField = new HashMap<>();
    for (String field : FIELDS) {
      byField.put(field, read(reader, field));
    }
    return new FieldTerms(byField);
  }

  /** Every term of {@code field} in the reader's term dictionary, as text. */
  static Set<String> read(IndexReader reader, String field) throws IOException {
    Set<String> words = new HashSet<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        words.add(t.utf8ToString());
      }
    }
    return words;
  }

  /** Whether {@code field} may hold {@code term}: false only when it surely does not. */
  boolean has(String field, String term) {
    if (byField == null) {
      return true;
    }
    Set<String> terms = byField.get(field);
    return terms == null || terms.contains(term);
  }
}
