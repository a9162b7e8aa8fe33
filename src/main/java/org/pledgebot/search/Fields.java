package org.pledgebot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/** The index schema: field names, the analyzer of each, and the document of a pledge. */
final class Fields {

  /** The key: {@code updateDocument(new Term(ID, id), doc)} replaces a pledge; doc values map hits back. */
  static final String ID = "id";
  static final String HASH = "hash";
  static final String JSON = "json";
  static final String KIND = "kind";
  /** Theme ids, one keyword each: what a detected theme boosts. */
  static final String THEMES = "themes";
  /** Names and aliases in every language, neutral analysis. */
  static final String NAMES = "names";
  /** Everything, folded but not stemmed: the words typos are corrected towards. */
  static final String PLAIN = "plain";

  /**
   * A keyword indexed with (always 1) frequencies: only then does Lucene keep the per-block score
   * bounds that let WAND skip most of a theme's pledges ({@link #similarity}).
   */
  private static final FieldType THEME_TYPE = keywordWithFreqs();

  private Fields() {}

  private static FieldType keywordWithFreqs() {
    FieldType type = new FieldType(StringField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** The field of the texts written in {@code lang}, analysed by its {@link LanguagePack}. */
  static String text(Lang lang) {
    return LanguagePack.of(lang).textField();
  }

  /** The text fields of every language, in {@link Lang} order. */
  static List<String> textFields() {
    return LanguagePack.all().stream().map(LanguagePack::textField).toList();
  }

  static Term id(String id) {
    return new Term(ID, id);
  }

  /** Neutral analysis by default, each language's analyzer on its text field. */
  static Analyzer analyzer(Analysis analysis) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (Lang lang : Lang.values()) {
      byField.put(text(lang), analysis.forLang(lang));
    }
    return new PerFieldAnalyzerWrapper(analysis.neutral(), byField);
  }

  /**
   * The searchable text of each analysed field of a pledge (shared with alert matching): each
   * language's field holds the text written in that language, empty when the pledge has none.
   */
  static Map<String, String> texts(Pledge p) {
    String names = String.join(" \n ", names(p));
    Map<String, String> out = new LinkedHashMap<>();
    List<String> plain = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      String text = p.hasText(lang) ? p.text(lang) : "";
      out.put(text(lang), text);
      plain.add(text);
    }
    plain.add(names);
    out.put(NAMES, names);
    out.put(PLAIN, String.join(" \n ", plain));
    return out;
  }

  private static List<String> names(Pledge p) {
    List<String> out = new ArrayList<>(p.name().values());
    p.aliases().values().forEach(out::addAll);
    return out;
  }

  /**
   * BM25 for words; a keyword field (themes, id) scores a match at its query boost alone. That is
   * the constant score those clauses need, given as term scores rather than by wrapping them in
   * {@code ConstantScoreQuery}: a constant-score clause hides where posting blocks end, and
   * Lucene's WAND then bounds the other clauses by their maximum over the whole segment instead
   * of block by block, so it can skip none of the pledges of a large theme.
   */
  static Similarity similarity() {
    Similarity words = new BM25Similarity();
    Similarity keywords = new BooleanSimilarity();
    return new PerFieldSimilarityWrapper() {
      @Override
      public Similarity get(String field) {
        return field.equals(THEMES) || field.equals(ID) ? keywords : words;
      }
    };
  }

  static Document document(Pledge p, String hash, byte[] json) {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
    doc.add(new StoredField(HASH, hash));
    doc.add(new StoredField(JSON, json));
    doc.add(new StringField(KIND, p.kind().json(), Field.Store.NO));
    p.themes().forEach(t -> doc.add(new Field(THEMES, t, THEME_TYPE)));
    texts(p).forEach((field, text) -> doc.add(new TextField(field, text, Field.Store.NO)));
    return doc;
  }
}
