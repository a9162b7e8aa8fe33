package org.pledgebot.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
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
  /** Names and aliases in both languages, neutral analysis. */
  static final String NAMES = "names";
  static final String TEXT_EN = "text_en";
  static final String TEXT_FR = "text_fr";
  /** The thesaurus cue words of the pledge's themes, one keyword each ({@link ThemeDetector#cues}). */
  static final String CUES = "cues";
  /** Everything, folded but not stemmed: the words typos are corrected towards. */
  static final String PLAIN = "plain";

  private Fields() {}

  static String text(Lang lang) {
    return lang == Lang.EN ? TEXT_EN : TEXT_FR;
  }

  static Term id(String id) {
    return new Term(ID, id);
  }

  /** Neutral analysis by default, each language's analyzer on its text field. */
  static Analyzer analyzer(Analysis analysis) {
    return new PerFieldAnalyzerWrapper(analysis.neutral(),
        Map.of(TEXT_EN, analysis.forLang(Lang.EN), TEXT_FR, analysis.forLang(Lang.FR)));
  }

  /** The searchable text of each analysed field of a pledge (shared with alert matching). */
  static Map<String, String> texts(Pledge p) {
    String names = String.join(" \n ", names(p));
    String fr = p.hasText(Lang.FR) ? p.text(Lang.FR) : "";
    String plain = String.join(" \n ", p.text(Lang.EN), fr, names);
    return Map.of(NAMES, names, TEXT_EN, p.text(Lang.EN), TEXT_FR, fr, PLAIN, plain);
  }

  private static List<String> names(Pledge p) {
    List<String> out = new java.util.ArrayList<>(p.name().values());
    p.aliases().values().forEach(out::addAll);
    return out;
  }

  static Document document(Pledge p, String hash, byte[] json, ThemeDetector themes) {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(p.id())));
    doc.add(new StoredField(HASH, hash));
    doc.add(new StoredField(JSON, json));
    doc.add(new StringField(KIND, p.kind().json(), Field.Store.NO));
    p.themes().forEach(t -> doc.add(new StringField(THEMES, t, Field.Store.NO)));
    themes.cues(p.themes()).forEach(c -> doc.add(new StringField(CUES, c, Field.Store.NO)));
    texts(p).forEach((field, text) -> doc.add(new TextField(field, text, Field.Store.NO)));
    return doc;
  }
}
