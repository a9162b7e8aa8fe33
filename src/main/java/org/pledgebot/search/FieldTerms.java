package org.pledgebot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.pledgebot.corpus.Lang;

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

  /** The sets of theme-label stems whose ranking group is kept ({@link #labels}): one per set of themes asked. */
  static final int MAX_LABEL_GROUPS = 1_024;

  private final Map<String, Set<String>> byField;
  /**
   * Per set of theme-label stems, its ranking group over these terms, built once: the same for
   * every question naming those themes, and a sorted walk over a few dozen stems, each looked up,
   * per question before. Null for {@link #ANY}, which is shared and keeps nothing.
   */
  private final Memo<Map<Lang, Set<String>>, Optional<Query>> labels;
  /**
   * Per question word, its clause ({@link QueryBuilder#word}: its forms' terms, a disjunction of
   * them), built once: common words recur in every other question, and building a word's terms
   * (each copying its bytes) and disjunction (its own hash map of forms) was a tenth of a search's
   * allocation. Its typo forms are {@link #words}' vocabulary's; null for {@link #ANY}.
   */
  private final Memo<Word, Query> words;
  /** The vocabulary {@link #words} was built with: the catalog's of the same snapshot, the first asked. */
  private volatile Vocabulary wordsOf;

  private static List<String> fields() {
    List<String> out = new ArrayList<>(Fields.textFields());
    out.add(Fields.NAMES);
    out.add(Fields.THEMES);
    return List.copyOf(out);
  }

  private FieldTerms(Map<String, Set<String>> byField) {
    this.byField = byField;
    this.labels = byField == null ? null : new Memo<>(MAX_LABEL_GROUPS);
    this.words = byField == null ? null : new Memo<>(MAX_WORDS);
  }

  /** The question words whose clause is kept ({@link #word}). */
  static final int MAX_WORDS = 50_000;

  /**
   * The clause {@link QueryBuilder#word} makes of this word with {@code vocabulary}, kept per word but on
   * {@link #ANY} or with another vocabulary than the first asked (a catalog pairs each snapshot's
   * terms with its vocabulary; the clause depends on both). A query is immutable, so a kept clause
   * is the very one a new build would equal.
   */
  Query word(Word word, Vocabulary vocabulary) {
    if (words == null) {
      return QueryBuilder.word(word, vocabulary, this);
    }
    Vocabulary of = wordsOf;
    if (of == null) {
      synchronized (this) {
        if (wordsOf == null) {
          wordsOf = vocabulary;
        }
        of = wordsOf;
      }
    }
    if (of != vocabulary) {
      return QueryBuilder.word(word, vocabulary, this);
    }
    Query kept = words.get(word);
    return kept != null ? kept : words.keep(word, QueryBuilder.word(word, vocabulary, this));
  }

  /** The ranking group {@code build} makes of these label stems, kept per stem set but on {@link #ANY}. */
  Optional<Query> labels(Map<Lang, Set<String>> stems, Function<Map<Lang, Set<String>>, Optional<Query>> build) {
    if (labels == null) {
      return build.apply(stems);
    }
    Optional<Query> kept = labels.get(stems);
    return kept != null ? kept : labels.keep(stems, build.apply(stems));
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
