package org.pledgebot.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Words that must not drive ranking, accent-folded and lowercase: each language's stopwords plus
 * the filler of questions put to this bot ("who can help with", "qui peut nous aider sur", "pays",
 * "pledge"...). Every pledge is about peers helping peers, so these words separate nothing.
 */
final class StopWords {

  /** Question words and the bot's own vocabulary, in English. */
  static final Set<String> EN_FILLER = Set.of(
      "who", "whom", "whose", "which", "what", "whats", "where", "when", "why", "how",
      "can", "could", "would", "should", "may", "might", "must", "will", "shall",
      "do", "does", "did", "done", "doing", "has", "have", "had", "having", "am", "is", "are",
      "was", "were", "be", "been", "being", "i", "me", "my", "we", "us", "our", "you", "your",
      "them", "their", "its", "this", "these", "those", "also", "any", "some", "all", "other",
      "more", "most", "best", "good", "great", "please", "thanks", "thank", "hello", "hi",
      "help", "helps", "helping", "helped", "helpful", "support", "supports", "supporting",
      "supported", "assist", "assists", "assistance", "advice", "advise", "guidance", "guide",
      "pledge", "pledges", "pledged", "pledger", "pledgers", "commitment", "commitments",
      "country", "countries", "nation", "nations", "organisation", "organisations",
      "organization", "organizations", "org", "orgs", "partner", "partners", "peer", "peers",
      "exchange", "exchanges", "expert", "experts", "expertise", "experience", "experiences",
      "experienced", "know", "knows", "knowledge", "learn", "learning", "share", "shares",
      "sharing", "tell", "show", "list", "about", "regarding", "concerning", "related",
      "anyone", "anybody", "someone", "somebody", "people", "find", "looking", "look", "need",
      "needs", "want", "wants", "get", "give", "offer", "offers", "offering", "work", "works",
      "worked", "working", "contact", "contacts", "reach", "question", "questions", "topic",
      "topics", "area", "areas", "field", "fields", "issue", "issues", "matters", "matter",
      "specialist", "specialists", "involved", "interested", "like", "ogp", "there",
      "here", "able", "ask", "asking", "provide", "provides", "providing", "team", "teams",
      "thing", "things", "etc", "via", "from", "regard", "toward", "towards", "just", "really",
      // every pledge is about open government; "one" is a number far more often than the campaign
      "open", "government", "governments", "one");

  /** Question words and the bot's own vocabulary, in French (accents folded). */
  static final Set<String> FR_FILLER = Set.of(
      "qui", "que", "quoi", "quel", "quelle", "quels", "quelles", "lequel", "laquelle",
      "lesquels", "lesquelles", "ou", "comment", "pourquoi", "quand", "combien", "est",
      "peut", "peuvent", "pouvez", "pourrait", "pourraient", "pouvoir", "puis", "pourriez",
      "aider", "aide", "aides", "aidez", "aident", "soutien", "soutenir", "soutient", "soutiennent",
      "appui", "appuyer", "accompagner", "accompagnement", "conseil", "conseils", "conseiller",
      "expertise", "expert", "experts", "experte", "expertes", "experience", "experiences",
      "savoir", "connaitre", "connait", "apprendre", "partager", "partage", "partagent",
      "echange", "echanges", "pair", "pairs", "engagement", "engagements", "engage", "engagent",
      "engagee", "engages", "promesse", "promesses", "pays", "organisation", "organisations",
      "partenaire", "partenaires", "nous", "notre", "nos", "je", "moi", "mon", "ma", "mes",
      "vous", "votre", "vos", "trouver", "cherche", "cherchons", "cherchez", "recherche",
      "besoin", "veux", "voulons", "voudrais", "voudrions", "souhaite", "souhaitons", "offre",
      "offrent", "propose", "proposent", "travaille", "travaillent", "sujet", "sujets", "domaine",
      "domaines", "question", "questions", "matiere", "concernant", "sur", "avec", "bonjour",
      "merci", "svp", "stp", "plait", "contact", "contacter", "joindre", "pgo", "ogp", "liste",
      "montre", "montrer", "dis", "dites", "donner", "donne", "specialiste", "specialistes",
      "interesse", "interesses", "il", "ils", "elle", "elles", "y", "a", "ont", "sont", "fait",
      "faire", "font", "quelqu'un", "personne", "personnes", "gens",
      "tous", "toutes", "tout", "autre", "autres", "aussi", "etc", "chose", "choses",
      // every pledge is about open government
      "ouvert", "ouverte", "ouverts", "ouvertes", "ouvrir", "gouvernement", "gouvernements");

  private StopWords() {}

  /** English stopwords and filler, folded. */
  static CharArraySet english() {
    Set<String> words = new HashSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(Folding.fold(new String((char[]) w))));
    words.addAll(EN_FILLER);
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }

  /** French stopwords and filler, folded. */
  static CharArraySet french() {
    Set<String> words = new HashSet<>();
    FrenchAnalyzer.getDefaultStopSet().forEach(w -> words.add(Folding.fold(new String((char[]) w))));
    words.addAll(FR_FILLER);
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }

  /** Function words only (no filler) of both languages, folded: ignored inside theme phrases. */
  static CharArraySet functionWords() {
    Set<String> words = new HashSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(Folding.fold(new String((char[]) w))));
    FrenchAnalyzer.getDefaultStopSet().forEach(w -> words.add(Folding.fold(new String((char[]) w))));
    return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
  }
}
