package org.pledgebot.search;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pledgebot.corpus.Lang;

/**
 * Words of public life in general, belonging to no theme: the institutions, people and acts of
 * government ("ministry", "law", "citizens", "municipal", "reform"). They say that a question is
 * about governance without saying which part of it, so they are what an everyday word of a theme
 * ("budget", "service", "parliament") needs beside it to count ({@link QuestionCompiler}); on
 * their own they name nothing, and a pledge that shares only them with a question is no peer
 * ({@link Question#coverage}). Accent-folded, lowercase, with their plural forms.
 */
final class PolicyWords {

  private PolicyWords() {}

  /**
   * The policy words written in {@code lang}. The local and provincial governments of each
   * language are among them by the names its speakers give them: the French "mairie" and
   * "préfecture", the Spanish "alcaldía", "ayuntamiento", "municipalidad" and, for the level above
   * the town, "gobernación", "intendencia", "prefectura", "diputación" and Ecuador's "GAD" (a
   * decentralised autonomous government), each a government of its place as the town hall is.
   * French "société" standing alone is none: in everyday French it names a company ("la société
   * recrute un comptable"), and civil society is said with "civile", which is one; English "society"
   * and Spanish "sociedad" name society at large as often as a firm, and stay.
   */
  static Set<String> of(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of(
          "government", "governments", "governmental", "public", "state", "national", "federal", "municipal",
          "municipality", "municipalities", "local", "regional", "council", "councils", "city", "cities",
          "citizen", "citizens", "civic", "civil", "society", "democracy", "democratic", "governance",
          "ministry", "ministries", "minister", "ministers", "department", "departments", "agency", "agencies",
          "authority", "authorities", "administration", "administrations", "administrative", "institution",
          "institutions", "official", "officials", "officer", "officers", "servants",
          "mayor", "mayors", "councillor", "councillors", "councilor", "councilors", "elected", "politicians", "law", "laws", "legal", "legislation", "regulation",
          "regulations", "rules", "policy", "policies", "reform", "reforms", "sector", "ogp", "ngo", "ngos", "govt");
      case FR -> WordSet.of(
          "gouvernement", "gouvernements", "gouvernemental", "gouvernementale", "public", "publique",
          "publics", "publiques", "etat", "national", "nationale", "nationaux", "nationales", "federal", "municipal",
          "municipale", "municipaux", "municipales", "commune", "communes", "collectivite", "collectivites",
          "local", "locale", "locaux", "locales", "regional", "regionale", "mairie", "mairies", "maire",
          "maires", "prefecture", "prefectures", "prefet", "prefets", "ville", "villes", "citoyen", "citoyens", "citoyenne", "citoyennes", "civique", "civile",
          "democratie", "democratique", "gouvernance", "ministere", "ministeres", "ministre",
          "ministres", "agence", "agences", "autorite", "autorites", "administration", "administrations",
          "administratif", "administrative", "institution", "institutions", "fonctionnaire", "fonctionnaires",
          "elu", "elus", "elue", "elues", "loi", "lois", "legislation", "reglementation", "reglementations",
          "politique", "politiques", "reforme", "reformes", "secteur", "pgo", "ogp", "ong", "gouvernementaux",
          "gouvernementales", "federale", "federaux", "federales", "regionaux", "regionales", "municipalite",
          "municipalites", "civiques", "civil", "civils", "civiles", "democratiques", "administratifs",
          "administratives", "legal", "legale", "legaux", "legales", "politicien", "politiciens", "politicienne",
          "politiciennes");
      case ES -> WordSet.of(
          "gobierno", "gobiernos", "gubernamental", "gubernamentales", "publico", "publica", "publicos",
          "publicas", "estado", "estatal", "estatales", "nacional", "nacionales", "federal", "municipal",
          "municipales", "municipio", "municipios", "municipalidad", "municipalidades", "ayuntamiento",
          "ayuntamientos", "concejo", "concejos", "local", "locales", "regional", "regionales", "alcaldia",
          "alcaldias", "alcalde", "alcaldes", "intendente", "intendentes", "concejal", "concejala", "concejales", "concejalas", "regidor", "regidora",
          "regidores", "regidoras", "edil", "ediles", "ciudad", "ciudades", "ciudadano", "ciudadanos", "ciudadana",
          "ciudadanas", "ciudadania", "civico", "civica", "civicos", "civicas", "civil", "sociedad",
          "democracia", "democratico", "democratica", "gobernanza", "ministerio", "ministerios", "ministro",
          "ministros", "agencia", "agencias", "dependencia", "dependencias", "autoridad", "autoridades",
          "administracion", "administraciones", "administrativo", "administrativa", "administrativos",
          "administrativas", "institucion", "instituciones", "funcionario", "funcionarios", "funcionaria",
          "funcionarias", "servidores", "electo", "electos", "electa", "electas", "politicos", "ley", "leyes",
          "legal", "legales", "legislacion", "regulacion", "regulaciones", "reglamento", "reglamentos",
          "normativa", "normativas", "normas", "reglas", "politica", "politicas", "reforma", "reformas",
          "sector", "ogp", "aga", "ong", "ongs", "federales", "civiles", "democraticos", "democraticas", "politico",
          "servidor", "servidora", "servidoras", "ministra", "ministras", "gobernacion", "gobernaciones",
          "intendencia", "intendencias", "prefectura", "prefecturas", "diputacion", "diputaciones", "gad", "gads");
    };
  }

  /**
   * The policy words written in {@code lang} that only say whose or where a thing is: the public's,
   * or a level of government's (adjectives: "public", "national", "local", "municipal"; the English
   * nouns used as such adjectives, "city", "state"); and "legal", which only says that the law
   * governs a thing, as it governs every private matter (a lease, a divorce, a sale). Any everyday
   * thing can have such a version (a national museum, a city bus, a public library card, a state-run
   * lottery, legal advice on a house sale), so beside a word of the field that
   * is also an everyday word they do not say the question is about governing, as a word for an
   * institution, a person or an act of public life does ("ministry", "officials", "law"). A subset of
   * {@link #of}.
   */
  static Set<String> scope(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("public", "national", "federal", "municipal", "local", "regional", "city", "state", "legal");
      case FR -> WordSet.of("public", "publique", "publics", "publiques", "national", "nationale", "nationaux",
          "nationales", "federal", "federale", "federaux", "federales", "municipal", "municipale", "municipaux", "municipales",
          "local", "locale", "locaux", "locales", "regional", "regionale", "regionaux", "regionales", "legal", "legale",
          "legaux", "legales");
      case ES -> WordSet.of("publico", "publica", "publicos", "publicas", "nacional", "nacionales", "federal", "federales",
          "municipal", "municipales", "local", "locales", "regional", "regionales", "estatal", "estatales", "legal",
          "legales");
    };
  }

  /** The scope words of every language ({@link #scope(Lang)}). */
  static Set<String> scope() {
    return everyLanguage(PolicyWords::scope);
  }

  /**
   * The policy words written in {@code lang} for a body that any organisation may have: a council (a
   * school council, a family council, the residents' council of a block of flats). A subset of
   * {@link #of}. English names whose council it is by the noun just before it; French and Spanish put
   * it after a preposition ("conseil de classe"), where it cannot be told from the rest of a
   * paraphrase, so those languages list none. Rules and policies are no such words: the noun before
   * them is as often an area of public regulation ("planning rules", "education policy") as a private
   * owner ("school rules", "returns policy").
   */
  static Set<String> bodies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("council", "councils");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The nouns written in {@code lang} for a body that a group of private people forms or has to run
   * its own affairs: an association, a club, a committee, a board, a general assembly, a "junta";
   * and the {@link #bodies} (a council). Whose it is decides whether it is public life: a city's
   * committee or a ministry's board are, the owners' association of a building, a parish's council,
   * a club's committee or a union's board are not ({@code QuestionCompiler}). Words for a body of
   * public power only (a parliament, a ministry, a court) are not listed, nor the bureaus and desks
   * of {@link #roles}.
   */
  static Set<String> assemblies(Lang lang) {
    return union(bodies(lang), switch (lang) {
      case EN -> WordSet.of("association", "associations", "club", "clubs", "committee", "committees", "board",
          "boards", "assembly", "assemblies");
      case FR -> WordSet.of("association", "associations", "club", "clubs", "comite", "comites", "conseil", "conseils",
          "assemblee", "assemblees", "amicale", "amicales");
      case ES -> WordSet.of("asociacion", "asociaciones", "club", "clubes", "comite", "comites", "consejo", "consejos",
          "asamblea", "asambleas", "junta", "juntas", "directiva", "directivas");
    });
  }

  /**
   * The policy words written in {@code lang} for the rules of any organisation: a shop's returns
   * policy, a club's rules, a campsite's regulations, as well as a government's. A subset of {@link
   * #of}. Whose they are is told by a possessive before them ("the gym's policy", {@link
   * QuestionCompiler}) or by an owner after a preposition of {@link #belonging} ("the policy of the
   * gym", "la politique du magasin", "las normas del club de pádel"); the noun that makes a compound
   * with them (before them in English, after them in French and Spanish) is as often an area of
   * public regulation ("housing policy", "politique migratoire") as a private owner or kind ("golf
   * club rules", "la política de cambios"), so it is read as one only beside the weakest
   * evidence, cues that are everyday words.
   */
  static Set<String> instruments(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rules", "policy", "policies");
      case FR -> WordSet.of("politique", "politiques", "reglementation", "reglementations");
      case ES -> WordSet.of("politica", "politicas", "normas", "reglas", "reglamento", "reglamentos", "normativa",
          "normativas", "regulacion", "regulaciones");
    };
  }

  /**
   * The nouns written in {@code lang} for a division of a country, which, before a word of {@link
   * #bodies}, make it a public body ("county council", "district council", "parish council"), and as
   * the owner of rules or a policy ({@link #instruments}) make them public ones ("the country's
   * rules"): levels of government named as places, the country itself among them, not policy
   * words themselves (a village fair, a district heating system). As the owner of a role after a
   * preposition ({@link #roles}) they make it public in French and Spanish too ("les employés de la
   * région", "la oficina de la provincia"), and after an office of public power they say it is no
   * private kind of it ("le médiateur de la République", as against "le tribunal de commerce");
   * as the owner of rules or a policy French and Spanish name them after a preposition too ("la
   * politique de la région", "el reglamento de la provincia").
   */
  static Set<String> divisions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("county", "counties", "district", "districts", "town", "towns", "village", "villages",
          "parish", "parishes", "borough", "boroughs", "province", "provinces", "provincial", "ward", "wards",
          "country", "countries", "nation", "nations", "region", "regions");
      case FR -> WordSet.of("region", "regions", "departement", "departements", "province", "provinces", "canton",
          "cantons", "arrondissement", "arrondissements", "republique", "pays", "nation", "nations");
      case ES -> WordSet.of("region", "regiones", "provincia", "provincias", "comuna", "comunas", "canton", "cantones",
          "distrito", "distritos", "republica", "pais", "paises", "nacion", "naciones", "pueblo", "pueblos", "aldea",
          "aldeas", "localidad", "localidades", "parroquia", "parroquias");
    };
  }

  /**
   * The {@link #divisions} written in {@code lang} that name a place where people live as often as a
   * level of government: a town, a village, a parish (a church's as often), "pueblo" (also a people),
   * "aldea", "localidad". Named alone they say where a thing happens, seldom who governs it, so they
   * are no government that acts in a question ({@code QuestionCompiler}); the other divisions (a
   * province, a region, a district, a country) are.
   */
  static Set<String> settlements(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("town", "towns", "village", "villages", "parish", "parishes");
      case FR -> WordSet.of();
      case ES -> WordSet.of("pueblo", "pueblos", "aldea", "aldeas", "localidad", "localidades", "parroquia", "parroquias");
    };
  }

  /**
   * The prepositions written in {@code lang} that name where a body or an office sits, and so whose
   * it is when that place is a private thing: the youth ministry at our church, the board at my gym,
   * the policy at work. English only: French and Spanish name the place a body belongs to with the
   * prepositions of {@link #belonging} ("le comité de l'école", "la pastoral de la parroquia").
   */
  static Set<String> sittingPlaces(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("at");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The prepositions of place written in {@code lang}: before an article and a division of the
   * country ("in the country", "dans la région", "en la provincia") they say where a thing is, not
   * who governs it; before a possessive ("in our country") the place is the asker's own.
   */
  static Set<String> locatives(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("in", "across", "around", "throughout", "within", "over", "near");
      case FR -> WordSet.of("dans", "en", "travers");
      case ES -> WordSet.of("en", "por");
    };
  }

  /**
   * The determiners written in {@code lang} that make a division one state or place the question
   * speaks of: those of a singular noun ({@link #singular}) among the definite articles ({@link
   * #articles}) and the possessives of every person ({@link #personal}, {@link #ours}, {@link
   * #yours}, {@link #theirs}), the article's contractions with a preposition and the singular
   * demonstratives: "the country", "notre pays", "del país", "al país", as against a division asked
   * about among others, the frame of a question put to this bot ("which countries", "quels pays").
   */
  static Set<String> definite(Lang lang) {
    Set<String> out = new HashSet<>(switch (lang) {
      case EN -> WordSet.of("this", "that");
      case FR -> WordSet.of("du", "au", "ce", "cet", "cette");
      case ES -> WordSet.of("del", "al", "este", "esta", "ese", "esa");
    });
    for (Set<String> determiners : List.of(articles(lang), personal(lang), ours(lang), yours(lang), theirs(lang))) {
      determiners.stream().filter(d -> singular(d, lang)).forEach(out::add);
    }
    return WordSet.copyOf(out);
  }

  /**
   * Whether the determiner {@code determiner} of {@code lang} goes with a singular noun: in French
   * and Spanish it agrees with its noun, and its plural ends in "s" ("les", "mes", "nos", "leurs";
   * "los", "mis", "sus", "vuestros"); English determiners do not agree in number ("the", "their").
   */
  private static boolean singular(String determiner, Lang lang) {
    return switch (lang) {
      case EN -> true;
      case FR, ES -> !determiner.endsWith("s");
    };
  }

  /**
   * The definite articles written in {@code lang} as the question's words hold them: the language's
   * articles ({@link LanguagePack#articles}) and, in French, "l", the article elided before a vowel,
   * as the letter an elision leaves ("l'assemblée") or typed as a word of its own. The one list of
   * them for {@link #definite}, a particular body ({@code QuestionCompiler}) and {@link PublicMoney}.
   */
  static Set<String> articles(Lang lang) {
    return union(LanguagePack.of(lang).articles(), switch (lang) {
      case EN, ES -> Set.<String>of();
      case FR -> WordSet.of("l");
    });
  }

  /**
   * The nouns written in {@code lang} for the offices and institutions of public power that are no
   * policy words and name nothing else (a parliament, a senate, an embassy, a treasury, la
   * contraloría): no support themselves, they make public the rules or policy they own ({@link
   * #instruments}: the regulator's rules, the president's policy) and a role or workplace they own
   * ({@link #roles}: the police chief, "le secrétariat du tribunal", "los empleados de la contraloría"), and
   * beside a people's adjective they name that people's state ({@link NameIndex}: the Chilean
   * embassy, la tesorería uruguaya). An office whose word is as often an everyday thing is in {@link
   * #homonyms} instead.
   */
  static Set<String> offices(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("president", "presidents", "opposition", "regulator", "regulators", "police", "parliament",
          "parliaments", "legislature", "legislatures", "senate", "congress", "ombudsman", "treasury", "governor",
          "governors", "embassy", "mp", "mps", "pm");
      case FR -> WordSet.of("president", "presidente", "presidence", "opposition", "regulateur", "regulateurs",
          "tribunal", "tribunaux", "juge", "juges", "gendarmerie", "commissariat", "armee", "parlement",
          "parlements", "parlementaire", "parlementaires", "senat", "assemblee", "mediateur", "ambassade",
          "ambassades", "gouverneur", "gouverneurs", "tresorerie", "cadastre");
      case ES -> WordSet.of("presidente", "presidenta", "presidencia", "oposicion", "regulador", "reguladores",
          "tribunal", "tribunales", "juez", "jueces", "juzgado", "juzgados", "fiscalia", "policia", "ejercito",
          "parlamento", "parlamentos", "parlamentario", "parlamentarios", "senado", "congreso", "asamblea",
          "defensoria", "contraloria", "contralor", "tesoreria", "embajada", "embajadas", "gobernador",
          "gobernadores", "catastro");
    };
  }

  /**
   * The nouns written in {@code lang} for the offices that speak for a state abroad or at its head (a
   * chancery, a presidency), which name an office of public power only when a state owns them ("la
   * cancillería de ..."): no {@link #offices}, since such an office's errands (visas, passports, its
   * hours) are everyday, but as the owner of one beside another state named a state is the one that
   * asks ({@link NameIndex}).
   */
  static Set<String> chanceries(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("chancery", "chancellery", "presidency");
      case FR -> WordSet.of("chancellerie", "chancelleries");
      case ES -> WordSet.of("cancilleria", "cancillerias");
    };
  }

  /**
   * The verbs written in {@code lang} with which an asker asks a peer to pass on what it did and
   * how, in the forms a question asks them in (infinitive, with the pronoun of the asking group
   * joined, the third person present and subjunctive, the past): teach, explain, train, tell us;
   * "expliquer", "enseigner", "raconter"; "enseñar", "explicar", "capacitar", "contarnos",
   * "preguntarle". English's question filler holds its own ("tell", "show", "guide", "advise",
   * "ask"); French's and Spanish's hold "montrer", "dis", "mostrar", "decir" but not these, so a
   * name beside them ("¿Uruguay nos enseña?", "le PNUD peut-il nous expliquer") was read beside an
   * everyday word. Beside a name they are words of this bot's questions ({@link NameIndex}). Not
   * "cuenta" (an account; "Chile cuenta con": Chile has) nor "guía" (a guide book), which are as
   * often other words; "contar" only with the group's pronoun joined.
   */
  static Set<String> passingOn(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("teach", "teaches", "taught", "explain", "explains", "explained", "mentor", "mentors",
          "mentored");
      case FR -> WordSet.of("expliquer", "explique", "expliquent", "expliquez", "expliquerait", "expliqueraient",
          "enseigner", "enseigne", "enseignent", "raconter", "raconte", "racontent", "racontez", "apprend",
          "apprennent", "guider");
      case ES -> WordSet.of("ensenar", "ensenarnos", "ensena", "ensenan", "ensene", "ensenen", "enseno", "ensenaron",
          "explicar", "explicarnos", "explica", "explican", "explique", "expliquen", "explico", "explicaron",
          "capacitar", "capacitarnos", "capacita", "capacitan", "capacite", "capaciten", "contarnos",
          "guiarnos", "orientarnos", "asesore", "asesoren", "preguntarle", "preguntarles");
    };
  }

  /**
   * The words, folded, with which {@code lang} asks for help as an idiom after a verb of giving: "a
   * hand" (give us a hand, lend a hand), "un coup de main", "una mano" (nos da una mano, nos echa
   * una mano). After the verb nearest a name they ask for help as the filler's "help" does ({@link
   * NameIndex}); the verbs themselves ("da", "echa": gives, throws) are as often other things.
   */
  static List<String> helpingHand(Lang lang) {
    return switch (lang) {
      case EN -> List.of("a", "hand");
      case FR -> List.of("un", "coup", "de", "main");
      case ES -> List.of("una", "mano");
    };
  }

  /**
   * The nouns written in {@code lang} that hold up a state's way of doing a thing as a lesson to
   * others: its model, its approach, its example, its case. Beside a people's adjective, after a
   * definite article and with nothing everyday around them ({@link NameIndex}: "the Swedish model",
   * "el caso uruguayo", "l'exemple chilien"), they name that state; a model on a catwalk, a case of
   * beer, an example sentence are told with other words, or after an indefinite article.
   */
  static Set<String> lessons(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("model", "approach", "example", "case", "lessons");
      case FR -> WordSet.of("modele", "approche", "exemple", "cas", "lecons");
      case ES -> WordSet.of("modelo", "enfoque", "ejemplo", "caso", "lecciones");
    };
  }

  /**
   * The nouns written in {@code lang} for a state's part, share or stand in a work done with others:
   * its contribution, its share, its side, its position. Beside a people's adjective, after a
   * definite article (or its contraction with "of": "del lado chileno", "du côté chilien") and with
   * nothing everyday around them ({@link NameIndex}: "el aporte mexicano", "la parte guatemalteca",
   * "l'apport mexicain"), they name that state as {@link #lessons} do; the calories a dish brings,
   * the side of a mountain or the part of a family are told with other words. Not English "side"
   * nor "part": a team ("the Dutch side"), a role in a film.
   */
  static Set<String> shares(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("contribution", "contributions", "share", "stance", "input");
      case FR -> WordSet.of("apport", "apports", "contribution", "contributions", "cote", "part", "position");
      case ES -> WordSet.of("aporte", "aportes", "aportacion", "aportaciones", "contribucion", "contribuciones",
          "lado", "parte", "postura", "posicion");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) that ask what a thing holds:
   * "consist", "include", "cover"; "consiste", "comprend", "inclut"; "consiste", "abarca", "incluye".
   * Read by {@link NameIndex} only after a state's lesson or share ({@link #lessons}, {@link #shares})
   * named by its people's word: they ask what that share holds, no everyday matter. A share of a
   * dish or a match is told with its everyday word
   * beside them and stays everyday.
   */
  static Set<String> consisting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("consist", "consists", "include", "includes", "involve", "involves", "entail", "entails",
          "cover", "covers");
      case FR -> WordSet.of("consiste", "consistent", "comprend", "comprennent", "inclut", "incluent", "implique",
          "impliquent", "couvre", "couvrent", "recouvre");
      case ES -> WordSet.of("consiste", "consisten", "incluye", "incluyen", "abarca", "abarcan", "comprende",
          "comprenden", "implica", "implican", "cubre", "cubren");
    };
  }

  /**
   * The nouns written in {@code lang} for a party of people a state or a body sends to another (a
   * delegation): beside a name or a people's adjective they name that state ({@link NameIndex}: the
   * Norwegian delegation, la delegación guatemalteca), unless the question tells of private life, the
   * pastimes of {@link #pastimes} among them (a country's delegation at the games is its athletes).
   * No offices: a delegation holds no power of its own, and its word names nothing public alone.
   */
  static Set<String> delegations(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("delegation", "delegations");
      case FR -> WordSet.of("delegation", "delegations");
      case ES -> WordSet.of("delegacion", "delegaciones");
    };
  }

  /**
   * The nouns written in {@code lang} for one person a state or a body sends to speak for it (a
   * representative, an envoy): of that state, past a preposition of belonging ({@link #belonging}:
   * "a representative of Norway", "un représentant de la Norvège", "representantes de Costa Rica"),
   * they name it as a delegation does ({@link #delegations}). In or from a place ("a sales
   * representative in Mexico") they are anyone's staff where they work: not read so.
   */
  static Set<String> envoys(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("representative", "representatives", "envoy", "envoys");
      case FR -> WordSet.of("representant", "representants", "representante", "representantes", "envoye", "envoyes");
      case ES -> WordSet.of("representante", "representantes", "enviado", "enviados", "enviada", "enviadas");
    };
  }

  /**
   * The verbs written in {@code lang} of a pledger's promise or offer, in the forms a question asks
   * what a people did or do ("what did they promise?", "qu'ont-ils proposé ?", "¿qué ofrecen?"):
   * ending a question after a people named as a noun, they ask this bot about that people's state
   * ({@link NameIndex}), however much was told of the people before.
   */
  static Set<String> pledging(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("promise", "promises", "promised", "pledge", "pledges", "pledged", "offer", "offers",
          "offered", "propose", "proposes", "proposed", "commit", "commits", "committed", "undertake", "undertook");
      case FR -> WordSet.of("promis", "promet", "promettent", "promettre", "propose", "proposes", "proposent",
          "proposer", "offert", "offre", "offrent", "offrir", "engage", "engages", "engagent");
      case ES -> WordSet.of("prometieron", "prometio", "prometen", "promete", "prometido", "ofrecen", "ofrece",
          "ofrecio", "ofrecieron", "ofrecido", "proponen", "propone", "propuso", "propusieron", "propuesto",
          "comprometieron", "comprometio", "comprometen", "comprometido", "comprometidos");
    };
  }

  /**
   * The everyday other names written in {@code lang} of a pledger state's people, by the pledger's
   * id, as the language's dictionary gives them for that state's nationals (the RAE: "tico" for
   * costarricense, "chapín" for guatemalteco, "guanaco" for salvadoreño, "yanqui" for
   * estadounidense), in the masculine and feminine singular: read by {@link NameKey#of}
   * as people's words of that state ("los ticos", "¿qué ofrecieron los guanacos?") for its names
   * only, never put into the pledges' indexed texts, where they would weigh on every search. English
   * and French have none in standard use for these states. Not "charrúa" for uruguayo: its stem is
   * one letter from French "charte", which then read as its mistyped adjective.
   */
  static Map<String, List<String>> nicknames(Lang lang) {
    return switch (lang) {
      case EN, FR -> Map.of();
      case ES -> Map.of("CR", List.of("tico", "tica"), "GT", List.of("chapín", "chapina"),
          "SV", List.of("guanaco", "guanaca"), "US", List.of("yanqui"));
    };
  }

  /**
   * The verbs written in {@code lang} of talking with someone or meeting them, in the forms an asker
   * asks them in (the infinitive after a modal, the first person plural, Spanish's pronoun joined):
   * "talk", "speak", "meet"; "parler", "discuter", "rencontrer"; "hablar", "conversar", "reunirnos".
   * With a pronoun pointing back to the one pledger named before, in a later part of a message that
   * tells nothing else ("..., we would like to meet them", "nous aimerions les voir", "queremos reunirnos con
   * ellos"), they ask this bot how to reach it, as {@link #reaching} does ({@code NameIndex}); never
   * where the message tells of private life, whose people one talks to too.
   */
  static Set<String> talking(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("talk", "talking", "speak", "speaking", "chat", "chatting", "discuss", "discussing", "meet");
      case FR -> WordSet.of("parler", "parlons", "discuter", "discutons", "echanger", "echangeons", "rencontrer",
          "rencontrons", "dialoguer");
      case ES -> WordSet.of("hablar", "hablamos", "hablarles", "conversar", "conversamos", "charlar", "platicar",
          "dialogar", "reunirnos", "reunirme");
    };
  }

  /**
   * The nouns written in {@code lang} for a people's own state as a possessive of the third person owns
   * it: its government, its country, its state; "son gouvernement", "su país". After a people's
   * adjective in the same sentence ("a Peruvian newspaper wrote that its government ...", "un diario
   * peruano ... su gobierno"), the possessive points back to the one the adjective qualifies, whose
   * state is the adjective's ({@code NameIndex.governedBy}).
   */
  static Set<String> ownState(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("government", "country", "state");
      case FR -> WordSet.of("gouvernement", "pays", "etat");
      case ES -> WordSet.of("gobierno", "pais", "estado");
    };
  }

  /**
   * The auxiliaries written in {@code lang} that a question puts before its subject ("what did X
   * promise?", "has X offered ..."): a word standing alone between one and a verb of {@link
   * #pledging} is that verb's subject, so a pledger's name, even where it is typed as an everyday
   * word ("what has turkey pledged?", {@code NameIndex.subjectOfPledge}). French and Spanish put such a
   * subject after its verb ("qu'a promis la Turquie", "¿qué ofreció Turquía?"): none.
   */
  static Set<String> subjectAuxiliaries(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "shall",
          "should", "may", "might");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The forms written in {@code lang} of contacting or reaching a body that the question filler
   * ({@link LanguagePack#filler}) lacks: the asker's own verb, its persons and its pronouns joined
   * ("¿cómo los contactamos?", "comment les contacter", "how do we reach them"). Beside a name they
   * ask this bot how to reach that pledger, as the filler's "contact" does. Not French "contacte",
   * which folds the participle one is contacted with ("il m'a contacté").
   */
  static Set<String> reaching(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("contacting", "contacted", "reaching");
      case FR -> WordSet.of("contactons", "contactez", "contacterai", "contacterais", "joignons", "joins");
      case ES -> WordSet.of("contactamos", "contacta", "contactan", "contactarlos", "contactarlas",
          "contactarla", "contactarle", "contactarles", "contactarte", "contacten", "contactemos");
    };
  }

  /**
   * The verbs written in {@code lang}, folded, of taking a body on as a funder, a partner or a guest:
   * to fund, finance or sponsor it, to partner or work with it, to invite it. Right before an
   * organisation's name, past an article, a preposition of company ({@link #company}) and the name of
   * one of its offices ({@link #desks}), or right after it as its verb ("X finances groups like ours"),
   * they ask this bot about that organisation, as its filler does ({@code NameIndex.engaged}). A
   * country is not read so: "invite the Dutch neighbours", "fund a trip to Chile" are a people and a
   * place.
   */
  static Set<String> engaging(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("fund", "funds", "funded", "finance", "finances", "financed", "sponsor", "sponsors",
          "sponsored", "partner", "partnered", "invite", "invites", "invited", "meet", "collaborate", "cooperate");
      case FR -> WordSet.of("financer", "finance", "financent", "subventionner", "subventionne", "inviter", "invite",
          "invitent", "rencontrer", "collaborer", "cooperer");
      case ES -> WordSet.of("financiar", "financia", "financian", "financio", "patrocinar", "patrocina", "invitar",
          "invitamos", "invita", "invitan", "reunirnos", "colaborar", "cooperar");
    };
  }

  /**
   * The adverbs written in {@code lang}, folded, that point back to a place named before: "there";
   * "allá", "allí", "ahí". French writes "là-bas" in two tokens, the first the article's form: none.
   */
  static Set<String> there(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("there");
      case FR -> WordSet.of();
      case ES -> WordSet.of("alla", "alli", "ahi");
    };
  }

  /**
   * The nouns written in {@code lang}, folded, of what a party offers or undertakes to others: an offer,
   * a proposal, a promise, its commitments; "offre", "proposition", "promesse"; "oferta", "propuesta",
   * "promesa" ({@code NameIndex.offerOf}: "la oferta de X", "the offer of X" is the pledger's).
   */
  static Set<String> offers(Lang lang) {
    return union(commitments(lang), switch (lang) {
      case EN -> WordSet.of("offer", "offers", "proposal", "proposals", "promise", "promises");
      case FR -> WordSet.of("offre", "offres", "proposition", "propositions", "promesse", "promesses");
      case ES -> WordSet.of("oferta", "ofertas", "propuesta", "propuestas", "promesa", "promesas");
    });
  }

  /**
   * The nouns written in {@code lang}, folded, of a body taken on as a funder, a partner, a guest or a
   * meeting's other side: funding, a partnership, an alliance, an invitation, a meeting ("rendez" of
   * "rendez-vous"). Read as {@link #engaging} is, before the name only: after it they are the body's
   * own thing ("the X meeting room").
   */
  static Set<String> engagements(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("funding", "financing", "partnership", "partnerships", "invitation", "meeting", "meetings",
          "cooperation", "collaboration", "grant", "grants");
      case FR -> WordSet.of("financement", "financements", "partenariat", "partenariats", "invitation", "rendez",
          "reunion", "rencontre", "cooperation", "collaboration");
      case ES -> WordSet.of("financiamiento", "financiacion", "alianza", "alianzas", "invitacion", "reunion",
          "cooperacion", "colaboracion");
    };
  }

  /**
   * The prepositions written in {@code lang} of doing a thing with another, folded: "with", "avec",
   * "auprès", "con"; Spanish's "a" and "al" too, which mark a person or a body as a verb's object
   * ("invitar al X"). Read between a word of {@link #engaging} and the organisation it engages.
   */
  static Set<String> company(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("with");
      case FR -> WordSet.of("avec", "aupres");
      case ES -> WordSet.of("con", "a", "al");
    };
  }

  /**
   * The nouns written in {@code lang} for a visit or a mission one body pays another: with a word of
   * {@link #visitPurposes} beside them, past function words ("study visit", "mission d'étude",
   * "visita de trabajo"), a party a state sends as {@link #delegations} are. Not a trip, a voyage or
   * a "viaje", which are as often one's own ({@link #ownLife}), nor a visit alone (a family's).
   */
  static Set<String> visits(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("visit", "visits", "tour", "tours", "mission", "missions");
      case FR -> WordSet.of("visite", "visites", "mission", "missions");
      case ES -> WordSet.of("visita", "visitas", "mision", "misiones", "gira", "giras");
    };
  }

  /**
   * The nouns written in {@code lang} that make a visit of {@link #visits} one of work or of
   * learning: "study", "working", "exchange"; "étude", "travail", "échange"; "estudio", "trabajo",
   * "intercambio" (peers visiting one another to learn how they work).
   */
  static Set<String> visitPurposes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("study", "working", "learning", "exchange");
      case FR -> WordSet.of("etude", "etudes", "travail", "apprentissage", "echange", "echanges");
      case ES -> WordSet.of("estudio", "estudios", "trabajo", "aprendizaje", "intercambio", "intercambios");
    };
  }

  /**
   * The nouns written in {@code lang} for offices and institutions of public power whose word is as
   * often an everyday thing: a party (a birthday party), a court (a tennis court, court shoes), a
   * cabinet (a kitchen cabinet), a commission (a fee), "trésor" and "tesoro" (a treasure), "police"
   * (a font), "cour" (a yard), "hacienda" (an estate), "corte" (a haircut), "partido" (a match). As
   * the owner of rules, a policy or a role they make it public as the {@link #offices} do, since the
   * role or the rules say which meaning is meant ("the party's policy", "le bureau du trésor", "la
   * secretaría de hacienda"); beside a people's adjective they do not name a state, since there the
   * everyday thing is as likely (a Mexican treasure, una hacienda mexicana, Italian court shoes).
   * No policy words, none of {@link #offices}.
   */
  static Set<String> homonyms(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("party", "parties", "court", "courts", "judge", "judges", "army", "military", "assembly",
          "cabinet", "commission", "auditor", "auditors");
      case FR -> WordSet.of("tresor", "police", "cour", "parti", "partis", "commission");
      case ES -> WordSet.of("hacienda", "tesoro", "partido", "partidos", "corte", "cortes", "comision");
    };
  }

  /**
   * The words written in {@code lang} of an enquirer's own trade: the one who researches, the asker's
   * own act of enquiring (first person) and a piece of school or scholarly work. They frame why one
   * asks, about a subject of the field or about any other (a church, a species, a board game), so a
   * thesaurus phrase that holds one (an independent mechanism's researchers, an impact study, a
   * school presentation) lends none of its themes to it alone ({@link ThemeDetector}); said in full,
   * the phrase keeps them. Left out because they also name the field's own things said alone: report,
   * results, sources, investigation, enquête.
   */
  static Set<String> enquiry(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("researcher", "researchers", "scholar", "scholars");
      case FR -> WordSet.of("chercheur", "chercheurs", "chercheuse", "chercheuses", "expose", "exposes", "etude", "etudes");
      case ES -> WordSet.of("investigador", "investigadores", "investigadora", "investigadoras", "investigo", "estudio",
          "estudios");
    };
  }

  /**
   * The nouns written in {@code lang} for a workplace or a role that any organisation has (an
   * office, a clerk, a desk, the staff, a chief, a treasurer), which are public life only when the
   * compound they end says whose they are ({@link QuestionCompiler}): a division of the country, an
   * office of public power or a prerogative of the state before them ({@link #divisions}, {@link
   * #offices}, {@link #prerogatives}: the county clerk, the police chief, the PM's office, the tax
   * office), as against the school office, the bank clerk, the hotel desk or an office party. No
   * policy words: on their own they say nothing of public life. French and Spanish name the owner
   * after a preposition of {@link #belonging} instead ("le bureau des passeports", "la oficina de
   * impuestos"), as against "le guichet de la banque" or "la ventanilla del cine".
   */
  static Set<String> roles(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("office", "offices", "clerk", "clerks", "desk", "counter", "staff", "chief", "chiefs",
          "commissioner", "commissioners", "treasurer", "treasurers", "registrar", "registrars", "inspector",
          "inspectors", "secretary", "secretaries");
      case FR -> WordSet.of("bureau", "bureaux", "guichet", "guichets", "agent", "agents", "greffe", "greffier",
          "greffiers", "greffiere", "secretariat", "direction", "personnel", "chef", "chefs",
          "employe", "employes", "inspecteur", "inspecteurs");
      case ES -> WordSet.of("oficina", "oficinas", "ventanilla", "ventanillas", "agente", "agentes", "personal", "jefe",
          "jefes", "jefa", "departamento", "empleado", "empleados", "secretaria", "inspector", "inspectores");
    };
  }

  /**
   * The nouns written in {@code lang} for a service or a centre that any organisation may run (a
   * customer service, a shopping centre, "un centro comercial"), which name a public service body
   * only where a sector of public action owns them ({@link QuestionCompiler}: the health service, "le
   * centre de santé", "el servicio de salud"), beside an act of the field, as the roles of {@link
   * #roles} do. Not roles: a division or a prerogative before them makes no public office of them
   * ("the town centre", "el centro del municipio"). No policy words.
   */
  static Set<String> services(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("service", "services", "centre", "centres", "center", "centers");
      case FR -> WordSet.of("service", "services", "centre", "centres");
      case ES -> WordSet.of("servicio", "servicios", "centro", "centros");
    };
  }

  /**
   * The nouns written in {@code lang} for what only a state does: levy taxes, issue passports and
   * visas, guard its borders, count its people. Before a word of {@link #roles} they make it a
   * public one (the tax office, a passport clerk, the customs desk). Not policy words themselves: a
   * tax return, a passport photo or a visa card is one's own business. Only the languages {@link
   * #roles} lists words for need them.
   */
  static Set<String> prerogatives(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("tax", "taxes", "passport", "passports", "customs", "immigration", "visa", "visas",
          "revenue", "licensing", "census");
      case FR -> WordSet.of("impot", "impots", "passeport", "passeports", "douane", "douanes", "visa", "visas",
          "immigration", "fisc");
      case ES -> WordSet.of("impuesto", "impuestos", "pasaporte", "pasaportes", "aduana", "aduanas", "visado", "visados",
          "visa", "visas", "migracion", "inmigracion");
    };
  }

  /**
   * The prepositions written in {@code lang} that name the owner after a word of {@link #bodies}
   * ("the council of our building", as against "the council of the county") or of {@link #roles}
   * ("le guichet des douanes", "los empleados de migración").
   */
  static Set<String> belonging(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("of");
      case FR -> WordSet.of("de", "des", "du");
      case ES -> WordSet.of("de", "del");
    };
  }

  /**
   * The bare prepositions written in {@code lang} that join a compound's head to the noun that says
   * what kind of thing it is, with no article between them (French "de" and its elided "d'",
   * Spanish "de"): "jeu de société", "conseil d'administration", "reforma de dormitorio", as against
   * an owner named with its article ("la réforme du code", "el consejo del municipio"). English
   * puts the kind before the head without a preposition ("board game"), so it lists none.
   */
  static Set<String> kinds(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("de", "d");
      case ES -> WordSet.of("de");
    };
  }

  /**
   * The nouns written in {@code lang} for a person who holds public office: an official, a minister,
   * a mayor, an elected member, a judge. Beside a word of {@link #firms} they tell of public office
   * meeting private business, which is the field's "private sector" ({@link ThemeDetector}): a
   * minister who joins a company, a contract given to a firm, a company's gift to an official. Not
   * the roles any organisation has (a director, a manager, a president, an adviser: "conseiller" is
   * also a bank's), nor a body (a ministry, a council), which does business with companies every day.
   */
  static Set<String> officeholders(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("official", "officials", "minister", "ministers", "mayor", "mayors", "councillor",
          "councillors", "councilor", "councilors", "politician", "politicians", "servants", "mp", "mps", "senator",
          "senators", "congressman", "congresswoman", "congressmen", "regulator", "regulators", "governor",
          "governors", "judge", "judges", "servant", "lawmaker", "lawmakers", "legislator", "legislators");
      case FR -> WordSet.of("fonctionnaire", "fonctionnaires", "ministre", "ministres", "maire", "maires", "elu", "elus",
          "elue", "elues", "prefet", "prefets", "depute", "deputes", "deputee", "deputees", "senateur", "senateurs",
          "politicien", "politiciens", "politicienne", "politiciennes", "juge", "juges", "senatrice", "senatrices",
          "gouverneur", "gouverneurs", "percepteur", "percepteurs");
      case ES -> WordSet.of("funcionario", "funcionarios", "funcionaria", "funcionarias", "ministro", "ministros",
          "ministra", "ministras", "alcalde", "alcaldes", "alcaldesa", "concejal", "concejala", "concejales",
          "concejalas", "regidor", "regidora", "regidores", "regidoras", "intendente", "intendentes", "diputado",
          "diputados", "diputada", "diputadas", "senador", "senadores", "senadora", "gobernador", "gobernadores",
          "gobernadora", "gobernadoras", "senadoras", "politico", "politicos", "juez", "jueces", "jueza", "juezas",
          "viceministro", "viceministros", "legislador", "legisladores", "legisladora", "legisladoras");
    };
  }

  /** The holders of public office of every language ({@link #officeholders(Lang)}). */
  static Set<String> officeholders() {
    return everyLanguage(PolicyWords::officeholders);
  }

  /**
   * Whether {@code surface} is a title of {@code holders} written with the prefix of one who held
   * it ({@link #FORMER}: "exministro", "exfuncionaria"), which names public office as the title does.
   */
  static boolean former(String surface, Set<String> holders) {
    return surface.length() > FORMER.length() && surface.startsWith(FORMER)
        && holders.contains(surface.substring(FORMER.length()));
  }

  /**
   * The prefix written before a title of {@link #officeholders} for one who held it ("exministro",
   * "ex-ministre", "ex-minister"): the person still names public office, the one left.
   */
  static final String FORMER = "ex";

  /**
   * The entry written in {@code lang} for a holder of public office who moves to the firms he dealt
   * with, or back and forth between office and business ({@link IntegrityStories#moved}): the field's
   * revolving door.
   */
  static String revolvingDoor(Lang lang) {
    return switch (lang) {
      case EN -> "revolving door";
      case FR -> "pantouflage";
      case ES -> "puertas giratorias";
    };
  }

  /**
   * The nouns written in {@code lang} for the head of a body, which any organisation has (a director,
   * a head, a chief): a post of public office only where the story ties it to a firm the post dealt
   * with ({@link IntegrityStories#moved}), as a director who licensed the firm he now advises.
   */
  static Set<String> heads(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("director", "directors", "head", "heads", "chief", "chiefs", "commissioner",
          "commissioners", "secretary", "regulator", "regulators", "inspector", "inspectors");
      case FR -> WordSet.of("directeur", "directeurs", "directrice", "directrices", "chef", "chefs", "secretaire",
          "commissaire", "commissaires", "inspecteur", "inspecteurs", "inspectrice", "regulateur");
      case ES -> WordSet.of("director", "directores", "directora", "directoras", "jefe", "jefes", "jefa", "jefas",
          "secretario", "secretaria", "comisionado", "comisionada", "inspector", "inspectora", "regulador");
    };
  }

  /**
   * The words written in {@code lang} right before a post that say its holder has left it: former,
   * retired, "ancien", "antiguo" (the prefix of {@link #FORMER} is read on the title itself).
   */
  static Set<String> formerly(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("former", "ex", "retired", "old", "onetime", "erstwhile");
      case FR -> WordSet.of("ancien", "ancienne", "anciens", "anciennes", "ex");
      case ES -> WordSet.of("antiguo", "antigua", "antiguos", "antiguas", "ex");
    };
  }

  /**
   * The verbs and participles written in {@code lang} right after a post, or before a body, that say
   * its holder left it: left, retired, "parti", "quitté", "jubilado", "dejó".
   */
  static Set<String> leftOffice(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("left", "leaving", "retired", "retiring", "quit", "resigned", "stepped");
      case FR -> WordSet.of("parti", "partie", "partis", "quitte", "quittent", "quittant", "retraite", "retraitee",
          "demissionne");
      case ES -> WordSet.of("jubilado", "jubilada", "jubilo", "dejo", "dejan", "dejar", "dejando", "retirado",
          "retirada", "renuncio");
    };
  }

  /**
   * The verbs written in {@code lang} for passing from one place to another, which, right before a
   * public body, tell a holder leaving it ({@link IntegrityStories#moved}): "going from the ministry",
   * "passent du ministère", "pasan del ministerio".
   */
  static Set<String> passingFrom(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("going", "go", "goes", "moving", "move", "moves", "moved", "went");
      case FR -> WordSet.of("passent", "passe", "passer", "passant", "vont", "va");
      case ES -> WordSet.of("pasan", "pasa", "pasar", "pasando", "van", "va");
    };
  }

  /**
   * The verbs written in {@code lang} for serving a party one works for: joined, works, advises,
   * "travaille", "conseille", "trabaja", "asesora". Before a verb of a post's dealing ({@link
   * #dealtWith}) they name the party the post dealt with as a firm's noun does ("joined the line he
   * licensed").
   */
  static Set<String> serving(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("joined", "joins", "works", "work", "working", "advises", "advising", "consults",
          "chairs", "runs");
      case FR -> WordSet.of("travaille", "travailler", "travaillent", "conseille", "conseiller", "rejoint",
          "rejoindre", "dirige");
      case ES -> WordSet.of("trabaja", "trabajar", "trabajan", "asesora", "asesorar", "dirige");
    };
  }

  /**
   * The entry written in {@code lang} for firms pressing a public body ({@link IntegrityStories#pressed}).
   */
  static String lobbying(Lang lang) {
    return switch (lang) {
      case EN, FR -> "lobbying";
      case ES -> "cabildeo";
    };
  }

  /**
   * The words written in {@code lang} for pressure brought to bear: pressure, pressing, "pression",
   * "presión". A firm's pressure on a public body is lobbying ({@link IntegrityStories#pressed}).
   */
  static Set<String> pressure(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("pressure", "pressures", "pressing", "pressed", "press");
      case FR -> WordSet.of("pression", "pressions", "pressent", "pesent");
      case ES -> WordSet.of("presion", "presiones", "presionan", "presionando", "presiona");
    };
  }

  /**
   * The nouns written in {@code lang} for the deals a public body gives out: a contract, a tender,
   * "les marchés" (the plural only: "le marché" is as often a market), "la licitación". Beside a
   * relative of a holder of public office they tell the body's deals going to his kin ({@code
   * ThemeDetector}'s reading of office used for kin).
   */
  static Set<String> dealtOut(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("contract", "contracts", "tender", "tenders", "concession", "concessions");
      case FR -> WordSet.of("contrat", "contrats", "marches", "concession", "concessions");
      case ES -> WordSet.of("contrato", "contratos", "licitacion", "licitaciones", "concesion", "concesiones",
          "adjudicaciones");
    };
  }

  /**
   * The nouns written in {@code lang} for a private party an official may go to beyond a firm of
   * {@link #firms}: a developer, an importer, a bank, an industry, a law firm's partner, a board.
   */
  static Set<String> employers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("developer", "developers", "importer", "importers", "operator", "operators", "bank",
          "banks", "industry", "industries", "board", "partner", "lobby", "laboratory", "trawler", "shipping");
      case FR -> WordSet.of("promoteur", "promoteurs", "importateur", "importateurs", "transitaire", "transitaires",
          "operateur", "operateurs", "banque", "banques", "industrie", "industries", "associe", "associee",
          "laboratoire", "laboratoires", "cabinet", "lobby");
      case ES -> WordSet.of("promotora", "promotoras", "importadora", "importadoras", "importador", "importadores",
          "operador", "operadora", "banco", "bancos", "industria", "industrias", "socio", "socia", "bufete",
          "electricas", "laboratorio", "laboratorios", "directorio", "lobby");
    };
  }

  /**
   * The verbs written in {@code lang} for what a post does to a firm (each a form the story tells it
   * by: past, imperfect, participle, or the base after "used to"): regulate, license, approve,
   * inspect, hire, award, judge; "régulait", "contrôlait", "validé"; "regulaba", "contrataba",
   * "litigaba". After the firm the holder now works for, they tie the move to the post.
   */
  static Set<String> dealtWith(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("regulated", "regulate", "licensed", "license", "licence", "approved", "approve",
          "inspected", "inspect", "supervised", "supervise", "oversaw", "oversee", "hired", "contracted",
          "awarded", "award", "signed", "checked", "check", "audited", "permitted", "granted", "judged", "argued",
          "litigated", "policed", "controlled", "gave");
      case FR -> WordSet.of("regulait", "regule", "reglementait", "controlait", "controle", "surveillait",
          "supervisait", "valide", "validait", "autorise", "autorisait", "approuve", "approuvait", "agree",
          "attribue", "attribuait", "octroye", "accorde", "inspectait", "plaidait", "jugeait", "embauchait",
          "recrutait", "donnait");
      case ES -> WordSet.of("regulaba", "regulo", "controlaba", "controlo", "supervisaba", "superviso",
          "fiscalizaba", "fiscalizo", "vigilaba", "contrataba", "contrato", "adjudicaba", "adjudico", "aprobaba",
          "aprobo", "autorizaba", "autorizo", "otorgaba", "otorgo", "inspeccionaba", "litigaba", "juzgaba",
          "concedia", "concedio", "daba");
    };
  }

  /**
   * The verbs written in {@code lang} for selling, which, before a body named the same one as the post
   * held ({@link #sameOne}), tie a former buyer to his old office: "now supplies the same ministry".
   */
  static Set<String> selling(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("sells", "sell", "selling", "sold", "supplies", "supplying");
      case FR -> WordSet.of("vend", "vendent", "vendait", "fournit", "fournissent");
      case ES -> WordSet.of("vende", "venden", "vendia", "vendiendo", "provee", "suministra");
    };
  }

  /** The words written in {@code lang} for the very one named before: same, "même", "mismo". */
  static Set<String> sameOne(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("same");
      case FR -> WordSet.of("meme", "memes");
      case ES -> WordSet.of("mismo", "misma", "mismos", "mismas");
    };
  }

  /**
   * The words written in {@code lang} that tell a move made both ways, from office to business and
   * back: "back", "allers-retours" (its second word), "vuelven".
   */
  static Set<String> bothWays(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("back");
      case FR -> WordSet.of("retours", "retour");
      case ES -> WordSet.of("vuelven", "vuelve", "vuelta", "regresan");
    };
  }

  /**
   * The adjectives written in {@code lang} that make a body or its staff a government's: ministerial,
   * "ministériel", "ministerial".
   */
  static Set<String> ministerial(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ministerial", "departmental");
      case FR -> WordSet.of("ministeriel", "ministeriels", "ministerielle", "ministerielles");
      case ES -> WordSet.of("ministerial", "ministeriales");
    };
  }

  /**
   * The nouns written in {@code lang} for a commission paid on a deal: "commissions", "comisiones",
   * which hidden ({@link #hidden}) on a public deal are a bribe ({@link IntegrityStories#paidUnder}).
   */
  static Set<String> commissions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("commission", "commissions", "cut", "cuts", "payments");
      case FR -> WordSet.of("commission", "commissions", "retrocommissions", "versements");
      case ES -> WordSet.of("comision", "comisiones", "pagos");
    };
  }

  /**
   * The words written in {@code lang} that tell money hidden: secret, hidden, "occultes", "ocultas",
   * and the words of "under the table", "sous la table", "debajo de la mesa" ({@link
   * IntegrityStories#paidUnder} reads the phrase by its two content words).
   */
  static Set<String> hidden(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("secret", "hidden", "undisclosed", "undeclared");
      case FR -> WordSet.of("occulte", "occultes", "secrete", "secretes", "cachee", "cachees", "dissimulees");
      case ES -> WordSet.of("oculta", "ocultas", "secreta", "secretas", "escondidas", "ocultos");
    };
  }

  /** The preposition and the noun of "under the table" written in {@code lang}: the phrase's two ends. */
  static List<String> underTable(Lang lang) {
    return switch (lang) {
      case EN -> List.of("under", "table");
      case FR -> List.of("sous", "table");
      case ES -> List.of("debajo", "mesa");
    };
  }

  /**
   * The nouns written in {@code lang} for a private business or those who run one: a company, a
   * firm, a contractor, a supplier, a businessman. Not a bank or a laboratory (a state has its own:
   * the central bank, a public laboratory), nor "société" (civil society) or "firma" (a signature).
   */
  static Set<String> firms(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("company", "companies", "firm", "firms", "corporation", "corporations", "contractor",
          "contractors", "supplier", "suppliers", "businessman", "businessmen", "businesswoman", "multinational",
          "multinationals");
      case FR -> WordSet.of("entreprise", "entreprises", "firme", "firmes", "compagnie", "compagnies", "fournisseur",
          "fournisseurs", "prestataire", "prestataires", "industriel", "industriels", "multinationale",
          "multinationales", "petroliere", "petrolieres", "miniere", "minieres");
      case ES -> WordSet.of("empresa", "empresas", "compania", "companias", "constructora", "constructoras", "proveedor",
          "proveedores", "contratista", "contratistas", "empresario", "empresarios", "empresaria", "empresarias",
          "multinacional", "multinacionales", "petrolera", "petroleras", "minera", "mineras");
    };
  }

  /**
   * The nouns written in {@code lang} for a business one may run or work in that no public body is,
   * and for those it sells to: a shop, a store, a start-up, a small firm, a restaurant, a brand; its
   * customers, clients and sales. After the first person's possessive ("our shop", "ma start-up",
   * "nuestros clientes") they say the asker speaks for a business of their own ({@code
   * QuestionCompiler}). Not an agency, an office, a cabinet, a service, a centre or a team: a
   * government has its own.
   */
  static Set<String> ventures(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("business", "shop", "shops", "store", "stores", "startup", "restaurant", "bakery", "cafe",
          "boutique", "brand", "franchise", "salon", "retailer", "customers", "clients", "sales");
      case FR -> WordSet.of("boutique", "boutiques", "magasin", "magasins", "startup", "pme", "restaurant",
          "boulangerie", "marque", "franchise", "client", "clients", "clientele", "ventes");
      case ES -> WordSet.of("negocio", "negocios", "tienda", "tiendas", "startup", "pyme", "restaurante",
          "panaderia", "marca", "franquicia", "consultora", "cliente", "clientes", "clientela", "ventas");
    };
  }

  /**
   * The nouns written in {@code lang} for a body that only its members form and own, told by its kind
   * alone: a cooperative, a trade union, a guild, a mutual society, a brotherhood. No state has one of
   * its own (a union of states is named, "the European Union"; English "union" is left out for it), so
   * one such body named in particular ("the cooperative", "le syndicat", "nuestra cofradía") owns the
   * field's words told of it as a firm does ({@code QuestionCompiler.memberBody}).
   */
  static Set<String> memberBodies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cooperative", "coop", "guild", "syndicate", "fraternity", "sorority", "brotherhood");
      case FR -> WordSet.of("cooperative", "syndicat", "mutuelle", "guilde", "confrerie", "fraternite");
      case ES -> WordSet.of("cooperativa", "sindicato", "mutua", "mutualidad", "gremio", "cofradia", "hermandad");
    };
  }

  /**
   * The nouns written in {@code lang} for a profession's own body, an order or a college of its members
   * ("l'ordre des médecins", "el colegio de abogados"): a member body ({@link #memberBodies}) only where
   * its members, a plural noun, are named after it by a preposition of belonging; the same nouns say a
   * sequence or a school elsewhere. English names such a body an association or a council.
   */
  static Set<String> orders(Lang lang) {
    return switch (lang) {
      case EN -> Set.<String>of();
      case FR -> WordSet.of("ordre");
      case ES -> WordSet.of("colegio");
    };
  }

  /**
   * The nouns written in {@code lang} for those a business sells to: its customers, its clients, its
   * clientele, singular too ("customer support", "le service client"). A public service calls those
   * it serves users, citizens, residents, patients or claimants; where the asker's own possessive
   * stands beside them, a queue, a wait or a service made better is the asker's business serving
   * its customers ({@code QuestionCompiler.servesOwnCustomers}).
   */
  static Set<String> customers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("customer", "customers", "client", "clients", "clientele");
      case FR -> WordSet.of("client", "clients", "cliente", "clientes", "clientele");
      case ES -> WordSet.of("cliente", "clientes", "clienta", "clientas", "clientela");
    };
  }

  /**
   * The nouns written in {@code lang} for an agency: a public body's ({@link #of}) as often as a
   * business that sells a trade's services (a travel agency, "une agence immobilière", "una agencia de
   * viajes"), which the trade beside it tells apart ({@link #agencyTrades}).
   */
  static Set<String> agencies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("agency", "agencies");
      case FR -> WordSet.of("agence", "agences");
      case ES -> WordSet.of("agencia", "agencias");
    };
  }

  /**
   * The trades written in {@code lang} that only a business sells as an agency: marketing,
   * advertising, travel, recruitment, estate, talent and models, design, events, translation, dating,
   * letting and rental ("the letting agency", "l'agence de location", "la agencia de alquiler").
   * Beside an agency word ({@link #agencies}: English before it, French and Spanish after it, as
   * its adjective or after a preposition of kind: "agence de voyages", "agencia inmobiliaria") the
   * agency is a firm of that trade, no public body ({@code QuestionCompiler.tradeAgencies}). Not a
   * trade a state runs an agency for as well: employment or jobs (a public employment service),
   * security, news or press, credit rating, the environment, health, data, tax.
   */
  static Set<String> agencyTrades(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("marketing", "advertising", "ad", "ads", "travel", "recruitment", "recruiting", "staffing",
          "temp", "estate", "realty", "talent", "modelling", "modeling", "model", "casting", "creative", "design",
          "branding", "pr", "seo", "web", "digital", "event", "events", "translation", "dating", "nanny", "booking",
          "insurance", "letting", "lettings", "rental", "rentals", "property");
      case FR -> WordSet.of("immobiliere", "immobilieres", "voyage", "voyages", "communication", "publicite", "pub",
          "publicitaire", "marketing", "interim", "mannequins", "mannequin", "matrimoniale", "web", "digitale",
          "design", "evenementielle", "evenementiel", "traduction", "recrutement", "casting", "assurance",
          "assurances", "location", "locations");
      case ES -> WordSet.of("viajes", "viaje", "inmobiliaria", "inmobiliarias", "publicidad", "publicitaria", "marketing",
          "comunicacion", "modelos", "traduccion", "seguros", "eventos", "reclutamiento", "diseno", "digital",
          "contenidos", "casting", "alquiler", "alquileres", "arriendo", "arriendos");
    };
  }

  /**
   * The nouns written in {@code lang} for an application on a phone, which a firm or a start-up sells
   * as often as a public body offers one: before a word of improving with no public body named
   * ({@code QuestionCompiler.improvedPrivately}) it is a product improving its users' trips or care,
   * a market matter. Not the English "application" nor the Spanish "aplicación", also a form one
   * files and a law's enforcement, nor a platform, as often the state's open data portal.
   */
  static Set<String> apps(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("app", "apps");
      case FR -> WordSet.of("app", "apps", "appli", "applis");
      case ES -> WordSet.of("app", "apps");
    };
  }

  /**
   * The nouns written in {@code lang} that head the name of a trade's companies, the trade's word
   * beside them ("oil companies", "mining firms", "empresas mineras", "sociétés minières"): the
   * {@link #firms} and the nouns that name a company only beside a trade ("société", civil society
   * elsewhere; the English "majors", the largest companies of a trade). Where the thesaurus writes
   * such a phrase, the trade's word read with another of these nouns, or, in French and Spanish, its
   * adjective standing alone as the noun ("la minera", "une pétrolière"), reads as that phrase
   * ({@link ThemeDetector}).
   */
  static Set<String> companies(Lang lang) {
    return union(firms(lang), switch (lang) {
      case EN -> WordSet.of("major", "majors");
      case FR -> WordSet.of("societe", "societes");
      case ES -> Set.<String>of();
    });
  }

  /**
   * The nouns written in {@code lang} that name society at large and a company alike, which of the
   * two told only by the words beside them: the Spanish "sociedad". French "société" is no policy
   * word at all ({@link #of}); English "society" names no company.
   */
  static Set<String> societies(Lang lang) {
    return switch (lang) {
      case EN -> Set.<String>of();
      case FR -> WordSet.of("societe", "societes");
      case ES -> WordSet.of("sociedad", "sociedades");
    };
  }

  /**
   * The nouns written in {@code lang} for a part of a public body that a company has as well, its
   * departments: beside a word of {@link #firms} they are the firm's.
   */
  static Set<String> departments(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("department", "departments");
      case FR, ES -> Set.<String>of();
    };
  }

  /**
   * The words written in {@code lang} that only a company has, its legal form and those who own it:
   * a public limited company, a limited company, a commercial company, its shareholders, its
   * partners. Beside one of them a noun of {@link #societies} is that company, no society at large.
   */
  static Set<String> incorporation(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("shareholder", "shareholders", "incorporated");
      case FR -> WordSet.of("anonyme", "anonymes", "actionnaire", "actionnaires", "associe", "associes");
      case ES -> WordSet.of("anonima", "anonimas", "limitada", "limitadas", "mercantil", "mercantiles", "accionista",
          "accionistas", "socio", "socios", "socia", "socias");
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names the governing of natural resources,
   * as the thesaurus writes it: a word of {@link #stewardship} beside a resource sector's everyday word
   * reads as it ({@link ThemeDetector}).
   */
  static String resourceGovernance(Lang lang) {
    return switch (lang) {
      case EN -> "natural resource management";
      case FR -> "gestion des ressources naturelles";
      case ES -> "gestión de los recursos naturales";
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for governing a natural resource: managing or
   * governing it, the titles that hand it out (licences, permits, concessions, leases, quotas,
   * contracts), what it pays the state (royalties) and who holds it (ownership, rights, tenure).
   * A licence, a permit or a contract in the singular is left out: one holder's paper is an errand
   * (a licence for a day of angling, a gas contract for a flat), handing them out is governing; nor
   * Spanish "cuotas", as often the dues of a club or the instalments of a purchase.
   * Beside a resource sector's everyday word ({@code needs_context} entries of the theme of {@link
   * #resourceGovernance}: "forests", "pesca", "land"), either word next to the other once function
   * words are left out, the pair reads as {@link #resourceGovernance} ({@link ThemeDetector}).
   */
  static Set<String> stewardship(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("management", "governance", "licences", "licenses", "permits", "concession",
          "concessions", "leases", "quotas", "contracts", "royalties", "ownership", "rights", "tenure");
      case FR -> WordSet.of("gestion", "gouvernance", "licences", "permis", "concession", "concessions", "baux",
          "quotas", "contrats", "redevances", "royalties", "propriete", "droits", "attribution");
      case ES -> WordSet.of("gestion", "gobernanza", "licencias", "permisos", "concesion", "concesiones",
          "arriendos", "contratos", "regalias", "propiedad", "derechos", "tenencia");
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names private business as against public
   * office, as the thesaurus writes it: a word of {@link #firms} beside one of {@link
   * #officeholders} reads as it ({@link ThemeDetector}).
   */
  static String privateSector(Lang lang) {
    return switch (lang) {
      case EN -> "private sector";
      case FR -> "secteur privé";
      case ES -> "sector privado";
    };
  }

  /**
   * The singular forms written in {@code lang} of the adjective that calls a body private, as the
   * field's {@link #privateSector} phrase writes it: "private"; "privé", "privée"; "privado",
   * "privada". Beside one body ("a private clinic", "l'école privée", "el colegio privado") it names
   * that body's owner, whose ethics, board, complaints or data are its own affairs; the plural forms
   * name such bodies in general, a subject of the field (public money paid to private schools).
   * English adjectives do not agree in number, and there the noun says it.
   */
  static Set<String> privately(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("private");
      case FR -> WordSet.of("prive", "privee");
      case ES -> WordSet.of("privado", "privada");
    };
  }

  /**
   * The nouns written in {@code lang} for a relative: a son, a daughter, a brother, a wife, a nephew,
   * a cousin, an in-law, the family (a hyphenated in-law is read by its last word: "belle-sœur").
   * Beside a word of {@link #officeholders}, in a question that already tells of public life, they
   * tell of office used for one's kin ({@link ThemeDetector}): a mayor who hires his nephew, a
   * minister's wife's contract. Not the elders ("uncle", "tante", "abuelo"), whom office seldom
   * places; not "prima" (a bonus), "femme" (a woman) or "proches" (near).
   */
  static Set<String> kin(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "nephew",
          "nephews", "niece", "nieces", "cousin", "cousins", "wife", "wives", "husband", "husbands", "relative",
          "relatives", "family", "families", "children", "kids");
      case FR -> WordSet.of("fils", "fille", "filles", "frere", "freres", "soeur", "soeurs", "neveu", "neveux", "niece",
          "nieces", "cousin", "cousins", "cousine", "cousines", "epouse", "epouses", "mari", "maris", "famille",
          "familles", "enfants", "gendre", "gendres", "parents");
      case ES -> WordSet.of("hijo", "hijos", "hija", "hijas", "hermano", "hermanos", "hermana", "hermanas", "sobrino",
          "sobrinos", "sobrina", "sobrinas", "primo", "primos", "esposa", "esposas", "esposo", "esposos", "marido",
          "maridos", "cunado", "cunados", "cunada", "cunadas", "yerno", "yernos", "nuera", "familia", "familias",
          "familiares", "parientes");
    };
  }

  /**
   * The word puzzles written in {@code lang}, as the question's words hold them (accents folded), each
   * a phrase of one word or more: a crossword, a word search, an anagram; "mots croisés", "mots
   * fléchés", "anagramme"; "crucigrama", "autodefinido", "sopa de letras". What such a puzzle asks is a
   * word found from a clue, so the field's words around it (a chamber, a levy, a public spending)
   * are the clue's and no question of public life ({@code QuestionCompiler}).
   */
  static List<List<String>> puzzles(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("crossword"), List.of("crosswords"), List.of("anagram"), List.of("anagrams"),
          List.of("word", "search"), List.of("word", "puzzle"), List.of("word", "puzzles"));
      case FR -> List.of(List.of("mots", "croises"), List.of("mots", "fleches"), List.of("anagramme"),
          List.of("anagrammes"), List.of("mots", "meles"));
      case ES -> List.of(List.of("crucigrama"), List.of("crucigramas"), List.of("autodefinido"),
          List.of("autodefinidos"), List.of("anagrama"), List.of("anagramas"), List.of("sopa", "de", "letras"));
    };
  }

  /**
   * The words that join a person named right before them to the asker, written in {@code lang}: "and
   * I", "et moi", "y yo". A relative or a friend so joined is the company that asks ("my friends and
   * I", "mes amis et moi", "mi familia y yo"), not the private life a question's words of conduct are
   * told of ({@code QuestionCompiler}).
   */
  static List<List<String>> withTheAsker(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("and", "i"), List.of("and", "me"));
      case FR -> List.of(List.of("et", "moi"), List.of("et", "nous"));
      case ES -> List.of(List.of("y", "yo"), List.of("y", "nosotros"), List.of("y", "nosotras"));
    };
  }

  /**
   * The nouns written in {@code lang} for whoever holds sway over one in private life: a boss, an
   * employer, a manager, a landlord, a coach; "patron", "propriétaire", "bailleur", "entraîneur";
   * "jefe", "casero", "arrendador", "entrenador". Accounting for one's acts asked by one of them, or
   * of one, is that private relation ({@code QuestionCompiler}). No chief, head, director or
   * president, which public bodies have ("chef de l'État", "jefe de gobierno" name their office
   * beside them all the same).
   */
  static Set<String> superiors(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("boss", "bosses", "employer", "employers", "manager", "managers", "landlord", "landlords",
          "landlady", "coach");
      case FR -> WordSet.of("patron", "patronne", "employeur", "proprietaire", "bailleur", "entraineur");
      case ES -> WordSet.of("jefe", "jefa", "empleador", "casero", "casera", "arrendador", "entrenador", "entrenadora");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for the people of one's own working life: a
   * business partner, a secretary, an assistant, an accountant, an employee, a colleague, a client;
   * "associé", "secrétaire", "comptable", "employé", "collègue", "client"; "socio", "secretaria",
   * "contador", "empleado", "colega", "cliente". Read only where the asker's possessive owns the person,
   * right before it or past a preposition of belonging and a private thing of the asker's ({@code
   * QuestionCompiler.associateOwned}: "mi socio", "ma secrétaire", "la secretaria de mi estudio"):
   * such a person is a setting of private life as a relative is, and his accounts or his conflicts of
   * interest are the asker's firm's or office's affair. Told without the possessive the words may be
   * public ones (a secretary of state, "la secretaría" of a ministry, "los empleados públicos").
   */
  static Set<String> associates(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("partner", "partners", "associate", "associates", "secretary", "assistant", "accountant",
          "bookkeeper", "employee", "employees", "colleague", "colleagues", "coworker", "coworkers", "client",
          "clients", "customer", "customers");
      case FR -> WordSet.of("associe", "associee", "associes", "associees", "secretaire", "assistant", "assistante",
          "comptable", "employe", "employee", "employes", "employees", "collegue", "collegues", "client", "cliente",
          "clients", "clientes");
      case ES -> WordSet.of("socio", "socia", "socios", "socias", "secretaria", "secretario", "asistente", "contador",
          "contadora", "contable", "gestor", "gestora", "empleado", "empleada", "empleados", "empleadas", "colega",
          "colegas", "cliente", "clienta", "clientes");
    };
  }

  /**
   * The verbs written in {@code lang} of a person asking or wanting to know: "asks", "wonders",
   * "know"; "demande", "savoir"; "pregunta", "saber". A relative or a friend with one of them right
   * after it ("my son asks", "ma fille veut savoir", "mi hijo quiere saber") is the one who asks this
   * bot through the asker, not the private life the question's words are told of ({@code
   * QuestionCompiler}). Not the verbs of learning or teaching: a child taught to account for his
   * pocket money is that life.
   */
  static Set<String> enquiring(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "know");
      case FR -> WordSet.of("demande", "demandent", "demandait", "demandaient", "savoir", "comprendre");
      case ES -> WordSet.of("pregunta", "preguntan", "pregunto", "preguntaba", "preguntaban", "saber", "entender");
    };
  }

  /**
   * The nouns written in {@code lang} for one neighbour: "neighbour", "voisin", "vecino", in the
   * singular only. One neighbour is a person of private life, whose gift to a caretaker or quarrel
   * over a hedge is that life's ({@code Lexicon.OwnLife#settings}); the neighbours in the plural,
   * "los vecinos" above all, are a place's residents, the public a city council answers to.
   */
  static Set<String> neighbour(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("neighbour", "neighbor");
      case FR -> WordSet.of("voisin", "voisine");
      case ES -> WordSet.of("vecino", "vecina");
    };
  }

  /**
   * The nouns written in {@code lang} for the elders of a family ("mother", "grand-mère", "abuela"; the
   * in-laws of that generation, "suegra", as French "belle-mère" is read by its last word):
   * with {@link #kin}, whom a holder's own money comes from or goes to ({@link PrivateEnds}: "money
   * from his uncle", "de l'argent de son oncle"). Not among the kin office places.
   */
  static Set<String> elders(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("mother", "father", "mum", "mom", "dad", "parents", "grandmother", "grandfather", "grandma",
          "grandpa", "grandparents", "uncle", "aunt");
      case FR -> WordSet.of("mere", "pere", "parents", "grands", "oncle", "tante", "papa", "maman");
      case ES -> WordSet.of("madre", "padre", "padres", "mama", "papa", "abuela", "abuelo", "abuelos", "tio", "tia", "suegra",
          "suegro", "suegros");
    };
  }

  /**
   * The words written in {@code lang} for the ends and sources of one's own private life: a
   * wedding, a birthday, holidays, a trip, a house, the rent, the shopping, one's own pay; a wallet, savings,
   * a cash machine, a bank; buying. Money asked for or taken for one of them, or out of one of them,
   * is a holder's own money, not a bribe ({@link PrivateEnds}); a relative hired for one of them is
   * no post of office. Not a party (also a political one), a car (released at a border for a bribe),
   * an account ("pour le compte de": on behalf of), purchases (also public procurement: "compras"),
   * a taxi (money from taxi drivers is asked of the public).
   */
  static Set<String> ownLife(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("wedding", "weddings", "honeymoon", "birthday", "holiday", "holidays", "vacation",
          "vacations", "trip", "house", "rent", "groceries", "shopping", "wallet", "purse", "savings", "atm",
          "bank", "buy", "babysit", "babysitting", "salary", "salaries", "wages");
      case FR -> WordSet.of("mariage", "noces", "anniversaire", "vacances", "voyage", "fete", "maison", "loyer",
          "courses", "portefeuille", "sac", "economies", "distributeur", "banque", "acheter", "salaire", "salaires");
      case ES -> WordSet.of("boda", "bodas", "cumpleanos", "vacaciones", "viaje", "fiesta", "casa", "alquiler",
          "cartera", "billetera", "ahorros", "cajero", "banco", "comprar", "sueldo", "sueldos", "salario", "salarios");
    };
  }

  /**
   * The nouns written in {@code lang} for the pastimes and bookings of private life a country is
   * only the setting of: travel and its stay (a flight, a hotel, a beach, a tourist, luggage, a
   * parcel), sport as a spectator or a player (football, a match, a league, a cup, the Olympic games,
   * a medal, an athlete, a stadium, the most played sports by name, sport itself), food and
   * drink (a recipe, a dish, a restaurant, wine, cheese, coffee), one's friends and partner, and a monarchy's
   * people told as a story (a king, a queen, a century). With {@link #ownLife}, {@link #kin} and
   * {@link #elders}, what a country named with no word of public life beside it is the place of
   * ({@link NameIndex}). Not a party or a game (also political and a "match" of interests elsewhere
   * counted by the gate), a team (a government's team), a visit or a mission (a study visit), a
   * passport or a visa (a public service's own output), a car or an order.
   */
  static Set<String> pastimes(Lang lang) {
    return union(played(lang), switch (lang) {
      case EN -> WordSet.of("flight", "flights", "hotel", "hotels", "hostel", "beach", "beaches", "tourist", "tourists",
          "sightseeing", "luggage", "suitcase", "parcel", "match", "matches", "cup", "tickets", "friend",
          "friends", "boyfriend", "girlfriend", "fiance", "fiancee", "king", "queen", "royal", "century",
          "baby", "olympics", "olympic", "medal", "medals", "athlete", "athletes", "stadium", "sport",
          "sports", "sporting");
      case FR -> WordSet.of("hotel", "hotels", "auberge", "plage", "plages", "touriste", "touristes", "bagages", "valise",
          "colis", "match", "matchs", "coupe", "plat", "cuisine", "ami", "amis", "amie", "amies", "copain",
          "copine", "fiance", "fiancee", "roi", "reine", "royale", "siecle", "bebe", "olympiques",
          "olympique", "medaille", "medailles", "athlete", "athletes", "stade", "sport", "sports", "sportif",
          "sportive", "sportifs", "sportives");
      case ES -> WordSet.of("vuelo", "vuelos", "hotel", "hoteles", "hostal", "playa", "playas", "turista", "turistas",
          "equipaje", "maleta", "paquete", "copa", "plato", "cocina", "amigo", "amigos", "amiga", "amigas",
          "novio", "novia", "rey", "reina", "siglo", "bebe", "olimpicos", "olimpico", "olimpiadas",
          "medalla", "medallas", "atleta", "atletas", "estadio", "deporte", "deportes", "deportivo",
          "deportiva", "deportivos", "deportivas");
    });
  }

  /**
   * The pursuits of {@link #pastimes} one plays, watches or eats out, in {@code lang}: a sport by its
   * name, a league, a tournament, a restaurant, a dish, wine, coffee, a concert. Not their people (a
   * friend, an athlete), their venues and events a public body builds or funds (a stadium, the Olympic
   * games), sport in general (a ministry's field as often), nor a word that is as often a verb or an
   * adjective of another sense (a "match" of lists, French "coupe", "plat"), nor a kitchen.
   */
  static Set<String> played(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("football", "soccer", "league", "tournament", "championship", "swimming", "athletics", "cycling",
          "tennis", "rugby", "basketball", "boxing", "judo", "recipe", "recipes", "dish", "cuisine",
          "restaurant", "restaurants", "wine", "wines", "cheese", "cheeses", "coffee", "beer", "concert");
      case FR -> WordSet.of("football", "foot", "championnat", "tournoi", "natation", "athletisme", "cyclisme", "tennis",
          "rugby", "basket", "boxe", "judo", "recette", "recettes", "restaurant", "restaurants", "vin",
          "vins", "fromage", "fromages", "cafe", "biere", "concert");
      case ES -> WordSet.of("futbol", "liga", "gol", "goles", "torneo", "natacion", "atletismo", "ciclismo", "tenis", "rugby",
          "baloncesto", "boxeo", "judo", "receta", "recetas", "restaurante", "restaurantes", "vino", "vinos",
          "queso", "quesos", "cafe", "cerveza", "concierto");
    };
  }


  /**
   * The nouns and adjectives written in {@code lang} for worship and its congregations: a church, a
   * chapel, a mosque, a synagogue, a temple, a congregation, its pastor or priest, its pastoral work,
   * its worship and its choir; "église", "paroisse", "paroissiens", "pasteur", "pastoral", "aumônerie",
   * "chorale"; "iglesia", "congregación", "pastor", "pastoral", "coro", "alabanza". A congregation's
   * ministry, its reform or its service is that congregation's, as a club's or a match's are: a
   * setting of private life ({@code Lexicon.OwnLife#settings}, {@link #pursuits}). Not "parish" or
   * Spanish "parroquia", also a division of the country, nor a state religion's ministry, which
   * names a ministry of religious affairs.
   */
  static Set<String> worship(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("church", "churches", "chapel", "mosque", "synagogue", "temple", "congregation",
          "congregations", "pastor", "pastors", "priest", "vicar", "pastoral", "worship", "choir", "choirs",
          "sermon", "sermons", "bible", "hymn", "hymns");
      case FR -> WordSet.of("eglise", "eglises", "paroisse", "paroisses", "paroissiens", "paroissial", "paroissiale",
          "chapelle", "mosquee", "synagogue", "temple", "congregation", "pasteur", "pasteurs", "pretre", "pretres",
          "pastoral", "pastorale", "aumonerie", "culte", "chorale", "chorales", "sermon", "bible",
          "cantiques");
      case ES -> WordSet.of("iglesia", "iglesias", "capilla", "mezquita", "sinagoga", "templo", "congregacion",
          "congregaciones", "pastor", "pastores", "sacerdote", "pastoral", "coro", "coros",
          "sermon", "biblia", "alabanza");
    };
  }

  /**
   * The pursuits of private life a field's word may be told in, in {@code lang}: the sports played and
   * the meals out of {@link #played}, worship and its congregations ({@link #worship}) and games
   * ({@link #games}). Unlike the settings of private life, not one's relatives, friends or a neighbour,
   * who are the people a public service answers to or a holder favours as often as they are a setting,
   * nor the venues a public body builds (a stadium). A ministry, a reform,
   * a service or a plan told among them takes their sense (a church's youth ministry, a tennis
   * service, a restaurant's service charge, a game's mines): {@code QuestionCompiler.onTopic}.
   */
  static Set<String> pursuits(Lang lang) {
    return union(played(lang), worship(lang), games(lang));
  }

  /**
   * The nouns written in {@code lang} for animals and those kept at home, and their carers: animals, a
   * pet, a dog, a puppy, cats, a kitten, a vet; "animaux" (French names pets "animaux de compagnie"),
   * "chien", "chiot", "chats", "chaton", "vétérinaire"; "animales", "mascota", "perro", "gato",
   * "cachorro", "veterinario". A service told for them (their health care, their papers, their
   * adoption) is the owner's private life, never a public service the state delivers to its people
   * ({@code QuestionCompiler}). Not French "chat" alone, also an online chat a public service may
   * offer; not livestock nor wildlife, which a state's farming and natural resources policy name.
   */
  static Set<String> pets(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("animal", "animals", "pet", "pets", "dog", "dogs", "puppy", "puppies", "cat", "cats", "kitten", "kittens",
          "vet", "vets", "veterinarian", "veterinarians");
      case FR -> WordSet.of("animal", "animaux", "chien", "chiens", "chienne", "chiot", "chiots", "chats", "chatte", "chaton", "chatons",
          "veterinaire", "veterinaires");
      case ES -> WordSet.of("animal", "animales", "mascota", "mascotas", "perro", "perros", "perrito", "perritos", "cachorro", "cachorros",
          "gato", "gatos", "gatito", "gatitos", "veterinario", "veterinaria", "veterinarios");
    };
  }

  /**
   * The prepositions written in {@code lang} that give what a thing is for: "for", "to"; "pour";
   * "para" ({@link PrivateEnds}).
   */
  static Set<String> ends(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("for", "to");
      case FR -> WordSet.of("pour");
      case ES -> WordSet.of("para");
    };
  }

  /**
   * The prepositions written in {@code lang} that give what money is meant for, the thing or body it
   * goes to: "for", "to"; "pour", "à", "au", "aux"; "para", "a", "al" ({@link PublicMoney}: "the money
   * for schools", "l'argent destiné aux hôpitaux"). Folded.
   */
  static Set<String> destinations(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("for", "to");
      case FR -> WordSet.of("pour", "a", "au", "aux");
      case ES -> WordSet.of("para", "a", "al");
    };
  }

  /**
   * The prepositions written in {@code lang} that give where money comes from or whom it is asked
   * of: "from", "out"; "de", "du", "des", "à", "au", "aux", "dans", "sur"; "de", "del", "a", "al"
   * ({@link PrivateEnds}).
   */
  static Set<String> sources(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("from", "out");
      case FR -> WordSet.of("de", "d", "du", "des", "a", "au", "aux", "dans", "sur");
      case ES -> WordSet.of("de", "del", "a", "al");
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names public office used for one's own
   * ends, as the thesaurus writes it (everyday vocabulary that needs context, as {@link
   * #privateSector} is): a word of {@link #kin} beside one of {@link #officeholders} reads as it
   * ({@link ThemeDetector}). Not "nepotism", a word that names the field alone: the reading would
   * then answer family news the gate silences (a senator's wife who wrote a gardening book).
   */
  static String favour(Lang lang) {
    return switch (lang) {
      case EN -> "abuse of power";
      case FR -> "abus de pouvoir";
      case ES -> "abuso de poder";
    };
  }

  /**
   * The nouns written in {@code lang} for a holder of public office who serves the public at a desk,
   * a border or a roadside, and whom plain talk tells taking bribes: an official, a customs officer,
   * a police officer, an inspector, a judge, a prosecutor, a tax collector ("percepteur"). Only the
   * words that name no private trade as well: not a guard, an agent, a clerk or a collector (a
   * security guard, an estate agent, a shop clerk, an art collector). Not the elected ones of {@link #officeholders} (a mayor,
   * a minister, a senator), who ask for money for a hospital or a school every day: that is a budget.
   */
  static Set<String> officers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("official", "officials", "officer", "officers", "police", "policeman", "policemen",
          "policewoman", "cop", "cops", "inspector", "inspectors", "judge", "judges", "magistrate", "magistrates",
          "prosecutor", "prosecutors", "sheriff", "sheriffs", "constable", "constables", "taxman");
      case FR -> WordSet.of("fonctionnaire", "fonctionnaires", "douanier", "douaniers", "douaniere", "douanieres",
          "policier", "policiers", "policiere", "policieres", "gendarme", "gendarmes", "inspecteur", "inspecteurs",
          "inspectrice", "inspectrices", "juge", "juges", "magistrat", "magistrats", "procureur", "procureurs",
          "percepteur", "percepteurs");
      case ES -> WordSet.of("funcionario", "funcionarios", "funcionaria", "funcionarias", "aduanero", "aduaneros",
          "aduanera", "policia", "policias", "gendarme", "gendarmes", "inspector", "inspectores", "inspectora",
          "inspectoras", "juez", "jueces", "magistrado", "magistrados", "carabinero", "carabineros");
    };
  }

  /**
   * The nouns written in {@code lang} for people who serve at a post, public or private: a guard,
   * an agent, a clerk, a collector, an employee ("garde", "agent", "employé"; "guardia", "agente",
   * "empleado", "recaudador"). Not {@link #officers} by themselves (a security guard, an estate
   * agent, a bank clerk); an officer where a public owner or beat forms the compound ({@link
   * #beats}, {@link ThemeDetector}): "border guards", "the tax collector", "un agent de la préfecture",
   * "el agente de tránsito".
   */
  static Set<String> attendants(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("guard", "guards", "agent", "agents", "clerk", "clerks", "collector", "collectors",
          "employee", "employees", "worker", "workers", "staff", "people");
      case FR -> WordSet.of("garde", "gardes", "agent", "agents", "agente", "agentes", "employe", "employes", "employee",
          "employees", "commis");
      case ES -> WordSet.of("guardia", "guardias", "agente", "agentes", "empleado", "empleados", "empleada", "empleadas",
          "recaudador", "recaudadores", "recaudadora");
    };
  }

  /**
   * The nouns written in {@code lang} for what a public attendant ({@link #attendants}) keeps beside
   * the bodies, divisions, offices and prerogatives of the state: the border and the traffic
   * ("border guards", "gardes-frontières", "el agente de tránsito").
   */
  static Set<String> beats(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("border", "borders", "traffic", "frontier");
      case FR -> WordSet.of("frontiere", "frontieres", "circulation");
      case ES -> WordSet.of("frontera", "fronteras", "transito", "trafico");
    };
  }

  /**
   * The nouns written in {@code lang} for money handed over in plain talk: cash, money, an envelope,
   * "de l'argent", "du liquide", "plata", "la mordida", "una coima". Beside a word of {@link
   * #officeholders}, in a question that already tells of public life, they tell of office sold for
   * money ({@link ThemeDetector}): a customs officer who wants cash, a police officer's "mordida".
   * Money told by its sum is money too: the plural of a currency ("fifty dollars", "200 euros", "cien
   * pesos"). Not "espèces" (also a species), "sobre" (also "about"), "pounds" (also a weight) or
   * payments in general (a ministry pays pensions).
   */
  static Set<String> payments(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cash", "money", "envelope", "envelopes", "dollars", "euros");
      case FR -> WordSet.of("argent", "liquide", "enveloppe", "enveloppes", "dollars", "euros");
      case ES -> WordSet.of("plata", "dinero", "efectivo", "mordida", "coima", "coimas", "sobres", "dolares", "euros",
          "pesos");
    };
  }

  /**
   * The nouns written in {@code lang} for a thing given as a favour, not money: a gift, a present
   * ("cadeau", "regalo", "obsequio", "dádiva"). Taken, accepted or received by an officer serving the
   * public, or taken by any holder of public office, they are handed over for an act of office as
   * money is ({@link #payments}, read by {@link ThemeDetector}): an inspector accepting gifts from
   * those he inspects. A gift among friends, for a teacher or a boss names no officer and stays
   * everyday; a gift whose end is the holder's private life (a wedding, a birthday) is his own.
   */
  static Set<String> gifts(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("gift", "gifts", "presents");
      case FR -> WordSet.of("cadeau", "cadeaux");
      case ES -> WordSet.of("regalo", "regalos", "obsequio", "obsequios", "dadiva", "dadivas");
    };
  }

  /**
   * The nouns written in {@code lang} for the feasts on which private people hand gifts to each other,
   * and for the contests whose judges take them from the contestants: Christmas, Easter, an
   * anniversary, a contest ("Noël", "Pâques", "concours"; "Navidad", "Reyes", "concurso"). A gift
   * ({@link #gifts}) named beside one is private life's, whoever takes it (a judge who is one's uncle
   * at Christmas, the judge of a baking contest); birthdays and weddings are in {@link #ownLife}.
   */
  static Set<String> occasions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("christmas", "xmas", "easter", "hanukkah", "anniversary", "valentine", "valentines",
          "contest", "contests", "contestant", "contestants");
      case FR -> WordSet.of("noel", "paques", "hanoucca", "valentin", "concours", "candidat", "candidats",
          "candidate", "candidates");
      case ES -> WordSet.of("navidad", "navidades", "reyes", "pascua", "aniversario", "concurso", "concursos",
          "concursante", "concursantes");
    };
  }

  /**
   * The words written in {@code lang} for doing a thing together, which may stand between a verb of
   * deciding ({@link #deciding}) and the body of public power the people decide with.
   */
  static Set<String> together(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("together", "jointly");
      case FR -> WordSet.of("ensemble", "conjointement");
      case ES -> WordSet.of("junto", "juntos", "juntas", "conjuntamente");
    };
  }

  /**
   * The verbs written in {@code lang} for deciding (each read by its forms and its stem): a body of
   * public power right after one is who the people decide with, their say in its decision ({@link
   * ThemeDetector}'s reading of a decision taken together).
   */
  static Set<String> deciding(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decide", "decides", "decided", "deciding");
      case FR -> WordSet.of("decider", "decide", "decides", "decident", "decidons", "decidez", "decidee", "decidait");
      case ES -> WordSet.of("decidir", "decide", "deciden", "decidimos", "decidio", "decida", "decidan", "decidiendo");
    };
  }

  /**
   * The nouns written in {@code lang} for people at large that the analyzer drops as function words:
   * "people"; "gens", "personnes"; "gente", "personas". Where people choose or decide what a public
   * body spends, they name who decides as residents do ({@link ThemeDetector}'s apportioned spending:
   * "las personas votan el gasto del barrio").
   */
  static Set<String> folk(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("people");
      case FR -> WordSet.of("gens", "personnes");
      case ES -> WordSet.of("gente", "personas");
    };
  }

  /**
   * The verbs written in {@code lang} for heeding people (each read by its forms and its stem):
   * listening to them, consulting them, hearing them. A body of public power
   * ({@link #treasuries}) before one, with {@link #thePeople} after it, is the people's say heeded or
   * refused ({@link ThemeDetector}'s reading of people heeded). Not asking in English and French
   * ("ask", "demander"): a body that asks residents to save water or to sort their waste requests,
   * it does not consult; Spanish "preguntar" only puts a question. Not ignoring: a body that ignored
   * the population's warnings about a storm is told of the weather as often as of the people's say.
   */
  static Set<String> heeding(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("listen", "listens", "listened", "listening", "consult", "consults", "consulted",
          "consulting", "hear", "hears", "heard", "hearing");
      case FR -> WordSet.of("ecouter", "ecoute", "ecoutent", "ecoutait", "ecoutaient", "ecoutee", "consulter", "consulte",
          "consultent", "consultait", "consultaient", "consultee", "consultes", "entendre", "entend", "entendent",
          "entendu");
      case ES -> WordSet.of("escuchar", "escucha", "escuchan", "escucho", "escuche", "escuchen", "escuchado",
          "escuchaba", "consultar", "consulta", "consultan", "consulto", "consulte", "consulten", "consultado",
          "consultaba", "preguntar", "pregunta", "preguntan", "pregunto", "pregunte", "pregunten", "preguntado",
          "oir", "oye", "oyen", "oido");
    };
  }

  /**
   * The verbs of {@link #heeding} written in {@code lang} with the asker's group joined as their object
   * ("escucharnos", "consultarnos"): the people heeded, told in one word. English and French write the
   * object apart, a function word the question's words leave out.
   */
  static Set<String> heedingUs(Lang lang) {
    return switch (lang) {
      case EN, FR -> WordSet.of();
      case ES -> WordSet.of("escucharnos", "consultarnos", "preguntarnos", "oirnos", "escuchandonos",
          "consultandonos", "preguntandonos");
    };
  }

  /**
   * The nouns written in {@code lang} for the people a public body serves, named as a whole: residents,
   * citizens, inhabitants, the public, the population, taxpayers, voters. After a verb of {@link
   * #heeding} with a public body before it they are who is heeded; a boss's staff, a coach's players,
   * a shop's customers or a doctor's patients are none. In a clause qualifying taxes they are who pays
   * them ({@link PublicMoney}: "the taxes residents pay", "les impôts que les habitants paient").
   */
  static Set<String> thePeople(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("residents", "citizens", "citizenry", "neighbours", "neighbors", "people", "public",
          "population", "inhabitants", "locals", "community", "communities", "taxpayers", "voters");
      case FR -> WordSet.of("habitants", "habitantes", "citoyens", "citoyennes", "riverains", "population",
          "administres", "gens", "contribuables", "electeurs");
      case ES -> WordSet.of("vecinos", "vecinas", "ciudadanos", "ciudadanas", "ciudadania", "habitantes",
          "poblacion", "gente", "contribuyentes", "electores", "comunidad", "comunidades");
    };
  }

  /**
   * The verbs written in {@code lang} for putting forward an idea (each read by its forms and its stem):
   * propose, suggest; "proposer", "suggérer"; "proponer", "sugerir". The people ({@link #thePeople})
   * putting ideas forward ({@link #ideas}) to a body of public power ({@link #treasuries}) right after
   * have their say in its decisions ({@link ThemeDetector}'s reading of people heeded, told from the
   * people's side); people suggesting the city museum for a rainy day, or proposing marriage in a city,
   * put forward no idea to it.
   */
  static Set<String> proposing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("propose", "proposes", "proposed", "proposing", "suggest", "suggests", "suggested",
          "suggesting");
      case FR -> WordSet.of("proposer", "propose", "proposent", "proposaient", "proposions", "suggerer", "suggere",
          "suggerent");
      case ES -> WordSet.of("proponer", "propone", "proponen", "proponga", "propongan", "propongamos", "propuso",
          "propusieron", "sugerir", "sugiere", "sugieren", "sugiera", "sugieran");
    };
  }

  /**
   * The verbs written in {@code lang} for putting one's view on a thing forward (each read by its forms
   * and its stem): comment, amend, shape, participate, with {@link #proposing}'s; "commenter", "amender",
   * "réagir", "participer"; "comentar", "opinar", "enmendar", "participar" (the people taking part in
   * drafting a code or a reform put their view on it as those commenting do). The people ({@link #thePeople}) doing so on a thing of the field
   * found right after (a draft law, a reform, a public service) have their say in making it ({@link
   * ThemeDetector}'s reading of the people's view put on a public act); a film, a post or a recipe
   * commented on is no thing of the field. French "amende" (a fine) and "réagit" of a body are left out.
   */
  static Set<String> voicing(Lang lang) {
    return union(proposing(lang), switch (lang) {
      case EN -> WordSet.of("comment", "comments", "commented", "commenting", "amend", "amends", "amended", "amending",
          "shape", "shapes", "shaped", "shaping", "participate", "participates", "participated", "participating");
      case FR -> WordSet.of("commenter", "commente", "commentent", "amender", "amendent", "reagir", "reagissent",
          "participer", "participent");
      case ES -> WordSet.of("comentar", "comenta", "comentan", "comente", "comenten", "opinar", "opina", "opinan",
          "opine", "opinen", "enmendar", "enmienden", "participar", "participa", "participan", "participe", "participen");
    });
  }

  /**
   * The nouns written in {@code lang} for a legislature and its members, as the question's words hold
   * them (accents folded): parliament, senate, congress, chamber, legislature, lawmakers; "parlement",
   * "chambre", "sénat", "assemblée", "députés"; "parlamento", "cámara", "congreso", "diputados". The
   * people's view put on a law before a legislature named is the chamber opening its work to them,
   * which the legislature's theme leads ({@link ThemeDetector}'s reading of the people's view put on a
   * public act keeps it beside); a municipal council is no legislature.
   */
  static Set<String> chambers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("parliament", "parliaments", "parliamentary", "senate", "senators", "congress", "chamber",
          "legislature", "legislatures", "legislators", "lawmakers", "mps");
      case FR -> WordSet.of("parlement", "parlements", "parlementaire", "parlementaires", "chambre", "senat", "senateurs",
          "assemblee", "deputes");
      case ES -> WordSet.of("parlamento", "parlamentos", "parlamentario", "parlamentarios", "camara", "congreso",
          "senado", "senadores", "asamblea", "diputados", "legisladores", "legislatura");
    };
  }

  /**
   * The verbs written in {@code lang}, as the question's words hold them, that give a thing its name:
   * called, calls itself; "appelle", "appelé", "s'appellent"; "llama", "llaman", "llamado", "llamada".
   * Not "named" nor "nommé", "nombrado", which appoint to an office as often as they name. A
   * legislature's word right after one is a name given ("a band called the Parliament"), no chamber
   * of the state ({@code QuestionCompiler}).
   */
  static Set<String> naming(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("called", "calls", "dubbed", "titled", "entitled");
      case FR -> WordSet.of("appelle", "appellent", "appele", "appelee", "appeles", "appelees", "intitule", "intitulee",
          "surnomme", "surnommee");
      case ES -> WordSet.of("llama", "llaman", "llamado", "llamada", "llamados", "llamadas", "titulado", "titulada",
          "apodado", "apodada");
    };
  }

  /**
   * The reflexive pronouns written in {@code lang} that a verb of {@link #naming} takes when a thing names
   * itself: itself, themselves (after the verb: "a band that calls itself"); "s", "se" (before it:
   * "s'appelle", "se llama"). Read only beside such a verb ({@code QuestionCompiler}).
   */
  static Set<String> namingSelf(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("itself", "themselves");
      case FR -> WordSet.of("s", "se");
      case ES -> WordSet.of("se");
    };
  }

  /**
   * The verbs written in {@code lang} that, right before a word of {@link #scope} ("public"), tell a firm
   * floated on a stock market: go, goes, going, went, gone ("the company went public"). French and
   * Spanish say it without the scope word ("entrer en bourse", "salir a bolsa") and have none. With a
   * firm or a business named, that scope word is the market's, no word of public life
   * ({@code QuestionCompiler}); "went public" about a bribe with an official named keeps the official.
   */
  static Set<String> floating(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("go", "goes", "going", "went", "gone");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The people one raises, teaches or coaches, written in {@code lang} as the question's words hold them
   * (accents folded): children, kids, teenagers, pupils, students, players, trainees; "enfants", "ados",
   * "élèves", "joueurs"; "hijos", "niños", "alumnos", "jugadores". Held to account where no office,
   * no public body and no word of public life stands beside them, they answer to a parent, a teacher or
   * a coach, a matter of upbringing ({@code QuestionCompiler}).
   */
  static Set<String> inCharge(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("children", "child", "kids", "kid", "teens", "teenagers", "teenager", "teen", "pupils", "pupil",
          "students", "student", "players", "player", "trainees", "toddler", "toddlers");
      case FR -> WordSet.of("enfants", "enfant", "ados", "ado", "adolescents", "adolescent", "eleves", "eleve", "joueurs",
          "joueuses", "gamins", "petits");
      case ES -> WordSet.of("hijos", "hijas", "hijo", "hija", "ninos", "ninas", "nino", "nina", "adolescentes", "alumnos",
          "alumnas", "alumno", "alumna", "jugadores", "jugadoras", "chicos", "chicas", "chavales");
    };
  }

  /**
   * The pupils of a school and the school or class itself, written in {@code lang} as the question's words
   * hold them (accents folded), with the adjectives French and Spanish put after a noun for them: pupils,
   * students, children, a school, a class; "élèves", "enfants", "école", "classe", "scolaire";
   * "alumnos", "niños", "colegio", "infantil", "escolar". A legislature of {@link #chambers} they own
   * ("the pupils' parliament", "le parlement des élèves", "el parlamento infantil") is a lesson in
   * civics played at school, no chamber of the state ({@code QuestionCompiler}).
   */
  static Set<String> schoolBenches(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("pupils", "pupil", "students", "student", "children", "child", "kids", "kid", "schoolchildren",
          "school", "schools", "class", "classroom");
      case FR -> WordSet.of("eleves", "eleve", "enfants", "ecoliers", "collegiens", "lyceens", "etudiants", "etudiant",
          "ecole", "ecoles", "classe", "college", "lycee", "scolaire", "scolaires");
      case ES -> WordSet.of("alumnos", "alumnas", "ninos", "ninas", "estudiantes", "escuela", "colegio", "clase",
          "infantil", "infantiles", "escolar", "escolares", "estudiantil");
    };
  }

  /**
   * The words written in {@code lang} for a legislature's own members and the stages and papers of its
   * work, as the question's words hold them (accents folded), beyond {@link #chambers}: an MP, a
   * deputy, a senator, a representative, in every number; a bill, amendments, readings, the plenary,
   * committees; "député", "sénatrice", "amendements", "lecture", "plénière", "commission"; "diputada",
   * "senador", "enmiendas", "lectura", "pleno", "comisión". The people's view put on these, where the
   * legislature's theme leads, is the chamber opening its own work to them, as where the chamber is
   * named ({@link ThemeDetector}'s reading of the people's view put on a public act), and they are read
   * after the say only: a member who holds meetings where residents give their views stays the people's
   * say. English "bill" is the draft as the legislature holds it; "projet de loi" and "proyecto de ley"
   * are as much the government's draft it consults on ("le ministère consulte le public sur le projet
   * de loi"), and a law, new or drafted, is the law being made, where the people's say leads.
   */
  static Set<String> chamberWork(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("mp", "deputy", "deputies", "senator", "legislator", "lawmaker", "congressman",
          "congresswoman", "congressmen", "congresswomen", "representative", "representatives", "bill",
          "bills", "amendment", "amendments", "reading", "readings", "plenary", "committee", "committees");
      case FR -> WordSet.of("depute", "deputee", "deputees", "senateur", "senatrice", "senatrices", "amendement",
          "amendements", "lecture", "lectures", "pleniere", "commission", "commissions", "hemicycle");
      case ES -> WordSet.of("diputado", "diputada", "diputadas", "senador", "senadora", "senadoras", "legislador",
          "legisladora", "legisladoras", "congresista", "congresistas", "enmienda", "enmiendas", "lectura",
          "pleno", "comision", "comisiones");
    };
  }

  /**
   * The words of {@link #legislators} that name one member of a legislature, in the singular, as the
   * question's words hold them (accents folded): an MP, a senator, a lawmaker; "député", "sénatrice";
   * "diputado", "senadora". One member is a person, whose promises, meetings or account are his own;
   * the house and its members in the plural are the institution whose openness is asked ({@link
   * #houses}).
   */
  static Set<String> oneLegislator(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("senator", "legislator", "lawmaker", "mp", "parliamentarian", "congressman", "congresswoman");
      case FR -> WordSet.of("senateur", "senatrice", "depute", "deputee", "legislateur");
      case ES -> WordSet.of("senador", "senadora", "diputado", "diputada", "legislador", "legisladora", "congresista");
    };
  }

  /**
   * A legislature named as the institution: the words of {@link #legislators} but one member in the
   * singular ({@link #oneLegislator}): the parliament, the senate, the congress, MPs, "les députés",
   * "los senadores".
   */
  static Set<String> houses(Lang lang) {
    return minus(legislators(lang), oneLegislator(lang));
  }

  /**
   * The words written in {@code lang} that name a legislature or its members by themselves, as the
   * question's words hold them (accents folded): parliament, senate, congress, MPs, senators,
   * lawmakers; "parlement", "sénat", "députés", "parlementaires"; "parlamento", "congreso",
   * "diputados", "senadores". A legislature so named as the body the people take part in or hold to
   * account makes its own openness the question's act ({@link ThemeDetector}'s reading of a
   * legislature at work). Left out: the words also of everyday rooms, gatherings and staff ("chamber",
   * "assembly", "asamblea", "cámara", English "deputy" and "representative", "bancada" a team's
   * bench), which name the legislature only beside these.
   */
  static Set<String> legislators(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("parliament", "parliaments", "parliamentary", "senate", "senator", "senators", "congress",
          "congressional", "legislature", "legislatures", "legislator", "legislators", "lawmaker", "lawmakers", "mp",
          "mps", "parliamentarian", "parliamentarians", "congressman", "congresswoman", "congressmen", "congresswomen");
      case FR -> WordSet.of("parlement", "parlements", "parlementaire", "parlementaires", "senat", "senateur",
          "senateurs", "senatrice", "senatrices", "depute", "deputee", "deputes", "deputees", "hemicycle",
          "legislateur", "legislateurs");
      case ES -> WordSet.of("parlamento", "parlamentos", "parlamentario", "parlamentarios", "congreso", "senado",
          "senador", "senadora", "senadores", "senadoras", "diputado", "diputada", "diputados", "diputadas",
          "legislador", "legisladora", "legisladores", "legisladoras", "legislatura", "congresista", "congresistas");
    };
  }

  /**
   * The words written in {@code lang} for the laws a legislature makes, as the question's words hold
   * them (accents folded): bills, laws, drafts, amendments, their drafting; "loi", "projet",
   * "amendements", "rédaction"; "ley", "proyecto", "enmiendas", "redacción". The people's say on these
   * beside a legislature named is the legislature opening its law-making ({@link ThemeDetector}'s
   * reading of a legislature at work); their say beside a member only (a senator's meeting with
   * residents, citizens' assemblies advising it) stays the people's say.
   */
  static Set<String> lawMaking(Lang lang) {
    return union(statutes(lang), switch (lang) {
      case EN -> WordSet.of("bill", "bills", "draft", "drafts", "drafted", "drafting", "amendment", "amendments",
          "lawmaking");
      case FR -> WordSet.of("projet", "projets", "proposition", "propositions", "amendement", "amendements", "redaction");
      case ES -> WordSet.of("proyecto", "proyectos", "enmienda", "enmiendas", "redaccion", "iniciativa", "iniciativas");
    });
  }

  /**
   * The words written in {@code lang} for a law as an instrument anyone may name, once made or still
   * to make, as the question's words hold them (accents folded): "law", "laws", "legislation"; "loi",
   * "lois", "législation"; "ley", "leyes", "legislación". Not a bill or an amendment, which are a
   * legislature's own stages ({@link #lawMaking}). A law told of a matter another theme names (the
   * right to know, public data, lobbying) is that matter's instrument: the legislature's openness is
   * not what it asks where no legislature is named ({@link ThemeDetector}'s reading of a law of its
   * matter).
   */
  static Set<String> statutes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("law", "laws", "legislation");
      case FR -> WordSet.of("loi", "lois", "legislation");
      case ES -> WordSet.of("ley", "leyes", "legislacion");
    };
  }

  /**
   * The words written in {@code lang} for a legislature's own record as its members keep it, as the
   * question's words hold them (accents folded): votes, attendance, absences, expenses and allowances,
   * sittings, debates; "votes", "présence", "absences", "frais", "dépenses", "séances"; "votos",
   * "votaciones", "asistencia", "faltas", "gastos", "sesiones". Not hearings: the public's hearings
   * where voters question their members are the members answering, the field's oversight.
   * Members held to account for these, or watched at them, ask for the legislature's openness; a
   * member held to account with no record of theirs named (letters unanswered, promises kept), or a
   * minister answering before the legislature, is the field's oversight ({@link ThemeDetector}'s
   * reading of a legislature at work).
   */
  static Set<String> memberRecord(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("vote", "votes", "voted", "voting", "attendance", "absences", "absent", "expenses",
          "expense", "allowances", "sittings", "sessions", "debates");
      case FR -> WordSet.of("vote", "votes", "votent", "scrutin", "scrutins", "presence", "presences", "absences",
          "absent", "absents", "frais", "depenses", "seance", "seances", "debats");
      case ES -> WordSet.of("voto", "votos", "votan", "votaron", "votacion", "votaciones", "asistencia",
          "asistencias", "faltas", "falto", "faltaron", "gastos", "sesiones", "debates");
    };
  }

  /**
   * The words written in {@code lang} for the executive a legislature holds to account, as the
   * question's words hold them (accents folded): a minister, a ministry, the government; "ministre",
   * "ministère", "gouvernement"; "ministro", "ministerio", "gobierno". Named beside a legislature, the
   * legislature is where the executive answers, the field's oversight ({@link ThemeDetector}'s reading
   * of a legislature at work).
   */
  static Set<String> executive(Lang lang) {
    return union(ministries(lang), switch (lang) {
      case EN -> WordSet.of("minister", "ministers", "government", "governments", "president", "premier");
      case FR -> WordSet.of("ministre", "ministres", "gouvernement", "gouvernements", "president", "premier");
      case ES -> WordSet.of("ministro", "ministra", "ministros", "ministras", "gobierno", "gobiernos", "presidente",
          "presidenta");
    });
  }

  /**
   * The words written in {@code lang} that put a legislature after an act of overseeing as its agent,
   * as the question's words hold them: "by"; "du", "par"; "del", "por" ("la fiscalización del
   * congreso", "le contrôle du Parlement"), and the legislature's adjectives, which qualify the act
   * wherever they stand ("parliamentary oversight", "contrôle parlementaire"). A legislature overseeing
   * the government is the field's oversight, not its own openness ({@link ThemeDetector}'s reading of a
   * legislature at work).
   */
  static Set<String> overseenBy(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("by");
      case FR -> WordSet.of("du", "par");
      case ES -> WordSet.of("del", "por");
    };
  }

  /** The legislature's adjectives written in {@code lang}, accents folded ({@link #overseenBy}). */
  static Set<String> legislatureAdjectives(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("parliamentary", "congressional", "legislative");
      case FR -> WordSet.of("parlementaire", "parlementaires", "legislatif", "legislative");
      case ES -> WordSet.of("parlamentario", "parlamentaria", "parlamentarios", "parlamentarias", "legislativo",
          "legislativa");
    };
  }

  /**
   * The theme of a legislature's work in the open: the people's view put on its own work keeps it
   * first ({@link #chamberWork}).
   */
  static String legislatureTheme() {
    return "legislative-openness";
  }

  /**
   * The nouns written in {@code lang} for what people put forward ({@link #proposing}), as the
   * question's words hold them: ideas, projects, proposals, suggestions; "idées", "projets",
   * "propositions"; "ideas", "proyectos", "propuestas".
   */
  static Set<String> ideas(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("idea", "ideas", "project", "projects", "proposal", "proposals", "suggestion", "suggestions");
      case FR -> WordSet.of("idee", "idees", "projet", "projets", "proposition", "propositions", "suggestion",
          "suggestions");
      case ES -> WordSet.of("idea", "ideas", "proyecto", "proyectos", "propuesta", "propuestas", "sugerencia",
          "sugerencias");
    };
  }

  /**
   * The rules a government, a ministry or a city adopts by itself, other than a law, as the question's
   * words hold them (accents folded): a decree, a regulation, a by-law, an ordinance, a strategy, a
   * policy, rules; "décret", "arrêté", "règlement", "stratégie", "politique", "règles", "code";
   * "decreto", "ordenanza", "reglamento", "estrategia", "política", "normas", "código". The people
   * having their say on one ({@link ThemeDetector}'s reading of a say in the rules made) take part in
   * making it; a law and a bill are the legislature's ({@link #chambers}, {@link #chamberWork}), and
   * English "code" is as often a program's or a dress code.
   */
  static Set<String> rulesMade(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decree", "decrees", "regulation", "regulations", "bylaw", "bylaws", "ordinance",
          "ordinances", "strategy", "strategies", "policy", "policies", "rules");
      case FR -> WordSet.of("decret", "decrets", "arrete", "arretes", "reglement", "reglements", "strategie",
          "strategies", "politique", "politiques", "regles", "code");
      case ES -> WordSet.of("decreto", "decretos", "ordenanza", "ordenanzas", "reglamento", "reglamentos",
          "estrategia", "estrategias", "politica", "politicas", "normas", "reglas", "codigo");
    };
  }

  /**
   * A reform, as the question's words hold it (accents folded): "reform", "réforme", "reforma". A text of
   * public action as the rules made ({@link #rulesMade}) and the texts drawn up ({@link #drawnUp}) are,
   * read by {@link LateSay}.
   */
  static Set<String> reforms(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("reform", "reforms");
      case FR -> WordSet.of("reforme", "reformes");
      case ES -> WordSet.of("reforma", "reformas");
    };
  }

  /**
   * The participles telling a text finished, as the question's words hold them (accents folded):
   * signed, written, decided, adopted, approved, finalised; "bouclée", "signé", "rédigée", "adopté";
   * "firmada", "escrita", "redactado", "aprobado". After a text of public action they tell it done
   * before whoever is asked next ({@link LateSay}).
   */
  static Set<String> finished(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("signed", "written", "decided", "adopted", "approved", "finalised", "finalized", "settled",
          "completed", "finished");
      case FR -> WordSet.of("boucle", "bouclee", "boucles", "bouclees", "signe", "signee", "signes", "signees", "redige",
          "redigee", "rediges", "redigees", "ecrit", "ecrite", "ecrits", "ecrites", "decide", "decidee", "decides",
          "decidees", "adopte", "adoptee", "adoptes", "adoptees", "approuve", "approuvee", "approuves", "approuvees",
          "ficele", "ficelee", "termine", "terminee", "finalise", "finalisee");
      case ES -> WordSet.of("firmado", "firmada", "firmados", "firmadas", "escrito", "escrita", "escritos", "escritas",
          "redactado", "redactada", "redactados", "redactadas", "decidido", "decidida", "decididos", "decididas",
          "aprobado", "aprobada", "aprobados", "aprobadas", "adoptado", "adoptada", "cerrado", "cerrada", "terminado",
          "terminada");
    };
  }

  /**
   * Groups of the public a public decision touches by where they live, move or stand in it, as the
   * question's words hold them (accents folded): families, cyclists, pedestrians, tenants, shopkeepers;
   * "familles", "cyclistes", "piétons", "locataires", "commerçants"; "familias", "ciclistas", "peatones",
   * "inquilinos", "comerciantes". Read only beside a text of public action told finished ({@link LateSay}).
   */
  static Set<String> affected(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("families", "cyclists", "pedestrians", "tenants", "shopkeepers");
      case FR -> WordSet.of("familles", "cyclistes", "pietons", "locataires", "commercants");
      case ES -> WordSet.of("familias", "ciclistas", "peatones", "inquilinos", "comerciantes");
    };
  }

  /**
   * The verbs of asking people in, as the question's words hold them (accents folded): ask, invite;
   * "invitées", "convoqués"; "invitaron", "convocaron", "llamaron". Read only beside a text of public action
   * told finished and the people it touches ({@link LateSay}): asked in after it was done.
   */
  static Set<String> inviting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ask", "asks", "asked", "asking", "invite", "invites", "invited", "inviting");
      case FR -> WordSet.of("invite", "invitee", "invites", "invitees", "invitent", "inviter", "convoque", "convoquee",
          "convoques", "convoquees", "convoquer");
      case ES -> WordSet.of("invitar", "invitaron", "invito", "invitados", "invitadas", "convocar", "convocaron",
          "convoco", "convocados", "convocadas", "llamaron", "llamo", "llamados", "llamadas");
    };
  }

  /**
   * The texts of public action a government, a ministry or a city draws up besides its rules, as the
   * question's words hold them (accents folded): a plan, a programme, a curriculum, the criteria of a
   * scheme, a project, a charter; "plan", "programme", "critères", "projet", "charte"; "plan", "programa",
   * "currículo", "criterios", "proyecto" (not "carta", as often a letter or a menu). Drawn up with
   * the people ({@link ThemeDetector}'s reading of a say in the rules made) they are made with them, as
   * the rules made ({@link #rulesMade}) and the rules of {@link #instruments} are.
   */
  static Set<String> drawnUp(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("plan", "plans", "programme", "programmes", "program", "programs", "curriculum", "curricula",
          "criteria", "project", "projects", "charter");
      case FR -> WordSet.of("plan", "plans", "programme", "programmes", "criteres", "projet", "projets", "charte");
      case ES -> WordSet.of("plan", "planes", "programa", "programas", "curriculo", "curriculos", "criterios", "proyecto",
          "proyectos");
    };
  }

  /**
   * The words written in {@code lang} for making a text, nouns and verbs (each read by its forms and its
   * stem): writing, drafting, designing, drawing up, rewriting; "écriture", "rédaction", "élaboration",
   * "conception", "définition", "refonte"; "redacción", "elaboración", "diseño", "definición". A verb of
   * involving, heeding or voicing before such a word and a text made after it ({@link #rulesMade},
   * {@link #drawnUp}) tells the people taking part in making that text, whoever they are.
   */
  static Set<String> making(Lang lang) {
    return union(makingNouns(lang), switch (lang) {
      case EN -> WordSet.of("write", "writes", "rewrite", "rewrites", "design", "designs", "designed", "define", "defines");
      case FR -> WordSet.of("ecrire", "rediger", "redige", "redigent", "elaborer", "concevoir", "definir");
      case ES -> WordSet.of("escribir", "redactar", "redacta", "redactan", "elaborar", "disenar", "definir");
    });
  }

  /**
   * The nouns and gerunds written in {@code lang} for making a text ({@link #making}): writing, drafting,
   * design; "écriture", "rédaction", "élaboration", "refonte"; "redacción", "elaboración", "diseño". Told
   * by such a noun, the making needs no maker named; told by a verb, its subject is who drafts.
   */
  static Set<String> makingNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("writing", "rewriting", "drafting", "designing", "elaboration", "definition", "preparation");
      case FR -> WordSet.of("ecriture", "reecriture", "redaction", "elaboration", "conception", "definition",
          "preparation", "refonte");
      case ES -> WordSet.of("redaccion", "elaboracion", "diseno", "definicion", "preparacion");
    };
  }

  /**
   * The verbs written in {@code lang} for bringing someone into a work (each read by its forms and its
   * stem): involve, include; "associer", "impliquer"; "involucrar", "implicar". Their object is who takes
   * part: with the making of a text after them ({@link #making}) they tell the people taking part in it.
   */
  static Set<String> involving(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("involve", "involves", "involved", "involving", "include", "includes", "included",
          "including");
      case FR -> WordSet.of("associer", "associe", "associes", "associent", "associee", "associees", "impliquer",
          "implique", "impliques", "impliquent", "impliquee", "impliquees");
      case ES -> WordSet.of("involucrar", "involucra", "involucran", "involucre", "involucren", "involucrado",
          "involucrados", "implicar", "implica", "implican", "implicados");
    };
  }

  /**
   * The nouns written in {@code lang} for a seat, read as one's say where a table stands right after
   * them ({@link #tables}): "a seat at the table", "une place à la table", "un lugar en la mesa".
   */
  static Set<String> seatNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("seat", "seats", "place", "places");
      case FR -> WordSet.of("place", "places", "siege", "sieges");
      case ES -> WordSet.of("lugar", "lugares", "asiento", "asientos", "silla", "sillas", "puesto", "puestos");
    };
  }

  /** The nouns written in {@code lang} for the table of a seat ({@link #seatNouns}): "table", "mesa". */
  static Set<String> tables(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("table", "tables");
      case FR -> WordSet.of("table", "tables");
      case ES -> WordSet.of("mesa", "mesas");
    };
  }

  /**
   * The groups of the public named by their trade, their age or their origin, in the plural, as the
   * question's words hold them (accents folded): farmers, fishers, herders, youth, the diaspora,
   * migrants, refugees, villagers, indigenous peoples; "agriculteurs", "paysans", "pêcheurs", "jeunes",
   * "diaspora", "communautés" (a word French's {@link #thePeople} does not hold), "réfugiés", "peuples
   * autochtones"; "campesinos", "agricultores", "pescadores", "jóvenes", "diáspora", "pueblos indígenas". Beside {@link #thePeople} and {@link
   * #serviceUsers}, they are those whose say in the rules made ({@link #rulesMade}) is asked for.
   */
  static Set<String> constituencies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("farmers", "fishers", "fishermen", "herders", "youth", "diaspora", "migrants", "immigrants",
          "refugees", "villagers", "peoples", "indigenous");
      case FR -> WordSet.of("agriculteurs", "agricultrices", "paysans", "eleveurs", "pecheurs", "jeunes", "diaspora",
          "migrants", "communautes", "immigres", "immigrants", "refugies", "villageois", "peuples", "autochtones");
      case ES -> WordSet.of("campesinos", "campesinas", "agricultores", "ganaderos", "pescadores", "jovenes",
          "diaspora", "migrantes", "inmigrantes", "refugiados", "pueblos", "indigenas");
    };
  }

  /**
   * The nouns written in {@code lang} for one's say in a decision, beside {@link #views}: a say, a
   * voice; "voix", "mot" (avoir son mot à dire); "voz", "voces". Read after the people, before the rules
   * made ({@link ThemeDetector}'s reading of a say in the rules made).
   */
  static Set<String> sayNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("say", "voice", "voices", "feedback");
      case FR -> WordSet.of("voix", "mot");
      case ES -> WordSet.of("voz", "voces");
    };
  }

  /**
   * The verbs written in {@code lang} for shaping a text one does not adopt (each read by its forms and
   * its stem): weighing on it, influencing it, drafting it, alone or with others; "peser", "influer",
   * "façonner", "rédiger", "co-rédiger"; "pesar", "incidir", "moldear", "redactar", "co-redactar". Beside {@link #voicing}, the people doing so on the rules made
   * ({@link #rulesMade}) take part in making them. Not writing ("write", "écrire", "escribir"), which
   * as often has the body written to as its object (a copy of a decree asked for by letter), nor
   * English "draft", as often the noun of a text one only reads.
   */
  static Set<String> shaping(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("weigh", "weighs", "weighing", "cowrite", "codraft", "influence");
      case FR -> WordSet.of("peser", "pese", "pesent", "rediger", "redigent", "corediger", "redaction", "influer",
          "influencer", "faconner");
      case ES -> WordSet.of("pesar", "pesa", "pesan", "redactar", "redacten", "coredactar", "redaccion", "influir",
          "incidir", "moldear");
    };
  }

  /**
   * The nouns written in {@code lang} for a person's view, as the question's words hold them (accents
   * folded): views, opinion, input, comments; "avis", "opinion", "commentaires"; "opinion", "parecer",
   * "comentarios". A public body that asks
   * for them or hears them ("sans demander leur avis aux riverains", "asked for residents' views") heeds the
   * people as one that consults them does, whoever's view it is ({@link ThemeDetector}'s reading of
   * people heeded); a body that asks residents to save water asks for no view.
   */
  static Set<String> views(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("view", "views", "opinion", "opinions", "input", "comments");
      case FR -> WordSet.of("avis", "opinion", "opinions", "commentaires");
      case ES -> WordSet.of("opinion", "opiniones", "parecer", "comentarios");
    };
  }

  /**
   * The nouns written in {@code lang} for a decision, as the question's words hold them (accents
   * folded): "decision", "décision", "decisión". The people's say or view put on the decisions a body of
   * public power takes ({@link ThemeDetector}'s reading of a say in the rules made: "some weight on the
   * assembly's choices", "influer sur les choix du département") is their part in making them; a say in
   * a family's decision is no public one.
   */
  static Set<String> decisions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decision", "decisions", "decisionmaking");
      case FR -> WordSet.of("decision", "decisions");
      case ES -> WordSet.of("decision", "decisiones");
    };
  }

  /**
   * The verbs and nouns written in {@code lang} for a body adopting what it decided (each read by its
   * forms and its stem): adopt, approve, finalise, enact, and their nouns; "adopter", "approuver",
   * "entériner", "adoption"; "adoptar", "aprobar", "aprobación". Not "finalize", whose stem is the
   * adjective's ("the final vote"). With {@link #deciding}, what a body of
   * public power does to a text or a matter the people want a say in before it is done ("before the
   * county votes its parking rules", "antes de que el cabildo vote el reglamento").
   */
  static Set<String> adopting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("adopt", "adopts", "adopted", "adopting", "adoption", "approve", "approves", "approved",
          "approving", "approval", "finalise", "finalises", "finalised", "enact", "enacts", "enacted");
      case FR -> WordSet.of("adopter", "adopte", "adoptent", "adoptee", "adoptes", "adoptees", "adoption", "approuver",
          "approuve", "approuvent", "approuvee", "approbation", "enteriner", "enterine", "enterinee");
      case ES -> WordSet.of("adoptar", "adopta", "adoptan", "adopte", "adopten", "adopto", "adoptado", "adoptada",
          "adopcion", "aprobar", "aprueba", "aprueban", "apruebe", "aprueben", "aprobo", "aprobaron", "aprobado",
          "aprobada", "aprobacion");
    };
  }

  /**
   * The words of {@link #thePeople} written in {@code lang} that name people by where they live:
   * residents, neighbours, inhabitants, locals, the community; "habitants", "riverains"; "vecinos",
   * "habitantes", "comunidad". A building's, a street's or a village's as often as a town's: they make no
   * decision told beside them a public one ({@link ThemeDetector}'s reading of a say in the rules made),
   * where citizens, voters or taxpayers do.
   */
  static Set<String> dwellers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("residents", "neighbours", "neighbors", "inhabitants", "locals", "community", "communities");
      case FR -> WordSet.of("habitants", "habitantes", "riverains");
      case ES -> WordSet.of("vecinos", "vecinas", "habitantes", "comunidad", "comunidades");
    };
  }

  /**
   * The rules written in {@code lang} that only a public power adopts and no club, school or firm
   * writes, as the question's words hold them (accents folded): a decree, a by-law, an ordinance, a
   * regulation; "décret", "arrêté"; "decreto", "ordenanza". A subset of {@link #rulesMade}: not its rules,
   * codes and strategies, nor French "règlement", which a class or a club has too. A group of the public
   * ({@link #constituencies}) having its say on one has it on a public text ({@link ThemeDetector}'s
   * reading of a say in the rules made).
   */
  static Set<String> decrees(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decree", "decrees", "bylaw", "bylaws", "ordinance", "ordinances", "regulation", "regulations");
      case FR -> WordSet.of("decret", "decrets", "arrete", "arretes");
      case ES -> WordSet.of("decreto", "decretos", "ordenanza", "ordenanzas");
    };
  }

  /**
   * The words written in {@code lang} for no one as the object of a verb of heeding or asking: "without
   * consulting anybody", "without hearing one single neighbour", "sans écouter quiconque", "sans recueillir
   * l'opinion du moindre riverain", "sin consultar a ningún vecino". A public text or decision made so is made
   * with no say of the people ({@link ThemeDetector}'s reading of a say in the rules made).
   */
  static Set<String> noOne(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("anyone", "anybody", "nobody", "noone", "single");
      case FR -> WordSet.of("personne", "seul");
      case ES -> WordSet.of("nadie", "solo");
    };
  }

  /**
   * The nouns written in {@code lang} for a consultation held by a public body, as the question's words
   * hold them (accents folded): "consultation", "concertation", "consulta". With a public text right after it (a
   * consultation on the proposed bylaw, "la consultation sur le plan de circulation", "la consulta de la
   * ordenanza") or the people right after it ("consultations with neighbours") it is the people's say
   * in making that text ({@link ThemeDetector}'s reading of a say in the rules made); a doctor's
   * consultation has neither, and beside one of the {@link #specialists} it is a patient's own visit
   * ({@link OfficeSetting}).
   */
  static Set<String> consultations(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("consultation", "consultations");
      case FR -> WordSet.of("consultation", "consultations", "concertation", "concertations");
      case ES -> WordSet.of("consulta", "consultas");
    };
  }

  /**
   * The nouns written in {@code lang} for meetings, as the question's words hold them (accents folded):
   * "meetings", "réunions", "reuniones". Held with the people right after them ("meetings with
   * neighbours", "des réunions avec les riverains") before a public text or decision, they are a
   * consultation of the people ({@link #consultations}); a meeting with the staff or the board is none.
   */
  static Set<String> meetings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("meeting", "meetings");
      case FR -> WordSet.of("reunion", "reunions");
      case ES -> WordSet.of("reunion", "reuniones");
    };
  }

  /**
   * The verbs written in {@code lang} for choosing and voting (each read by its forms and its stem):
   * people who choose or vote what a public body spends have their say in its budget ({@link
   * ThemeDetector}'s reading of public spending apportioned by the people, beside {@link #deciding}).
   */
  static Set<String> choosing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("choose", "chooses", "chose", "choosing", "vote", "votes", "voted", "voting");
      case FR -> WordSet.of("choisir", "choisit", "choisissent", "choisissons", "voter", "vote", "votent", "votons");
      case ES -> WordSet.of("elegir", "elige", "eligen", "elija", "elijan", "elegimos", "votar", "vota", "votan", "vote",
          "voten", "votamos");
    };
  }

  /**
   * The verbs written in {@code lang} for asking for a thing (each read by its forms and its stem):
   * money beside an officer serving the public ({@link #officers}) is a bribe where it is asked
   * for, demanded or wanted ("the inspector wanted cash", "el policía pidió plata"), not where it
   * is won, lost, found or given back. An elected holder asks for money for a hospital or a school
   * every day: that is a budget, so the asking does not count for them.
   */
  static Set<String> asking(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ask", "asks", "asked", "asking", "demand", "demands", "demanded", "demanding", "want",
          "wants", "wanted", "extort", "extorts", "extorted", "extorting");
      case FR -> WordSet.of("demander", "demande", "demandes", "demandent", "demandait", "demandaient", "reclamer",
          "reclame", "reclament", "reclamait", "exiger", "exige", "exigent", "exigeait", "vouloir", "veut",
          "veulent", "voulait", "voulaient", "extorquer", "extorque");
      case ES -> WordSet.of("pedir", "pide", "piden", "pidio", "pidan", "pida", "pedia", "pedian", "pidiendo", "exigir",
          "exige", "exigen", "exigio", "querer", "quiere", "quieren", "queria", "querian", "quiso", "extorsionar",
          "extorsionan");
    };
  }

  /**
   * The verbs of people waiting, as the question's words hold them (accents folded): "wait",
   * "attendent", "esperan". Beside a span of months or years ({@link #spans}) and a thing of the
   * field, they tell a service that fails the people it serves ({@link QuestionCompiler#delayed}): a
   * wait counted in months is no errand.
   */
  static Set<String> waits(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("wait", "waits", "waited", "waiting");
      case FR -> WordSet.of("attendre", "attend", "attendent", "attendons", "attendu");
      case ES -> WordSet.of("esperar", "espera", "esperan", "esperamos", "esperando");
    };
  }

  /**
   * The words of people standing in line, as the question's words hold them (accents folded): "queue",
   * "queueing", "faire la queue", "hacer fila", "las colas". A line is a wait told without a count: its
   * length is the time the people in it lose, so beside another thing of the field that the queue's
   * theme holds they tell a service that keeps its users waiting at its counter ({@link
   * QuestionCompiler#delayed}), as a wait of months does. Not a list of those waiting ("waiting list",
   * "liste d'attente", "lista de espera"), which any school of dance or shop keeps, nor the verbs of
   * waiting ({@link #waits}), which wait for a film or the holidays as well; nor English "line", which
   * is as often a telephone's, a product's or a text's, nor French "file", whose line is told with its
   * own noun of waiting ("file d'attente") that would be read as the second thing.
   */
  static Set<String> queues(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("queue", "queues", "queued", "queueing", "queuing");
      case FR -> WordSet.of("queue", "queues");
      case ES -> WordSet.of("fila", "filas", "cola", "colas");
    };
  }
  /**
   * The counters of daily public service written in {@code lang}, as the question's words hold them
   * (accents folded, a name of two or three words joined by spaces): the civil registry, the passport,
   * licensing, benefits, employment, tax or visa office; "la préfecture", "la CAF", "la sécu", "France Travail",
   * "l'état civil"; "el registro civil", "la oficina de empleo", "el seguro social". Only the state or a
   * public fund keeps such a counter, so a burden told at it ({@link #burdens}, {@link #waits}, {@link
   * #queues}) is that service's ({@link QuestionCompiler#keptWaiting}), where the same queue at a photo
   * booth, a box office, a bank branch or a phone shop is a shop's. Not the post office, the town hall
   * as a building nor the school or the hospital, whose days are as often a visitor's or a parent's;
   * not a "guichet" or a "ventanilla" alone, which a station or a cinema has.
   */
  static Set<String> counters(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("civil registry", "registry office", "register office", "passport office", "passport offices",
          "licensing office", "licensing offices", "benefits office", "benefit office", "welfare office", "jobcentre",
          "jobcentres", "job centre", "employment office", "employment offices", "unemployment office",
          "social security office", "motor vehicle office", "vehicle registration office", "dmv", "tax office",
          "tax offices", "visa office", "visa offices", "immigration office");
      case FR -> WordSet.of("prefecture", "prefectures", "sous prefecture", "caf", "cpam", "secu", "urssaf", "pole emploi",
          "france travail", "etat civil", "mairie annexe", "bureau des passeports", "guichet des cartes grises",
          "ccas", "bureau aide sociale", "bureaux aide sociale", "centre des impots");
      case ES -> WordSet.of("registro civil", "registraduria", "oficina de empleo", "oficinas de empleo",
          "oficina de pasaportes", "oficina de transito", "oficina de migracion", "seguro social",
          "oficina de catastro", "oficina de impuestos");
    };
  }

  /**
   * The noun of taking a thing into account, written in {@code lang} as the question's words hold it
   * (accents folded), with the preposition that stands right before it in that phrase: "into account",
   * "en compte" ("prendre en compte"), "en cuenta" ("tener en cuenta", "tomar en cuenta"). There the noun
   * tells heeding a view, never a ledger nor answering for one's acts, so it is no word of the theme
   * held to account ("rendre des comptes", "rendir cuentas" have no such preposition before the noun).
   */
  static Map<String, String> heedIdioms(Lang lang) {
    return switch (lang) {
      case EN -> Map.of("account", "into");
      case FR -> Map.of("compte", "en");
      case ES -> Map.of("cuenta", "en");
    };
  }

  /**
   * The words written in {@code lang} (folded) for benefits in general, no one's by name: "benefits",
   * "allowances"; "aides", "prestations"; "ayudas", "prestaciones", "subsidios". A card, a gym or an
   * employer gives such things as often as the state, so they are a public service's only beside one
   * of its counters ({@link #counters}: the welfare office, "la oficina de empleo"), its claimants and a
   * denial ({@link #unanswering}: never told, "ne savent pas") ({@link QuestionCompiler#claimed}), never
   * alone as {@link #stateBenefits} are: what a counter gives, asked alone, is one's errand.
   */
  static Set<String> benefitWords(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("benefits", "benefit", "allowances", "allowance");
      case FR -> WordSet.of("aides", "aide", "prestations", "prestation");
      case ES -> WordSet.of("ayudas", "ayuda", "prestaciones", "prestacion", "subsidios", "subsidio", "beneficios");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for the texts an administration writes to rule
   * its own work: circulars, guidelines, instructions, directives, internal memos; "circulaires",
   * "instructions", "directives", "notes de service" (its "notes"); "circulares", "instructivos",
   * "directrices", "instrucciones". With a word of {@link #internal} any rule of {@link #rulesMade} is one
   * too ("internal rules", "règlement intérieur"). Told published by a body of public power they are
   * its own rules made known before anyone asks ({@link QuestionCompiler#rulesPublished}).
   */
  static Set<String> circulars(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("circular", "circulars", "guidelines", "instructions", "directives", "memos", "memoranda");
      case FR -> WordSet.of("circulaire", "circulaires", "instructions", "directives", "notes");
      case ES -> WordSet.of("circular", "circulares", "instructivo", "instructivos", "directrices", "instrucciones",
          "directivas");
    };
  }

  /**
   * The adjectives written in {@code lang} (folded, as typed) that make a text one a body writes for its
   * own staff: internal, in-house; "interne", "internes", "intérieur"; "interno", "internos", "internas".
   * Beside a rule ({@link #rulesMade}, {@link #rules}) they make it one of {@link #circulars}.
   */
  static Set<String> internal(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("internal", "inhouse");
      case FR -> WordSet.of("interne", "internes", "interieur", "interieurs", "interieure", "interieures");
      case ES -> WordSet.of("interno", "internos", "interna", "internas");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) that make a thing public with an
   * adjective of {@link #publicKinds} after them: make public, "rendre publiques", "hacer públicos".
   */
  static Set<String> makingPublic(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("make", "makes", "making", "made");
      case FR -> WordSet.of("rendre", "rend", "rendent", "rendu", "rendus", "rendue", "rendues");
      case ES -> WordSet.of("hacer", "hace", "hacen", "hecho", "hechos", "hecha", "hechas");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) for handing a claim, a request or
   * a case in to an office that must take it up: file, lodge, submit; "déposer", "introduire", "saisir";
   * "presentar", "interponer", "radicar", "tramitar". Told done over the internet ({@link #online}) with a
   * body of public power or a court named, they tell a public service reached from afar ({@link
   * QuestionCompiler#filedOnline}); a parcel, a form to a shop or homework handed in name no such body.
   */
  static Set<String> filing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("file", "files", "filed", "filing", "lodge", "lodges", "lodged", "lodging", "submit", "submits",
          "submitted", "submitting");
      case FR -> WordSet.of("deposer", "depose", "deposent", "deposee", "deposees", "introduire", "introduit",
          "introduisent", "saisir", "saisit", "saisissent");
      case ES -> WordSet.of("presentar", "presenta", "presentan", "presentada", "presentadas", "interponer", "interpone",
          "interponen", "radicar", "radica", "radican", "tramitar", "tramita", "tramitan");
    };
  }

  /**
   * The words written in {@code lang} (folded, one or two words as the question's words hold them) for
   * the internet a service has moved to, and the machines it is reached with ("online", "en ligne", "en
   * linea", "internet", a computer). Told with a denial ({@link #unanswering}: without, "sans", "sin")
   * and the people a public service serves ({@link #served}, {@link #claimants}: the elderly,
   * pensioners, "les personnes agees", "los jubilados"), beside the service's own thing (a pension,
   * "les demarches"), they tell the digital divide in plain words ({@link QuestionCompiler#offline}):
   * those left out when a public service goes online. Not "app", "web" or "site" alone: a game's, a
   * shop's, a club's as often; a phone is anyone's.
   */
  static Set<String> online(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("online", "internet", "computer", "computers");
      case FR -> WordSet.of("en ligne", "internet", "ordinateur", "ordinateurs");
      case ES -> WordSet.of("en linea", "internet", "computadora", "computadoras", "ordenador", "ordenadores");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) for making a thing better as a
   * whole: to improve, reform, modernise or overhaul it, and the nouns of those acts ("améliorer",
   * "réforme", "modernisation"; "mejorar", "reforma", "modernizar"). Told of a public service's own
   * entry right after them ({@link QuestionCompiler#improved}: improving public schools, "réformer
   * l'école publique", "mejorar los centros de salud"), they ask how the service works for everyone, where
   * an errand asks only for one's own next step (renewing a passport, a clinic's hours), which holds no
   * such word; one's own grades, shop or shower improved are the asker's, which the gate reads apart.
   */
  static Set<String> improving(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("improve", "improves", "improved", "improving", "improvement", "improvements", "reform",
          "reforms", "reformed", "reforming", "modernise", "modernises", "modernising", "modernisation", "modernize",
          "modernizes", "modernizing", "modernization", "overhaul", "overhauling");
      case FR -> WordSet.of("ameliorer", "ameliore", "ameliorent", "amelioration", "reformer", "reforme", "reformes",
          "reforment", "moderniser", "modernise", "modernisent", "modernisation");
      case ES -> WordSet.of("mejorar", "mejora", "mejoran", "mejoras", "mejore", "mejoren", "reformar", "reforma",
          "reforman", "reformas", "reforme", "reformen", "modernizar", "moderniza", "modernizan", "modernice",
          "modernicen", "modernizacion");
    };
  }

  /**
   * The people a public counter serves, named in general, as the question's words hold them (accents
   * folded): citizens, residents, users, applicants, claimants, beneficiaries, families, people,
   * everyone; "les usagers", "les assurés", "les allocataires", "les bénéficiaires", "les demandeurs",
   * "les familles", "les gens"; "los ciudadanos", "los usuarios", "los vecinos", "los beneficiarios", "los
   * desempleados", "la gente", "todos". A burden
   * told at a counter for them is the service's ({@link QuestionCompiler#keptWaiting}); told with none of
   * them (does the office take appointments on Saturdays, how many weeks for the plates) it is one's
   * own next step. Beside a public body or service, with {@link #serviceUsers} and {@link #constituencies},
   * they are a group whose say in the rules made is asked for ({@link ThemeDetector}'s reading of a say in
   * the rules made).
   */
  static Set<String> served(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("citizens", "residents", "users", "applicants", "claimants", "beneficiaries", "families",
          "people", "public", "taxpayers", "everyone", "everybody", "unemployed", "pensioners", "migrants");
      case FR -> WordSet.of("citoyens", "citoyennes", "usagers", "usageres", "administres", "habitants", "habitantes",
          "gens", "demandeurs", "allocataires", "beneficiaires", "assures", "familles", "contribuables", "public",
          "tout", "chomeurs", "retraites", "etrangers");
      case ES -> WordSet.of("ciudadanos", "ciudadanas", "ciudadania", "usuarios", "usuarias", "vecinos", "vecinas",
          "gente", "solicitantes", "beneficiarios", "beneficiarias", "familias", "contribuyentes", "publico", "todos",
          "todo", "desempleados", "jubilados", "pensionados", "migrantes");
    };
  }

  /**
   * The people a public service serves named by their use of it, in the plural, as the question's
   * words hold them (accents folded): patients, parents, pupils, students, passengers, riders,
   * commuters, users; "les malades", "les parents d'élèves", "les usagers", "les voyageurs"; "los
   * pacientes", "los padres de familia", "los alumnos", "los usuarios", "los pasajeros". Their view put
   * on the public service they use, where that service's theme leads, is their say in how it is run
   * ({@link ThemeDetector}'s reading of the people's view put on a public act), as {@link #thePeople}'s
   * is; a shop's customers, a club's members or one's children are none, and a doctor's patients
   * speaking of no public service find no service's theme to lead.
   */
  static Set<String> serviceUsers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("patients", "parents", "pupils", "students", "passengers", "riders", "commuters", "users");
      case FR -> WordSet.of("patients", "malades", "parents", "eleves", "etudiants", "usagers", "usageres", "voyageurs",
          "passagers");
      case ES -> WordSet.of("pacientes", "enfermos", "padres", "madres", "alumnos", "estudiantes", "usuarios", "usuarias",
          "pasajeros");
    };
  }

  /**
   * The benefits only the state pays, named as the question's words hold them (accents folded, phrases
   * of one to three words joined by a space): unemployment, housing, child and disability benefits, social
   * assistance; "le RSA", "l'APL", "les allocations" (French names no private perk so), "allocations
   * logement", "prestations sociales", "minima sociaux"; "subsidio de desempleo", "prestaciones
   * sociales", "pension no contributiva", "ingreso minimo vital". No word a firm, a shop, an insurer or
   * an employer names its own perks with ("benefits", "avantages", "beneficios", "prestaciones" alone,
   * a car's): read with their claimants ({@link QuestionCompiler#claimed}), they are a public service; an
   * old-age pension and conditional cash transfers too, and, paid through a channel or at a cost of trips,
   * whoever is named beside them ({@link QuestionCompiler#obtained}).
   */
  static Set<String> stateBenefits(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("unemployment benefit", "unemployment benefits", "housing benefit", "housing benefits",
          "child benefit", "child benefits", "disability allowance", "disability allowances", "disability benefit",
          "disability benefits", "jobless benefits", "social assistance", "welfare payments", "universal credit",
          "food stamps", "child allowance", "jobseeker allowance", "old age pension", "old age pensions",
          "old age allowance", "old age allowances", "state pension", "conditional cash transfers", "social grants",
          "social grant");
      case FR -> WordSet.of("rsa", "apl", "aah", "allocations", "allocation chomage", "allocations chomage",
          "allocations logement", "allocation logement", "allocations familiales", "aide au logement",
          "aides au logement", "prestations sociales", "minima sociaux", "aides sociales", "pension de vieillesse",
          "pensions de vieillesse", "minimum vieillesse");
      case ES -> WordSet.of("subsidio de desempleo", "subsidios de desempleo", "prestacion por desempleo",
          "prestaciones por desempleo", "seguro de desempleo", "prestaciones sociales", "ayudas sociales",
          "pension no contributiva", "pensiones no contributivas", "ingreso minimo vital", "ayudas por hijo",
          "prestacion por hijo", "subsidio familiar", "asignacion familiar", "pension de vejez", "pensiones de vejez",
          "transferencias condicionadas");
    };
  }

  /**
   * The people who claim a benefit only the state pays ({@link #stateBenefits}), besides those a counter
   * serves ({@link #served}): jobseekers, tenants, the disabled, the elderly, students, parents, the poor;
   * "les demandeurs d'emploi", "les locataires", "les etudiants", "les personnes agees"; "los parados", "los
   * inquilinos", "los ancianos"; and the words of their title to it: eligible, entitled, "recours" (as in
   * "non-recours"), "derecho". Named beside such a benefit, they say whose claim it is.
   */
  static Set<String> claimants(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("jobseekers", "tenants", "disabled", "elderly", "students", "parents", "poor", "recipients",
          "beneficiaries", "eligible", "entitled");
      case FR -> WordSet.of("locataires", "etudiants", "agees", "handicapees", "parents", "beneficiaires", "pauvres",
          "modestes", "ayants", "non-recours", "recours");
      case ES -> WordSet.of("parados", "inquilinos", "ancianos", "mayores", "discapacidad", "estudiantes", "padres",
          "pobres", "beneficiarios", "derecho");
    };
  }

  /**
   * The burdens a public counter lays on those it serves, as the question's words hold them, besides a
   * wait and a line ({@link #waits}, {@link #queues}): appointments hard to get, papers and forms asked
   * again, files lost. Told at a counter of {@link #counters}, they are that service's ({@link
   * QuestionCompiler#keptWaiting}).
   */
  static Set<String> burdens(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("appointment", "appointments", "paperwork", "forms", "documents", "papers", "months", "weeks");
      case FR -> WordSet.of("rendez", "creneau", "creneaux", "dossier", "dossiers", "papiers", "paperasse", "mois",
          "semaines", "attente");
      case ES -> WordSet.of("cita", "citas", "turno", "turnos", "papeles", "papeleo", "tramites", "meses", "semanas");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) for answering whoever wrote,
   * called or asked: to answer, reply or respond, to call back or pick up ("rappeler", "décrocher"), to
   * attend to ("atender"), and the noun of the answer ("réponse", "respuesta"). Told denied ({@link
   * #unanswering}), they say that those who turned to someone got nothing back; told of a public body
   * (the town hall, the tax office, social security), that is a service failing those it serves ({@link
   * QuestionCompiler#unanswered}), where the same words of a bank, a phone company or a friend are
   * everyday life, which the gate tells apart by the body, as it does for every everyday piece of evidence.
   */
  static Set<String> answering(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("answer", "answers", "answered", "answering", "reply", "replies", "replied", "replying",
          "respond", "responds", "responded", "responding", "response", "unanswered");
      case FR -> WordSet.of("repondre", "repond", "repondent", "repondu", "repondait", "repondaient", "reponse",
          "reponses", "rappelle", "rappellent", "rappeler", "decroche", "decrochent", "decrocher");
      case ES -> WordSet.of("responder", "responde", "responden", "respondio", "respondido", "respondieron",
          "responda", "respondan", "respuesta", "respuestas", "contestar", "contesta", "contestan", "contesto", "contestado",
          "contestaron", "atiende", "atienden", "atender");
    };
  }

  /**
   * The words written in {@code lang} that deny the act of a verb a few words after them in the same
   * clause: not, never, nobody, without; "ne", "jamais", "personne", "sans"; "no", "nunca", "nadie",
   * "sin"; and "unanswered", an answer and its denial in one word. Read only before a word of answering
   * ({@link #answering}): an answer denied.
   */
  static Set<String> unanswering(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("not", "never", "nobody", "noone", "no", "without", "doesn't", "don't", "didn't",
          "hasn't", "haven't", "won't", "isn't", "unanswered");
      case FR -> WordSet.of("ne", "jamais", "personne", "sans", "aucun", "aucune");
      case ES -> WordSet.of("no", "nunca", "jamas", "nadie", "sin", "ningun", "ninguna");
    };
  }

  /**
   * The words written in {@code lang} that make a word of answering ({@link #answering}) an answer owed
   * for one's acts, answerability and not a letter or a call left unanswered: after the verb, "for";
   * "de", "devant"; "por", "ante"; and French "en" before it ("personne n'en répond").
   */
  static Set<String> answerable(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("for");
      case FR -> WordSet.of("de", "des", "du", "devant", "en");
      case ES -> WordSet.of("por", "ante");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) for the works a public body
   * builds for the people: bridges, roads, classrooms, schools, clinics, hospitals, wells, boreholes,
   * dams, public works ("travaux", "chantier", "obras"). Told checked for being built, finished or
   * repaired ({@link #completing}, {@link JusticeActs#worksFollowed}), they are works the people follow up
   * to hold their builder to account; a kitchen, a bathroom or a garden is no such work.
   */
  static Set<String> publicWorks(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("bridge", "bridges", "road", "roads", "classroom", "classrooms", "school", "schools",
          "clinic", "clinics", "hospital", "hospitals", "wells", "borehole", "boreholes", "dam", "dams",
          "works", "latrines", "dispensary", "dispensaries");
      case FR -> WordSet.of("pont", "ponts", "route", "routes", "classe", "classes", "ecole", "ecoles", "dispensaire",
          "dispensaires", "hopital", "hopitaux", "puits", "forage", "forages", "barrage", "barrages", "travaux",
          "chantier", "chantiers", "latrines", "college", "colleges", "lycee", "lycees");
      case ES -> WordSet.of("puente", "puentes", "carretera", "carreteras", "camino", "caminos", "aula", "aulas",
          "escuela", "escuelas", "clinica", "clinicas", "hospital", "hospitales", "pozo", "pozos", "represa",
          "represas", "obra", "obras", "letrinas");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) that tell a work built, finished
   * or repaired, or not: built, finished, completed, repaired, unfinished, "construites", "achevés",
   * "réparations", "se construyeron", "terminen", "inconclusas". Checked by the people, a public work's
   * completion is what its builder answers for ({@link JusticeActs#worksFollowed}).
   */
  static Set<String> completing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("built", "build", "finished", "finish", "completed", "repaired",
          "repair", "repairs", "fixed", "unfinished", "incomplete", "dug", "drilled", "delivered", "paved", "tarred", "asphalted");
      case FR -> WordSet.of("construit", "construite", "construits", "construites", "construire", "acheve", "achevee",
          "acheves", "achevees", "achever", "termine", "terminee", "termines", "terminees", "terminer", "repare",
          "reparee", "repares", "reparees", "reparer", "reparation", "reparations", "inacheve", "inachevee",
          "inacheves", "inachevees", "creuse", "creuses", "creusee", "creusees", "creuser", "fore", "fores",
          "livre", "livres", "livree", "livrees", "goudronne", "goudronnee", "goudronnes", "goudronnees", "bitumee",
          "bitumees");
      case ES -> WordSet.of("construyeron", "construyo", "construido", "construida", "construidos", "construidas",
          "construya", "construyan", "construir", "terminen", "termine", "terminado", "terminada", "terminados",
          "terminadas", "terminaron", "termino", "terminar", "reparado", "reparada", "reparados", "reparadas",
          "reparen", "reparar", "reparacion", "reparaciones", "inconclusa", "inconclusas", "inconcluso",
          "inconclusos", "excavados", "excavaron", "perforados", "perforaron", "cavados", "cavaron", "entregada",
          "entregadas", "entregado", "entregados", "asfaltar", "asfaltada", "asfaltadas", "asfaltado", "asfaltados",
          "pavimentar", "pavimentada", "pavimentadas", "pavimentado", "pavimentados");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) of keeping a thing from
   * happening: prevent, stop, avoid; "éviter", "empêcher"; "evitar", "impedir". After a public work
   * the people check ({@link JusticeActs#worksFollowed}), they tell the check made to keep its builder
   * from cheating or skimping, as a completion checked tells its delivery followed up.
   */
  static Set<String> preventing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("prevent", "prevents", "preventing", "stop", "stops", "stopping", "avoid", "avoids",
          "avoiding", "deter");
      case FR -> WordSet.of("eviter", "evite", "evitent", "empecher", "empeche", "empechent", "prevenir");
      case ES -> WordSet.of("evitar", "evita", "evitan", "evite", "eviten", "impedir", "impide", "impiden", "impida",
          "impidan", "prevenir");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) of bearing the fault or the
   * charge of a thing: responsible, responsibility, blame; "responsable", "responsabilité", "coupable";
   * "responsable", "responsabilidad", "culpa". Asked of a public work's or a public supply's failure
   * ({@link #failing}, {@link JusticeActs#failureBlamed}), they ask who answers for it.
   */
  static Set<String> blaming(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("responsible", "responsibility", "blame", "blamed", "fault", "accountable");
      case FR -> WordSet.of("responsable", "responsables", "responsabilite", "responsabilites", "coupable",
          "coupables", "faute");
      case ES -> WordSet.of("responsable", "responsables", "responsabilidad", "responsabilidades", "culpa",
          "culpable", "culpables");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) of a built thing or a supply
   * failing: collapse, flooded, crumbled, burst, an outage; "effondrement", "écroulé", "inondée",
   * "coupures"; "colapso", "derrumbe", "se cayó", "inundada", "cortes" ({@link #cutting} among them).
   * Told of a public work or of a public supply, with the fault asked ({@link #blaming}), they ask who
   * answers for a public service's failure ({@link JusticeActs#failureBlamed}).
   */
  static Set<String> failing(Lang lang) {
    Set<String> own = switch (lang) {
      case EN -> WordSet.of("collapse", "collapsed", "collapses", "collapsing", "flooded", "floods", "flooding",
          "crumbled", "crumbling", "burst", "failed", "failing", "fails", "failure", "failures", "fell",
          "blackout", "blackouts");
      case FR -> WordSet.of("effondrement", "effondre", "effondree", "effondres", "ecroule", "ecroulee",
          "ecroulement", "inonde", "inondee", "inondes", "inondation", "inondations", "panne", "pannes",
          "defaillance", "defaillances", "delestage", "delestages", "tombe", "tombee");
      case ES -> WordSet.of("colapso", "colapsa", "colapsado", "colapsada", "colapsaron", "derrumbe",
          "derrumbo", "derrumbado", "derrumbada", "inundo", "inundada", "inundado", "inundacion",
          "inundaciones", "cae", "cayo", "caida", "falla", "fallas", "apagon", "apagones");
    };
    return union(own, cutting(lang));
  }

  /**
   * The nouns written in {@code lang} (folded) for a supply a public network brings to every home,
   * beside {@link #supply}'s water: electricity, power; "électricité", "courant"; "electricidad",
   * "luz". Told failing with the fault asked ({@link JusticeActs#failureBlamed}), the network's
   * failure is a public service's.
   */
  static Set<String> networks(Lang lang) {
    Set<String> own = switch (lang) {
      case EN -> WordSet.of("electricity", "power");
      case FR -> WordSet.of("electricite", "courant");
      case ES -> WordSet.of("electricidad", "luz");
    };
    return union(own, supply(lang));
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) for the people checking how a
   * thing turned out, beside those of {@link #overseeing}: check, track, follow, "suivre", "comprobar",
   * "seguir". Alone everyone checks a bill; before a public work's completion ({@link #completing}) it is
   * the works followed up ({@link JusticeActs#worksFollowed}).
   */
  static Set<String> checking(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("check", "checks", "checking", "checked", "track", "tracks", "tracking", "tracked",
          "follow", "following", "followed", "inspect", "inspects", "inspecting", "inspected", "watch", "watches",
          "watching", "watched", "ensure", "ensures", "ensuring", "sure");
      case FR -> WordSet.of("suivre", "suivent", "suivons", "suivi", "suit", "assurer", "assurent");
      case ES -> WordSet.of("comprobar", "comprueban", "seguir", "siguen", "seguimiento", "asegurar", "asegurarse",
          "asegurarnos", "aseguran");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed; two words where the language
   * needs them) of claiming what one is owed: claim, demand, assert, enforce; "réclamer", "revendiquer",
   * "faire valoir", "exiger"; "reclamar", "exigir", "hacer valer". Before one's rights and a public body
   * they are the people claiming them before that body ({@link JusticeActs#rightsClaimed}).
   */
  static Set<String> claiming(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("claim", "claims", "claiming", "claimed", "demand", "demands", "demanding", "demanded",
          "assert", "asserting", "enforce", "enforcing", "exercise", "exercising", "secure", "securing");
      case FR -> WordSet.of("reclamer", "reclament", "reclame", "reclamant", "revendiquer", "revendiquent",
          "revendique", "faire valoir", "font valoir", "fait valoir", "faisant valoir", "exiger", "exigent", "exige",
          "exigeant", "exercer", "defendre", "defendent");
      case ES -> WordSet.of("reclamar", "reclaman", "reclama", "reclamando", "exigir", "exigen", "exige", "exigiendo",
          "hacer valer", "hacen valer", "hace valer", "haciendo valer", "ejercer", "defender", "defienden");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) of what the law owes a person,
   * in the plural: rights, entitlements, "droits", "derechos". A single right ("the right to water",
   * "le droit de vote") names its own matter and is not listed.
   */
  static Set<String> rights(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rights", "entitlements");
      case FR -> WordSet.of("droits");
      case ES -> WordSet.of("derechos");
    };
  }

  /**
   * The words written in {@code lang} that tell a time before a thing is done or while it is being done,
   * as the question's words hold them (accents folded): before, while, during, early, upstream; "avant",
   * "pendant", "durant", "lors", "amont"; "antes", "mientras", "durante", "principio" (desde el
   * principio). Beside a text of public action, they tell the people's part asked for in its making,
   * the say a text told finished ({@link #finished}) tells too late ({@link LateSay#early}).
   */
  static Set<String> beforehand(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("before", "while", "whilst", "during", "early", "earlier", "beforehand", "upstream");
      case FR -> WordSet.of("avant", "pendant", "durant", "lors", "amont");
      case ES -> WordSet.of("antes", "mientras", "durante", "principio");
    };
  }

  /**
   * The prepositions written in {@code lang} that open when a thing is to be done by: "before",
   * "until"; "avant"; "antes" ({@code NameIndex.asksOfPointed}: an ask of a pledger followed by the
   * time it is wanted by, a day or a meeting of the asker's own).
   */
  static Set<String> deadlines(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("before", "until");
      case FR -> WordSet.of("avant");
      case ES -> WordSet.of("antes");
    };
  }

  /**
   * The prepositions written in {@code lang} before the one a claim is made to or against: from, before,
   * against; "auprès", "devant", "contre"; "ante", "frente", "contra" ({@link JusticeActs#rightsClaimed}).
   */
  static Set<String> claimedFrom(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("from", "before", "against");
      case FR -> WordSet.of("aupres", "devant", "contre", "face");
      case ES -> WordSet.of("ante", "frente", "contra");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) of a hold over others: power,
   * control, weight; "pouvoir", "prise", "poids"; "poder", "control", "peso". The people given one over
   * a public power's administration, or against it ({@link #over}), are empowered over it ({@link
   * JusticeActs#empowered}).
   */
  static Set<String> holdNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("power", "powers", "control", "hold", "leverage", "weight");
      case FR -> WordSet.of("pouvoir", "pouvoirs", "prise", "controle", "poids");
      case ES -> WordSet.of("poder", "poderes", "control", "peso");
    };
  }

  /**
   * The prepositions written in {@code lang} of what a hold is over, or held against: "over", "against",
   * "sur", "face (à)", "sobre", "frente (a)".
   */
  static Set<String> over(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("over", "against");
      case FR -> WordSet.of("sur", "face");
      case ES -> WordSet.of("sobre", "frente");
    };
  }

  /**
   * The nouns written in {@code lang} for the state's apparatus as a whole, in every language: the
   * administration, the bureaucracy, the civil service; "l'administration", "la bureaucratie";
   * "la administración", "la burocracia". English "administration" is as often a firm's management, so
   * it is read only where a reading names the people's hold over it ({@link JusticeActs#empowered}).
   */
  static Set<String> apparatus(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("administration", "administrations", "bureaucracy", "bureaucrats");
      case FR -> WordSet.of("administration", "administrations", "bureaucratie", "bureaucrates");
      case ES -> WordSet.of("administracion", "administraciones", "burocracia", "burocratas");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) of grading a service by score or
   * rating, beside those of {@link #grading}: rating, scoring, a score card; "notation", "notent";
   * "calificaciones", "puntuación". Answered by a public body bound to respond ({@link
   * JusticeActs#gradesAnswered}), the grades are its users holding it to account.
   */
  static Set<String> scoring(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rating", "ratings", "rates", "rate", "score", "scores", "scoring", "scored", "scorecard",
          "scorecards", "marks", "grade", "grades");
      case FR -> WordSet.of("notation", "notations", "notes", "notent", "noter", "notant", "evaluent", "evaluer");
      case ES -> WordSet.of("calificaciones", "califican", "calificar", "calificando", "puntuacion", "puntuaciones",
          "puntuan", "puntuar", "notas");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) of a promise made: promise, pledge; "promesse"; "promesa".
   * English "promise" and "pledges" are verbs too: beside a word of {@link #electoral} ("campaign
   * promises", "election pledges") they are the noun ({@link JusticeActs#promisesAccounted}).
   */
  static Set<String> promiseNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("promise", "promises", "pledge", "pledges");
      case FR -> WordSet.of("promesse", "promesses");
      case ES -> WordSet.of("promesa", "promesas");
    };
  }

  /**
   * The words written in {@code lang} (folded) that mark a promise as one made to win an election,
   * right beside it: election, electoral, a manifesto's; "électorales"; "electorales". Such promises,
   * their keeping reported or not ({@link JusticeActs#promisesAccounted}), are their makers answering to
   * the voters.
   */
  static Set<String> electoral(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("election", "electoral", "manifesto");
      case FR -> WordSet.of("electorale", "electorales", "electoral", "electoraux");
      case ES -> WordSet.of("electoral", "electorales");
    };
  }

  /**
   * The words written in {@code lang} (folded) for a campaign: "campaign", "campagne", "campaña". A firm's
   * marketing or a student union's campaign makes promises too, so a campaign's promises are electoral
   * ({@link JusticeActs#promisesAccounted}) only where the question names a holder or a body of public
   * power (the president, a governor, the government).
   */
  static Set<String> campaigns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("campaign", "campaigns");
      case FR -> WordSet.of("campagne", "campagnes");
      case ES -> WordSet.of("campana", "campanas");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) of telling how a thing turned out,
   * beside those of {@link #reporting} and {@link #keeping}: reports, reported, accounts; "bilan", "rend
   * compte"; "informa", "rinde cuentas". Of promises made to win an election they are the promises
   * accounted for ({@link JusticeActs#promisesAccounted}).
   */
  static Set<String> accountingFor(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("report", "reports", "reported", "reporting", "account", "accounts", "accounted", "review",
          "reviews");
      case FR -> WordSet.of("bilan", "bilans", "rend", "rendent", "rendre", "informe", "informent", "informer",
          "evalue", "evaluent");
      case ES -> WordSet.of("informa", "informan", "informar", "informe", "informes", "rinde", "rinden", "rendir",
          "balance");
    };
  }

  /**
   * The words written in {@code lang} (folded) for those a programme pays or serves by right:
   * beneficiaries, recipients; "bénéficiaires", "allocataires"; "beneficiarios", "derechohabientes".
   * Unlike tenants, students or parents ({@link #claimants}), who complain to a landlord, a club or a
   * teacher as often, they name a programme's people ({@link JusticeActs#complaintsAnswered}).
   */
  static Set<String> recipients(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("beneficiaries", "recipients");
      case FR -> WordSet.of("beneficiaires", "allocataires");
      case ES -> WordSet.of("beneficiarios", "beneficiarias", "derechohabientes");
    };
  }

  /**
   * The programmes of social protection written in {@code lang}, as the question's words hold them
   * (accents folded, two words joined by a space): cash transfers, "transferts monétaires",
   * "transferencias monetarias". Paid by the state or by an agency for it, they are a public programme
   * whose complaints answered are its beneficiaries' grievances redressed ({@link
   * JusticeActs#complaintsAnswered}); as a benefit claimed they stay the service's own matter.
   */
  static Set<String> transfers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cash transfer", "cash transfers");
      case FR -> WordSet.of("transfert monetaire", "transferts monetaires");
      case ES -> WordSet.of("transferencia monetaria", "transferencias monetarias");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) of taking what others put to one:
   * take, field; "prendre", "recevoir"; "tomar", "recibir". Before calls or questions ({@link #calls}) they
   * answer them: a holder taking the residents' calls on the air answers to them ({@link
   * JusticeActs#answersToPeople}).
   */
  static Set<String> fielding(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("take", "takes", "taking", "took", "field", "fields", "fielding");
      case FR -> WordSet.of("prendre", "prend", "prennent", "recevoir", "recoit", "recoivent");
      case ES -> WordSet.of("tomar", "toma", "toman", "recibir", "recibe", "reciben");
    };
  }

  /** The nouns written in {@code lang} (folded) of what is put to one to answer: calls, questions; "appels"; "llamadas". */
  static Set<String> calls(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("calls", "questions", "queries");
      case FR -> WordSet.of("appels", "questions");
      case ES -> WordSet.of("llamadas", "preguntas", "consultas");
    };
  }

  /**
   * The words written in {@code lang} (folded) for those who listen to or call a programme on the air:
   * listeners, callers, viewers; "auditeurs", "téléspectateurs"; "oyentes", "radioescuchas",
   * "televidentes". A holder answering them answers to the people ({@link JusticeActs#answersToPeople}).
   */
  static Set<String> audience(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("listeners", "callers", "viewers", "audience");
      case FR -> WordSet.of("auditeurs", "auditrices", "telespectateurs", "auditoire");
      case ES -> WordSet.of("oyentes", "radioescuchas", "televidentes", "audiencia");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) of a work while it is being built:
   * works, a construction, "travaux", "chantier", "obra". Of another public work named beside them ("the
   * building of the bridge", "le chantier du marché", "la obra del hospital"), followed by the
   * people, they are its delivery watched ({@link JusticeActs#worksFollowed}), whether or not the question
   * tells it finished; alone ("suivre les travaux de l'Assemblée") they are any body's labours.
   */
  static Set<String> underway(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("works", "construction", "roadworks", "site", "sites");
      case FR -> WordSet.of("travaux", "chantier", "chantiers", "construction");
      case ES -> WordSet.of("obra", "obras", "construccion");
    };
  }

  /**
   * The public works written in {@code lang} in several words, word by word as the question's folded
   * tokens hold them (an elided "d'" dropped): a health centre, a water point, a building site; "centre de
   * santé", "points d'eau"; "centro de salud", "puntos de agua". Their words alone name something else (a
   * centre, a point, a site), so only the whole phrase is a work a public body builds ({@link
   * JusticeActs#worksFollowed}, {@link JusticeActs#failureBlamed}), beside those of {@link #publicWorks}.
   */
  static List<List<String>> publicWorkPhrases(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("health", "centre"), List.of("health", "centres"), List.of("health", "center"),
          List.of("health", "centers"), List.of("health", "post"), List.of("health", "posts"),
          List.of("water", "point"), List.of("water", "points"), List.of("building", "site"),
          List.of("construction", "site"));
      case FR -> List.of(List.of("centre", "de", "sante"), List.of("centres", "de", "sante"),
          List.of("poste", "de", "sante"), List.of("postes", "de", "sante"), List.of("point", "eau"),
          List.of("points", "eau"));
      case ES -> List.of(List.of("centro", "de", "salud"), List.of("centros", "de", "salud"),
          List.of("puesto", "de", "salud"), List.of("posta", "de", "salud"), List.of("punto", "de", "agua"),
          List.of("puntos", "de", "agua"));
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) that tell a work stopped before it
   * was done: stalled, halted, abandoned; "à l'arrêt", "abandonné", "paralysé"; "parada", "paralizada",
   * "abandonada". A public work so told, followed by the people or its fault asked, is its delivery
   * failed ({@link JusticeActs#worksFollowed}, {@link JusticeActs#failureBlamed}).
   */
  static Set<String> stalling(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("stalled", "halted", "abandoned", "unfinished", "incomplete");
      case FR -> WordSet.of("arret", "arrete", "arretes", "arretee", "arretees", "abandonne", "abandonnes", "abandonnee",
          "abandonnees", "paralyse", "paralyses", "paralysee", "paralysees", "inacheve", "inachevee", "inacheves",
          "inachevees");
      case ES -> WordSet.of("parada", "paradas", "parado", "parados", "paralizada", "paralizadas", "paralizado",
          "paralizados", "detenida", "detenidas", "detenido", "detenidos", "abandonada", "abandonadas", "abandonado",
          "abandonados", "inconclusa", "inconclusas", "inconcluso", "inconclusos");
    };
  }

  /**
   * The words written in {@code lang} that deny a completion told a few tokens after them in its clause
   * ({@link #completing}): not, never, yet; "pas", "jamais", "sans"; "no", "nunca", "sin". "Still not
   * finished", "toujours pas achevé", "sigue sin terminar": a public work so told is its delivery failed
   * ({@link JusticeActs#failureBlamed}), as a work stalled is.
   */
  static Set<String> undone(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("not", "never", "isn't", "wasn't", "weren't", "hasn't", "haven't", "aren't", "yet");
      case FR -> WordSet.of("pas", "jamais", "sans");
      case ES -> WordSet.of("no", "nunca", "jamas", "sin");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) for money followed until it
   * arrives: those of {@link #checking} (track, follow, "suivre", "seguir"), tracing it and its reaching
   * where it was meant to go: trace, reach, arrive, "retracer", "arrive", "parvient", "rastrear",
   * "llega". Beside money meant for a public purpose ({@link PublicMoney}: "the funds for village clinics
   * until they reach the ward", "les fonds votés pour les ponts parviennent-ils"), the people follow
   * public money to its use; alone everyone tracks a parcel or reaches a station.
   */
  static Set<String> following(Lang lang) {
    return union(checking(lang), switch (lang) {
      case EN -> WordSet.of("trace", "traces", "traced", "tracing", "reach", "reaches", "reached", "reaching", "arrive",
          "arrives", "arrived", "arriving");
      case FR -> WordSet.of("tracer", "retracer", "trace", "tracee", "tracent", "arrive", "arrivent", "arrivait",
          "arrivaient", "arrivera", "arriveront", "parvient", "parviennent", "parvenu", "parvenus", "atteint",
          "atteignent");
      case ES -> WordSet.of("rastrear", "rastrea", "rastrean", "rastreo", "trazar", "llega", "llegan", "llego", "llegaron",
          "llegue", "lleguen", "llegar", "llegado");
    });
  }

  /**
   * The nouns written in {@code lang} for the groups of the public a programme or a budget line is
   * meant for: women, girls, children, the elderly, people with disabilities, indigenous peoples, the
   * poor, minorities, and the {@link #constituencies} ("mujeres", "femmes", "personnes handicapées" by
   * their last word). Money meant for them, followed or shown ({@link PublicMoney}: spending tagged
   * for women shown line by line), is a public purpose as a school is; what one gives one's own
   * children names a possessive and is read as one's own.
   */
  static Set<String> groupsServed(Lang lang) {
    return union(constituencies(lang), switch (lang) {
      case EN -> WordSet.of("women", "girls", "children", "elderly", "disabled", "disabilities", "indigenous", "poor",
          "minorities", "refugees");
      case FR -> WordSet.of("femmes", "filles", "enfants", "agees", "handicapees", "handicapes", "handicap",
          "autochtones", "pauvres", "minorites", "refugies");
      case ES -> WordSet.of("mujeres", "ninas", "ninos", "ninez", "mayores", "discapacidad", "discapacitados",
          "indigenas", "pobres", "minorias", "refugiados");
    });
  }

  /**
   * The nouns written in {@code lang} for money given a use besides {@link #funds}, {@link #grants} and
   * {@link #outlays}: funding, financing, a grant, "financement", "crédits", "financiamiento", "recursos", and the
   * French and Spanish singulars also verbs of {@link #spending} ("dépense", "gasto"), read only as the
   * head of money meant for a public purpose ({@link PublicMoney}: "el gasto previsto para", "la dépense
   * affectée à").
   */
  static Set<String> fundings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("funding", "financing", "grant");
      case FR -> WordSet.of("financement", "financements", "credits", "depense");
      case ES -> WordSet.of("financiamiento", "financiacion", "recursos", "gasto");
    };
  }

  /**
   * The theme of an answer denied by a public body ({@link #answering}, {@link QuestionCompiler#unanswered}):
   * the service its users turned to failed them, as the thesaurus files the quality of a service and
   * its users' satisfaction.
   */
  static String unansweredTheme() {
    return "public-services";
  }

  /**
   * The theme of a public body's own papers made known to the public ({@link
   * QuestionCompiler#rulesPublished}): its internal rules published before anyone asks them, as the
   * thesaurus files proactive disclosure.
   */
  static String disclosedTheme() {
    return "access-to-information";
  }

  /**
   * The theme of the people's say in public decisions ({@link #participation}): where the people who
   * claim a benefit have their say in its rules ({@link QuestionCompiler#claimed}), that say leads the
   * service they claim.
   */
  static String sayTheme() {
    return "citizen-engagement";
  }

  /**
   * The theme of a power made to answer to the people for what it delivered ({@link
   * QuestionCompiler#answeredFirst}): a public work followed up against its promise, the fault of one
   * left unfinished asked, as the thesaurus files answerability and the monitoring of delivery.
   */
  static String answeredTheme() {
    return "accountability";
  }

  /**
   * The theme whose words tell conduct, anyone's as well as public office's: integrity, corruption,
   * a conflict of interest, lobbying, a bribe, a revolving door are said of a file, a referee, a
   * group of friends, one's parents or a hotel's door. Its evidence is public integrity only beside
   * an office of public power ({@link QuestionCompiler}: never among the people and pastimes of
   * private life alone).
   */
  static String conductTheme() {
    return "public-integrity";
  }

  /**
   * The themes whose words tell a relation to whoever holds sway, anyone's as well as a public
   * power's: to account for one's acts, to answer for them, to take part, to have one's say are
   * asked of a child's pocket money, a boss, a club as often as of a minister. Their evidence alone,
   * among the people and pastimes of private life with no office of public power, is that life's
   * ({@link QuestionCompiler}), as the words of conduct are ({@link #conductTheme}).
   */
  static Set<String> answerabilityThemes() {
    return ANSWERABILITY_THEMES;
  }

  private static final Set<String> ANSWERABILITY_THEMES = WordSet.of("accountability", "citizen-engagement");

  /**
   * The themes whose things anyone holds or uses: resources (wood, gas, the stuff of soap or of a
   * game's house) and data (one's own runs, sleep or rides). Their evidence is the field's only beside
   * a public holder, a public purpose or a word of public life: named as the asker's own things, or
   * as the stuff one makes a thing of, with none of those anywhere, it is that life's ({@link
   * QuestionCompiler}).
   */
  static Set<String> materialThemes() {
    return MATERIAL_THEMES;
  }

  private static final Set<String> MATERIAL_THEMES = WordSet.of("natural-resources", "open-data");

  /**
   * The one theme of {@link #materialThemes} whose words name the stuff things are made of:
   * resources, wood, gas, ore. Beside a verb of making by hand ({@link #crafting}) they are a maker's
   * materials; data is built on by apps of the field's own, so it is not read so.
   */
  static String rawTheme() {
    return "natural-resources";
  }

  /**
   * The verbs written in {@code lang} of making a thing by hand: "craft", "build", "dye", "knit"; "fabriquer",
   * "construire", "teindre"; "fabricar", "tejer". Resources needed to make a thing with them are
   * a maker's materials ({@code QuestionCompiler}). Not "make", "faire", "hacer", which also make a
   * thing public or make it serve ("make mining revenues public", "que faire contre..."); not
   * "develop" or "create", told of policy.
   */
  static Set<String> crafting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("craft", "crafting", "build", "dye", "knit", "sew", "weave", "carve");
      case FR -> WordSet.of("fabriquer", "construire", "bricoler", "teindre", "tricoter", "coudre", "tisser", "sculpter");
      // "tenir" is "teñir" folded: Spanish has no other
      case ES -> WordSet.of("fabricar", "construir", "tenir", "tejer", "coser", "tallar");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) of the asker's own study or pastime a thing
   * is wanted for: a school, homework, a hobby, the weekend; "école", "devoirs", "loisir", "week";
   * "colegio", "tarea", "deberes", "finde". Data wanted for one of them, with no public holder, no word
   * of public life and the theme's name unsaid, is a pupil's or a tinkerer's data ({@code
   * QuestionCompiler}): a pupil's figures for a lesson, a tinkerer's feed for a toy program.
   */
  static Set<String> ownProjects(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("school", "homework", "hobby", "weekend", "weekends", "assignment");
      case FR -> WordSet.of("ecole", "devoirs", "expose", "loisir", "loisirs", "week");
      case ES -> WordSet.of("colegio", "escuela", "tarea", "deberes", "pasatiempo", "finde");
    };
  }

  /**
   * The verbs of a thing taking time, as the question's words hold them (accents folded): "takes",
   * "prennent", "mettent", "tardan", "demora". A thing takes months to form, to heal or to learn as
   * well, so they tell a delay only with a verb of the thing coming to the one who waits for it
   * ({@link #coming}).
   */
  static Set<String> lasting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("take", "takes", "took", "taking");
      case FR -> WordSet.of("prend", "prennent", "met", "mettent", "faut");
      case ES -> WordSet.of("tarda", "tardan", "tardo", "demora", "demoran", "lleva", "llevan");
    };
  }

  /**
   * The verbs of a thing coming to the one who asked for it, issued, handled or paid, in the
   * infinitive a sentence of delay takes (accents folded): "arrive", "issue", "process"; "arriver",
   * "delivrer", "traiter"; "llegar", "tramitarse", "cobrar". Not the verbs of getting or coming in
   * general ("get", "sacar", "venir"), which say what any thing takes years to do. Read with {@link
   * #lasting} only.
   */
  static Set<String> coming(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("arrive", "issue", "obtain", "receive", "process", "approve", "deliver", "answer", "pay");
      case FR -> WordSet.of("arriver", "delivrer", "obtenir", "recevoir", "traiter", "repondre", "payer", "verser");
      case ES -> WordSet.of("llegar", "tramitar", "tramitarse", "obtener", "recibir", "cobrar", "entregar", "aprobar",
          "responder", "pagar");
    };
  }

  /**
   * A span of months or years as the question's words hold it (accents folded): the plural of the
   * unit, or the singular after a count of one ("a year", "un an", "un mes"), never a date or a
   * season ("this year", "cette annee", "el mes que viene"). Read with {@link #waits} and {@link #lasting}.
   */
  static Set<String> spans(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("months", "years", "a month", "one month", "a year", "one year");
      case FR -> WordSet.of("mois", "ans", "annees", "un an", "une annee");
      case ES -> WordSet.of("meses", "anos", "un mes", "un ano");
    };
  }

  /**
   * The verbs written in {@code lang} for the acts the field asks of a public body or holds it to:
   * publishing, consulting, complaining, reporting, tracking, disclosing (each read by its forms as
   * typed). A division of the country named beside one of them is the government of that place, a
   * word of public life ({@link QuestionCompiler}: "will the province disclose", "que la commune
   * consulte", "dónde reclamar al distrito"), as against a weekend in the province or the summer fair
   * of our town. Not asking in general ("pedir cita", "ask for a slot"), which is everyone's errand,
   * nor the forms that are also nouns of daily life ("consulta", a doctor's appointment) or adjectives
   * ("publico"), nor "report" and "reports", as often the nouns of one's own papers (a school report).
   */
  static Set<String> acts(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("publish", "publishes", "published", "publishing", "consult", "consults", "consulted",
          "consulting", "complain", "complains", "complained", "complaining", "reported",
          "reporting", "track", "tracks", "tracked", "disclose", "discloses", "disclosed", "disclosing");
      case FR -> WordSet.of("publier", "publie", "publient", "publiee", "publies", "publiees", "consulter", "consulte",
          "consultent", "plaindre", "plaint", "plaignent", "signaler", "signale", "signalent", "divulguer",
          "divulgue");
      case ES -> WordSet.of("publicar", "publica", "publican", "publicado", "publicada", "publique", "consultar",
          "consulte", "consultan", "reclamar", "reclama", "reclaman", "denunciar", "denuncia", "denuncian",
          "quejarse", "quejan", "divulgar", "divulga");
    };
  }

  /**
   * The theme each verb of {@link #acts} says when a question already about public life asks it of
   * a public body: publishing and disclosing are access to information, consulting is citizen
   * engagement, complaining and reporting are accountability. Tracking is left out (one tracks money,
   * a file or a parcel alike). {@link QuestionCompiler} adds the theme as the weakest evidence of an
   * on-topic question, never to decide whether it is on topic.
   */
  static Map<String, String> actThemes(Lang lang) {
    String info = "access-to-information";
    String engage = "citizen-engagement";
    String answer = "accountability";
    Map<String, String> themes = new HashMap<>();
    for (String act : acts(lang)) {
      String theme = switch (lang) {
        case EN -> act.startsWith("publish") || act.startsWith("disclos") ? info
            : act.startsWith("consult") ? engage
            : act.startsWith("complain") || act.startsWith("report") ? answer : null;
        case FR -> act.startsWith("publi") || act.startsWith("divulg") ? info
            : act.startsWith("consult") ? engage
            : act.startsWith("plai") || act.startsWith("signal") ? answer : null;
        case ES -> act.startsWith("publi") || act.startsWith("divulg") ? info
            : act.startsWith("consult") ? engage
            : act.startsWith("reclam") || act.startsWith("denunci") || act.startsWith("quej") ? answer : null;
      };
      if (theme != null) {
        themes.put(act, theme);
      }
    }
    themeOnlyActs(lang).forEach((theme, forms) -> forms.forEach(f -> themes.putIfAbsent(f, theme)));
    return Collections.unmodifiableMap(themes);
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) for the acts that say a theme
   * but do not of themselves make a division a government, beside {@link #acts}: revealing and
   * handing over papers (access to information), involving and listening to people (citizen
   * engagement: a body that hears the public before it decides), sanctioning and
   * punishing (accountability), auditing, spending and costing (budget transparency). Everyone
   * spends and involves the children, so they serve {@link #actThemes} alone, read only where a
   * question is already on topic.
   */
  private static Map<String, Set<String>> themeOnlyActs(Lang lang) {
    return switch (lang) {
      case EN -> Map.of(
          "access-to-information", WordSet.of("reveal", "reveals", "revealed", "revealing"),
          "citizen-engagement", WordSet.of("involve", "involves", "involved", "involving", "listen", "listens", "listened",
              "listening"),
          "accountability", WordSet.of("sanction", "sanctions", "sanctioned", "sanctioning", "punish", "punishes",
              "punished"),
          "budget-transparency", WordSet.of("audit", "audits", "audited", "auditing", "spend", "spends", "spent",
              "cost", "costs", "costing"));
      case FR -> Map.of(
          "access-to-information", WordSet.of("reveler", "revele", "revelent", "revelee", "revelees"),
          "citizen-engagement", WordSet.of("impliquer", "implique", "impliquent", "associer", "associe", "associent",
              "ecouter", "ecoute", "ecoutent", "ecoutee", "ecoutes", "ecoutees"),
          "accountability", WordSet.of("sanctionner", "sanctionne", "sanctionnent", "sanctionnee", "punir", "puni",
              "punis", "punie", "punit", "punissent"),
          "budget-transparency", WordSet.of("auditer", "audite", "auditent", "depenser", "depense", "depensent",
              "depensee", "couter", "coute", "coutent"));
      case ES -> Map.of(
          "access-to-information", WordSet.of("revelar", "revela", "revelan", "revelo", "revelado"),
          "citizen-engagement", WordSet.of("involucrar", "involucra", "involucran", "involucro", "escuchar", "escucha",
              "escuchan", "escucho", "escuchado", "escuchada", "escuchados", "escuchadas"),
          "accountability", WordSet.of("sancionar", "sanciona", "sancionan", "sancionado", "castigar", "castiga",
              "castigan", "castigado", "castigada", "castigados"),
          "budget-transparency", WordSet.of("auditar", "audita", "auditan", "auditado", "gastar", "gasta", "gastan",
              "gasto", "costar", "cuesta", "cuestan", "costo"));
    };
  }

  /**
   * The phrasal verbs written in {@code lang} (folded, the verb by its forms as typed) for the acts
   * that say a theme, beside {@link #themeOnlyActs}: the act is in the verb with its particle, not in
   * either word alone (a cover is no concealment, "up" no act). Per theme, per particle, the verb's
   * forms: handing papers over or holding them back (access to information), covering a thing up,
   * looking or digging into it, following it up, owning up to it (accountability), paying or buying
   * someone off (public integrity), paying money out (budget transparency), weighing in and speaking
   * up (citizen engagement); French "rendre public", Spanish "hacer público" and "dar a conocer"
   * (access to information). As the acts of {@link #themeOnlyActs}, everyone hands keys over and looks
   * into a phone plan, so they serve {@link Lexicon.PublicLife#phrasalActs} alone, read only where a
   * question is already on topic.
   */
  static Map<String, Map<String, Set<String>>> phrasalActs(Lang lang) {
    Set<String> hand = WordSet.of("hand", "hands", "handed", "handing");
    Set<String> pay = WordSet.of("pay", "pays", "paid", "paying");
    return switch (lang) {
      case EN -> Map.of(
          "access-to-information", Map.of(
              "over", union(hand, WordSet.of("turn", "turns", "turned", "turning")),
              "back", WordSet.of("hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping")),
          "accountability", Map.of(
              "up", WordSet.of("cover", "covers", "covered", "covering", "follow", "follows", "followed", "following",
                  "own", "owns", "owned", "owning"),
              "into", WordSet.of("look", "looks", "looked", "looking", "dig", "digs", "dug", "digging")),
          "public-integrity", Map.of(
              "off", union(pay, WordSet.of("buy", "buys", "bought", "buying"))),
          "budget-transparency", Map.of(
              "out", pay),
          "citizen-engagement", Map.of(
              "in", WordSet.of("weigh", "weighs", "weighed", "weighing"),
              "up", WordSet.of("speak", "speaks", "spoke", "speaking")));
      case FR -> Map.of(
          "access-to-information", Map.of(
              "public", WordSet.of("rendre", "rend", "rendent", "rendu", "rendait", "rendaient"),
              "publique", WordSet.of("rendre", "rend", "rendent", "rendue", "rendait", "rendaient"),
              "publics", WordSet.of("rendre", "rend", "rendent", "rendus", "rendait", "rendaient"),
              "publiques", WordSet.of("rendre", "rend", "rendent", "rendues", "rendait", "rendaient")));
      case ES -> {
        Set<String> make = WordSet.of("hacer", "hace", "hacen", "hizo", "hicieron", "hecho");
        yield Map.of(
            "access-to-information", Map.of(
                "publico", make, "publica", make, "publicos", make, "publicas", make,
                "conocer", WordSet.of("dar", "da", "dan", "dio", "dieron", "dado")));
      }
    };
  }

  /**
   * The verbs written in {@code lang} for taking or accepting a thing handed over (each read by its
   * forms and its stem): money taken, pocketed, accepted or received beside any holder of public
   * office, an officer ({@link #officers}) or an elected one ({@link #officeholders}), is a bribe
   * ("the mayor pocketed cash", "la préfète a empoché des billets", "la gobernadora aceptó dinero").
   */
  static Set<String> taking(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("take", "takes", "took", "taken", "taking", "accept", "accepts", "accepted", "accepting",
          "pocket", "pockets", "pocketed", "receive", "receives", "received", "charge", "charges", "charged");
      case FR -> WordSet.of("prendre", "prend", "prennent", "pris", "prenait", "prenaient", "toucher", "touche",
          "touchent", "touchait", "accepter", "accepte", "acceptent", "acceptait", "recevoir", "recoit",
          "recoivent", "recu", "recevait", "empocher", "empoche", "empochent");
      case ES -> WordSet.of("cobrar", "cobra", "cobran", "cobro", "cobraba", "cobraban", "aceptar", "acepta", "aceptan",
          "acepto", "aceptaba", "recibir", "recibe", "reciben", "recibio", "recibia", "tomar", "toma", "toman",
          "tomo");
    };
  }

  /**
   * The verbs written in {@code lang} for giving someone a post (each read by its forms and its
   * stem): hiring, employing, recruiting, appointing. A relative given a post by a holder of public
   * office ({@link #kin}, {@link #officeholders}) is office used for kin even where nothing else in
   * the question tells of public life ("the governor appointed his nephew", "la maire a recruté sa
   * belle-sœur", "el intendente nombró a su yerno").
   */
  static Set<String> hiring(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("hire", "hires", "hired", "hiring", "employ", "employs", "employed", "employing", "appoint",
          "appoints", "appointed", "appointing", "recruit", "recruits", "recruited");
      case FR -> WordSet.of("embaucher", "embauche", "embauchent", "embauchait", "recruter", "recrute", "recrutent",
          "recrutait", "employer", "emploie", "emploient", "employait", "nommer", "nomme", "nomment", "nommait");
      case ES -> WordSet.of("contratar", "contrata", "contratan", "contrato", "contrataba", "emplear", "emplea", "emplean",
          "empleo", "nombrar", "nombra", "nombran", "nombro", "nombraba");
    };
  }

  /**
   * The verbs written in {@code lang} for what a holder of public office does with the public's
   * means in office (each read by its forms as typed): promising, spending, building, closing,
   * cutting, funding, voting. Said of a holder of public office as its subject ({@link
   * QuestionCompiler}: "the governor keeps cutting", "le préfet a fermé", "el gobernador prometió"),
   * the act is one of office, unless it is done for the holder's own (a relative, "his", "sa",
   * "sus": a trip promised to one's children, one's own holidays). Not signing or giving, as often a
   * holder's autograph or gift as a contract.
   */
  static Set<String> governing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("promise", "promises", "promised", "promising", "spend", "spends", "spent", "spending",
          "build", "builds", "built", "close", "closes", "closed", "closing", "cut", "cuts", "cutting", "fund",
          "funds", "funded", "vote", "votes", "voted", "voting");
      case FR -> WordSet.of("promettre", "promet", "promettent", "promis", "depenser", "depense", "depensent",
          "construire", "construit", "construisent", "fermer", "ferme", "ferment", "couper", "coupe", "coupent",
          "financer", "finance", "financent", "voter", "vote", "votent");
      case ES -> WordSet.of("prometer", "promete", "prometen", "prometio", "prometieron", "gastar", "gasta", "gastan",
          "gasto", "gastaron", "construir", "construye", "construyen", "construyo", "construyeron", "cerrar",
          "cierra", "cierran", "cerro", "cerraron", "recortar", "recorta", "recortan", "recorto", "recortaron",
          "financiar", "financia", "financian", "financio", "votar", "vota", "votan", "voto", "votaron");
    };
  }

  /**
   * The possessive determiners written in {@code lang} of a third person who owns a thing ("his",
   * "her", "their", "son", "sa", "leurs", "su", "sus"; French and Spanish do not tell a person's from
   * a thing's, {@link #thirdPossessives}): the one list of them, which the other possessives are
   * built from.
   */
  static Set<String> theirs(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("his", "her", "their");
      case FR -> WordSet.of("son", "sa", "ses", "leur", "leurs");
      case ES -> WordSet.of("su", "sus");
    };
  }

  /**
   * The words written in {@code lang} that stress a possessive ("his own", "sa propre", "su propio"):
   * read with the possessives, since the owner they stress is the possessive's.
   */
  static Set<String> own(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("own");
      case FR -> WordSet.of("propre", "propres");
      case ES -> WordSet.of("propio", "propia", "propios", "propias");
    };
  }

  /**
   * The possessive determiners written in {@code lang} of a third person, and the words that stress
   * them ({@link #theirs}, {@link #own}: "his", "her", "son", "sa", "su", "sus", "own"): after a verb of
   * {@link #governing} whose subject is a holder of public office, the holder's own things. A subset
   * of {@link #possessives}.
   */
  static Set<String> theirOwn(Lang lang) {
    return union(theirs(lang), own(lang));
  }

  /**
   * The possessive determiners written in {@code lang} ("his", "her", "son", "sa", "su", "sus"),
   * which may stand between a verb of {@link #hiring} and the relative it gives a post to ("hired
   * her nephew"): the relative is still the verb's object. Every person's ({@link #personal}, {@link
   * #ours}, {@link #theirOwn}), the second person's formal ones only ({@link #yours}): not the
   * familiar French "ton", "ta", "tes" ("ton" is also a tone) nor the Spanish "tu", "tus" (the
   * pronoun "tú" with its accent folded) and "vuestro".
   */
  static Set<String> possessives(Lang lang) {
    return union(personal(lang), ours(lang), formalYours(lang), theirOwn(lang));
  }

  /**
   * The word written in {@code lang} by which the field names money given to a holder of public
   * office for an act of office, as the thesaurus writes it: a word of {@link #payments} beside one
   * of {@link #officeholders} reads as it ({@link ThemeDetector}).
   */
  static String bribe(Lang lang) {
    return switch (lang) {
      case EN -> "bribe";
      case FR -> "pot-de-vin";
      case ES -> "soborno";
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names what public bodies spend, as the
   * thesaurus writes it: money told in everyday words as a public body's ({@link PublicMoney})
   * reads as it ({@link ThemeDetector}).
   */
  static String publicSpending(Lang lang) {
    return switch (lang) {
      case EN -> "public spending";
      case FR -> "dépenses publiques";
      case ES -> "gasto público";
    };
  }

  /**
   * The field's plain name for raw stuff, written in {@code lang}: "natural resources", "ressources
   * naturelles", "recursos naturales". Said alone beside the asker's own study, with no word of how they
   * are governed, they are a lesson's subject, a pupil's homework ({@code QuestionCompiler}).
   */
  static String naturalResources(Lang lang) {
    return switch (lang) {
      case EN -> "natural resources";
      case FR -> "ressources naturelles";
      case ES -> "recursos naturales";
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names public data anyone may reuse, as the
   * thesaurus writes it: a word of a data file ({@link #dataFiles}) beside public spending reads as it
   * ({@link ThemeDetector}).
   */
  static String openData(Lang lang) {
    return switch (lang) {
      case EN -> "open data";
      case FR -> "données ouvertes";
      case ES -> "datos abiertos";
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed) for data handed over as a file one takes
   * away: a file, a spreadsheet, a csv, a download, a format, a portal, a dataset, a database. Told of
   * anyone's money they are a household's, a bank's or a club's file; beside public spending told as
   * strongly as a public body's ({@link ThemeDetector}'s open data beside it) they ask that spending as
   * data, the field's open data. Not "data" itself (a phone's data plan), nor a word of going down
   * ("bajar": taxes lowered), nor the English singular "file", as often the verb of lodging a complaint.
   */
  static Set<String> dataFiles(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("files", "spreadsheet", "spreadsheets", "csv", "download", "downloads",
          "downloadable", "format", "formats", "portal", "portals", "dataset", "datasets", "database", "databases");
      case FR -> WordSet.of("fichier", "fichiers", "tableur", "tableurs", "csv", "excel", "telecharger", "telechargeable",
          "telechargeables", "telechargement", "format", "formats", "portail", "portails");
      case ES -> WordSet.of("archivo", "archivos", "fichero", "ficheros", "csv", "excel", "descargar", "descargable",
          "descargables", "descarga", "formato", "formatos", "portal", "portales", "dataset", "datasets");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for what a public body keeps and puts out for
   * everyone, in the plural or as one whole: figures, statistics, maps, registers, timetables, a census,
   * and what it counts or measures (counts, measurements, readings, levels); "chiffres", "statistiques",
   * "cartes", "registres", "horaires", "recensement", "comptages", "mesures", "relevés"; "cifras",
   * "estadísticas", "mapas", "registros", "horarios", "censo", "conteos", "mediciones". Beside a public body named and a word of
   * a file's form or of its reuse ({@link #reuseTerms}) they are the body's data released for reuse, the
   * field's open data ({@link ThemeDetector}); one's own figures or a shop's map are no body's.
   */
  static Set<String> holdings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("figures", "statistics", "stats", "maps", "registers", "registry", "registries",
          "timetables", "census", "counts", "measurements", "readings", "numbers", "levels");
      case FR -> WordSet.of("chiffres", "statistiques", "stats", "cartes", "registre", "registres", "horaires",
          "recensement", "comptages", "mesures", "releves");
      case ES -> WordSet.of("cifras", "estadisticas", "mapas", "registro", "registros", "horarios", "censo", "conteos",
          "mediciones");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed) for a file's form and for its reuse: the
   * words of {@link #dataFiles} but the verb of downloading and a file in the singular (one downloads
   * a timetable to read it, a body sends one a spreadsheet of one's own pension), those of {@link
   * #dataQualities}, a machine reading it, and the verb and noun of reusing ("reuse";
   * "réutiliser", "réutilisation"; "reutilizar", "reutilización"), and the forms a reuser cannot work
   * with, against which the reusable one is asked (a PDF, scanned pages: "pdf", "scannés", "escaneados").
   * Not a licence, as often one a body grants as one a reuser takes. Beside a public body's holdings ({@link #holdings}) they ask them
   * released as open data; alone they are anyone's file.
   */
  static Set<String> reuseTerms(Lang lang) {
    Set<String> oneFile = switch (lang) {
      case EN -> WordSet.of("download", "spreadsheet");
      case FR -> WordSet.of("telecharger", "fichier", "tableur", "excel");
      case ES -> WordSet.of("descargar", "descarga", "archivo", "fichero", "excel");
    };
    return union(minus(dataFiles(lang), oneFile), dataQualities(lang), switch (lang) {
      case EN -> WordSet.of("reuse", "reused", "reusing", "machine", "pdf", "pdfs", "scanned", "scans");
      case FR -> WordSet.of("reutiliser", "reutilisation", "reutilisees", "reutilises", "machine", "pdf", "scannes",
          "scannees", "numerises");
      case ES -> WordSet.of("reutilizar", "reutilizacion", "reutilizarlos", "reutilizarlas", "maquina", "pdf",
          "escaneados", "escaneadas", "escaneado");
    });
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) of a request put to an office: "request",
   * "requests"; "demande", "demandes"; "solicitud", "solicitudes" (not "petición", as often a petition
   * the residents sign). A public body made to answer them, with nothing but papers named as what
   * they ask, is made to answer for what it holds ({@link PublicRecords}): the requests of the field's
   * access to information; requests for a park or a flat are that thing's.
   */
  static Set<String> requests(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("request", "requests");
      case FR -> WordSet.of("demande", "demandes");
      case ES -> WordSet.of("solicitud", "solicitudes");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed) that tell data as the field's open data is
   * kept: raw, reusable, machine-readable; "brutes", "réutilisables"; "brutos", "crudos",
   * "reutilizables". Right beside a word of {@link #dataWords}, where public spending is strong
   * evidence, the data is the money's released as open data ({@link ThemeDetector}'s reading of
   * public spending asked as data), as a data file's word is.
   */
  static Set<String> dataQualities(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("raw", "reusable", "readable");
      case FR -> WordSet.of("brutes", "reutilisables", "reutilisable");
      case ES -> WordSet.of("brutos", "crudos", "reutilizables", "reutilizable");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed) for data in plain talk: "data", "données",
   * "datos". Alone they are a phone's plan or a shop's customer file; beside a maker of programs who
   * would reuse them ({@link #reusers}) in a question told of a public matter, they are the public data
   * the field calls open ({@link ThemeDetector}).
   */
  static Set<String> dataWords(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("data");
      case FR -> WordSet.of("donnees");
      case ES -> WordSet.of("datos");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed) for whoever or whatever reads data to build
   * on it: developers, programmers, coders, software, a machine ("machine-readable", "que lea una
   * máquina"). Not apps, which a phone's user opens, nor the singular "developer" an asker calls
   * himself. Beside a word of data or of a data file ({@link #dataWords}, {@link #dataFiles}) in a
   * question holding some other theme's evidence (a public service, a public body's papers), they ask
   * that data released for reuse, the field's open data ({@link ThemeDetector}): the reuse is the
   * field's own word for it.
   */
  static Set<String> reusers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("developers", "programmers", "coders", "software", "machine", "machines");
      case FR -> WordSet.of("developpeurs", "programmeurs", "logiciels", "logiciel", "machine", "machines");
      case ES -> WordSet.of("programadores", "desarrolladores", "software", "maquina", "maquinas");
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names the services public bodies deliver, as
   * the thesaurus writes it: its theme is the one the users' grading of a service ({@link #grading})
   * is held beside ({@link ThemeDetector}).
   */
  static String publicServices(Lang lang) {
    return switch (lang) {
      case EN -> "public services";
      case FR -> "services publics";
      case ES -> "servicios públicos";
    };
  }

  /**
   * The word written in {@code lang} by which the field names oversight, as the thesaurus writes it:
   * its theme is the one an act of oversight ({@link #overseeing}) on public money adds beside the
   * money's ({@link ThemeDetector}).
   */
  static String oversight(Lang lang) {
    return switch (lang) {
      case EN -> "oversight";
      case FR -> "contrôle";
      case ES -> "fiscalización";
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names the public taking part in policy
   * making, as the thesaurus writes it: its theme is the one the people's own words (residents,
   * civil society, young people) weigh for, which yields to oversight where those people are the
   * ones overseeing ({@link ThemeDetector}).
   */
  static String participation(Lang lang) {
    return switch (lang) {
      case EN -> "citizen participation";
      case FR -> "participation citoyenne";
      case ES -> "participación ciudadana";
    };
  }

  /**
   * The conjunctions written in {@code lang} that join two clauses of one sentence as equals: "and",
   * "but"; "et", "mais"; "y", "e", "pero". In a message of one sentence typed with no punctuation
   * inside it, the clause after the last of them is its last part, where an ask put after a story
   * stands ("the Danes showed us their register and we would like to contact them"; {@code
   * NameIndex.lastPart}).
   */
  static Set<String> coordinating(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("and", "but");
      case FR -> WordSet.of("et", "mais");
      case ES -> WordSet.of("y", "e", "pero");
    };
  }

  /**
   * The words written in {@code lang} that say nobody did what a clause tells: nobody, none, "personne",
   * "aucun", "nadie", "ningún". Such a clause tells what goes wrong (what nobody traces, answers for or
   * lets people reuse), and what goes wrong names the need a question is about, where the
   * rest of the sentence tells where it happens ({@link QuestionCompiler#complaint}, {@link
   * ThemeDetector}). A denial of the verb alone ("never", "not", "no") or an act not done ("without",
   * "sans", "sin") is not listed: it as often says what a thing lacks (a file with no date, a licence
   * never shown, a sale without a bid), the thing's own theme.
   */
  static Set<String> denials(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("nobody", "noone", "none");
      case FR -> WordSet.of("personne", "aucun", "aucune");
      case ES -> WordSet.of("nadie", "ningun", "ninguno", "ninguna");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms and their stems) for overseeing how a
   * thing is handled, and their nouns of the act: auditing, overseeing, scrutinising, monitoring,
   * controlling, verifying ("vérifier", "surveiller", "fiscalizar", "vigilar", "supervisar"; in Spanish
   * also the subjunctive a purpose clause puts them in, "para que vigilen"). Beside
   * public money they make a question of holding its spenders to account as much as of the money
   * ({@link ThemeDetector}); not checking or reviewing ("check", "revisar"), which everyone does with
   * a bill, nor the people who audit ("auditor"), as often a firm's.
   */
  static Set<String> overseeing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("audit", "audits", "audited", "auditing", "oversee", "oversees", "oversaw", "overseen",
          "overseeing", "oversight", "scrutinise", "scrutinises", "scrutinised", "scrutinising", "scrutinize",
          "scrutinizes", "scrutinized", "scrutinizing", "scrutiny", "monitor", "monitors", "monitored",
          "monitoring", "control", "controls", "controlled", "controlling", "verify", "verifies", "verified",
          "verifying");
      case FR -> WordSet.of("audit", "audits", "auditer", "audite", "auditee", "audites", "auditees", "auditent",
          "controle", "controles", "controler", "controlee", "controlees", "controlent", "controlait",
          "verifier", "verifie", "verifiee", "verifies", "verifiees", "verifient", "verification",
          "surveiller", "surveille", "surveillee", "surveilles", "surveillees", "surveillent", "surveillance",
          "superviser", "supervise", "supervisent", "supervision");
      case ES -> WordSet.of("fiscalizar", "fiscaliza", "fiscalizan", "fiscalizo", "fiscalizaron", "fiscalice",
          "fiscalicen", "fiscalizado", "fiscalizada", "fiscalizados", "fiscalizadas", "fiscalizacion", "auditar",
          "audita", "auditan", "audito", "auditaron", "auditado", "auditada", "auditados", "auditadas",
          "auditoria", "controlar", "controla", "controlan", "controlo", "controlaron", "controlado",
          "controlada", "controlados", "controladas", "control", "controle", "controlen", "vigilar", "vigila", "vigilan",
          "vigilo", "vigile", "vigilen", "vigilaron", "vigilado", "vigilada", "vigilancia", "supervisar", "supervisa", "supervisan",
          "superviso", "supervise", "supervisen", "supervisaron", "supervisado", "supervision", "verificar", "verifica", "verifican",
          "verifico", "verificaron", "verifique", "verifiquen", "verificado", "verificada", "verificacion");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms and their stems) for a power explaining
   * or justifying what it did: explain, justify, "expliquer", "justifier", "explicar", "justificar".
   * Asked of someone by the people ({@link #asking}), they call that one to answer for its acts, as a
   * word of {@link #overseeing} does ({@link ThemeDetector}); the people's own explaining, right
   * after their wish ("want to explain"), is not.
   */
  static Set<String> explaining(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("explain", "explains", "explained", "justify", "justifies", "justified");
      case FR -> WordSet.of("expliquer", "explique", "expliquent", "justifier", "justifie", "justifient");
      case ES -> WordSet.of("explicar", "explique", "expliquen", "explica", "explican", "justificar", "justifique",
          "justifiquen", "justifica", "justifican");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed; a pair of tokens joined by a space) that lay a
   * duty on the one before them: "must", "should", "has to", "doit", "devrait", "debe", "tiene que".
   * A holder or a body of public power bound so to explain why it acted, or to justify it, is called to
   * answer for its acts ({@link JusticeActs#bound}); a power that "has explained" or "will explain" a
   * plan only tells it.
   */
  static Set<String> owing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("must", "should", "ought", "have to", "has to", "had to", "need to", "needs to",
          "required to", "obliged to", "forced to", "bound to");
      case FR -> WordSet.of("doit", "doivent", "devrait", "devraient", "devra", "devront", "devoir", "tenu de",
          "tenus de", "tenue de", "tenues de", "oblige de", "obligee de", "obliges de", "obligees de");
      case ES -> WordSet.of("debe", "deben", "deberia", "deberian", "debera", "deberan", "deber", "tiene que",
          "tienen que", "tenga que", "tengan que", "obligado a", "obligados a", "obligada a",
          "obligadas a");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, as typed) of the people making someone act: "make",
   * "force", "obliger", "obligar", "hacer" (que), in their present forms and gerund. A holder or a body of
   * public power so made to explain why it acted, or to justify it ({@link JusticeActs#bound}), or to
   * answer for its acts ({@link JusticeActs#answerable}), is called to answer for them.
   */
  static Set<String> compelling(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("make", "makes", "making", "force", "forces", "forcing", "compel", "compels", "compelling",
          "oblige", "obliges", "obliging");
      case FR -> WordSet.of("obliger", "oblige", "obligent", "obligeant", "forcer", "force", "forcent", "forcant",
          "contraindre", "contraint", "contraignent");
      case ES -> WordSet.of("obligar", "obliga", "obligan", "obligando", "forzar", "fuerza", "fuerzan", "forzando", "hacer",
          "hagan", "haga");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed; a pair joined by a space) that ask the reason
   * of an act: "why", "pourquoi", "por que", "porque". After a verb of {@link #explaining} they make it
   * the reasons of an act given ({@link JusticeActs#bound}), not a thing's workings explained.
   */
  static Set<String> reasons(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("why");
      case FR -> WordSet.of("pourquoi");
      case ES -> WordSet.of("por que", "porque");
    };
  }

  /**
   * The participles written in {@code lang} (folded, as typed) of being sanctioned for one's acts:
   * punished, disciplined, dismissed, "sanctionné", "révoqué", "castigado", "destituido". After a
   * holder of public office and an auxiliary of the passive ({@link #passives}: "are officials ever
   * punished", "les élus sont-ils sanctionnés") they tell him made to answer for his acts ({@link
   * JusticeActs#answerable}); the same form after a holder with no such auxiliary is his own act ("the
   * mayor sanctioned the festival", "le maire a sanctionné un agent").
   */
  static Set<String> sanctionedForms(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("punished", "sanctioned", "disciplined", "dismissed", "fired", "sacked", "prosecuted",
          "jailed", "impeached", "penalised", "penalized");
      case FR -> WordSet.of("puni", "punie", "punis", "punies", "sanctionne", "sanctionnee", "sanctionnes",
          "sanctionnees", "revoque", "revoquee", "revoques", "revoquees", "limoge", "limogee", "limoges",
          "limogees", "destitue", "destituee", "destitues", "destituees", "condamne", "condamnee", "condamnes",
          "condamnees", "poursuivi", "poursuivis", "poursuivie", "poursuivies");
      case ES -> WordSet.of("castigado", "castigada", "castigados", "castigadas", "sancionado", "sancionada",
          "sancionados", "sancionadas", "destituido", "destituida", "destituidos", "destituidas", "despedido",
          "despedida", "despedidos", "despedidas", "procesado", "procesada", "procesados", "procesadas",
          "condenado", "condenada", "condenados", "condenadas", "inhabilitado", "inhabilitada", "inhabilitados",
          "inhabilitadas", "juzgado", "juzgados");
    };
  }

  /**
   * The auxiliaries written in {@code lang} (folded, as typed) of the passive, before a participle of
   * {@link #sanctionedForms}: be, get, "être", "ser" in their common forms. English's "been" and
   * "get" are read alike: "got fired" is a sanction borne.
   */
  static Set<String> passives(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("be", "is", "are", "was", "were", "been", "being", "get", "gets", "got", "gotten",
          "getting");
      case FR -> WordSet.of("etre", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "soit",
          "soient", "ete");
      case ES -> WordSet.of("ser", "es", "son", "era", "eran", "fue", "fueron", "sera", "seran", "seria", "serian",
          "sea", "sean", "sido");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) of what a wrongdoer is made to bear:
   * consequences, penalties, sanctions, punishment; "conséquences", "sanctions"; "consecuencias",
   * "sanciones", "castigo". Beside a holder of public office who bears them ({@link #bearing}) they
   * tell him made to answer for his acts ({@link JusticeActs#answerable}); the consequences of a
   * decision, or the sanctions a minister announces against a state, do not.
   */
  static Set<String> sanctionNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("consequence", "consequences", "penalty", "penalties", "sanction", "sanctions",
          "punishment", "punishments");
      case FR -> WordSet.of("consequence", "consequences", "sanction", "sanctions", "punition", "punitions");
      case ES -> WordSet.of("consecuencia", "consecuencias", "sancion", "sanciones", "castigo", "castigos", "pena",
          "penas");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, as typed) of facing or risking what one is made to bear:
   * face, risk, suffer; "risquer", "encourir", "subir"; "enfrentar", "arriesgar", "sufrir". They join a
   * noun of {@link #sanctionNouns} to the holder who bears it ({@link JusticeActs#answerable}):
   * "officials face penalties", "qué consecuencias enfrenta un alcalde".
   */
  static Set<String> bearing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("face", "faces", "faced", "facing", "risk", "risks", "suffer", "suffers");
      case FR -> WordSet.of("risque", "risquent", "risquer", "encourt", "encourent", "encourir", "subit", "subissent",
          "subir");
      case ES -> WordSet.of("enfrenta", "enfrentan", "enfrentar", "enfrentaria", "arriesga", "arriesgan", "sufre",
          "sufren", "sufrir");
    };
  }

  /**
   * The prepositions written in {@code lang} of whom a sanction is for or against: "for", "against",
   * "pour", "contre", "para", "contra". Right after a noun of {@link #sanctionNouns}, with nothing but
   * closed-class words or a holder's rank ({@link #ranks}) before the holder, they name who bears it
   * ({@link JusticeActs#answerable}: "des sanctions pour les élus"); a verb between makes the holder the
   * one wronged ("penalties for hitting a police officer").
   */
  static Set<String> sanctionedFor(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("for", "against");
      case FR -> WordSet.of("pour", "contre");
      case ES -> WordSet.of("para", "contra");
    };
  }

  /**
   * The adjectives written in {@code lang} (folded, as typed) that give a holder of public office his
   * rank or his kind, told right before or after him: public, elected, senior, local; "haut", "élus",
   * "publics"; "altos", "públicos". Read between a preposition of {@link #sanctionedFor} and the
   * holder ({@link JusticeActs#answerable}).
   */
  static Set<String> ranks(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("public", "elected", "senior", "top", "local", "civil", "government", "state", "high",
          "corrupt");
      case FR -> WordSet.of("haut", "hauts", "haute", "hautes", "public", "publics", "publique", "publiques", "local",
          "locaux", "locale", "locales", "elu", "elus", "corrompu", "corrompus");
      case ES -> WordSet.of("alto", "altos", "alta", "altas", "publico", "publicos", "publica", "publicas", "local",
          "locales", "electo", "electos", "corrupto", "corruptos");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for one who serves or holds a charge, public or
   * private: a servant, a representative, "responsable", "représentant", "servidor", "representante".
   * With the {@link #attendants} they are a body's staff, who hold public office only where a word of
   * {@link #publicKinds} stands beside them ("responsables publics", "servidores públicos", "elected
   * representatives") or a body of public power owns them ({@link JusticeActs#answerable}); "un
   * responsable de rayon", a shop's employees are none.
   */
  static Set<String> servants(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("servant", "servants", "representative", "representatives");
      case FR -> WordSet.of("responsable", "responsables", "representant", "representants", "serviteur", "serviteurs");
      case ES -> WordSet.of("servidor", "servidores", "servidora", "servidoras", "responsable", "responsables",
          "representante", "representantes");
    };
  }

  /**
   * The adjectives written in {@code lang} (folded, as typed) that make a body's staff ({@link #servants},
   * {@link #attendants}) public: public, elected, civil, government, state, municipal; "publics", "élus",
   * "municipaux"; "públicos", "electos", "municipales". English puts them before the noun, French and
   * Spanish after it ({@link JusticeActs#answerable}); not a rank any firm gives (senior, top, local).
   */
  static Set<String> publicKinds(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("public", "elected", "civil", "government", "state", "municipal", "federal");
      case FR -> WordSet.of("public", "publics", "publique", "publiques", "elu", "elus", "elue", "elues", "municipal",
          "municipaux", "municipale", "municipales");
      case ES -> WordSet.of("publico", "publicos", "publica", "publicas", "electo", "electos", "electa", "electas",
          "municipal", "municipales", "estatal", "estatales");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, as typed; a pair of tokens joined by a space) of coming
   * back to a place: come back, return, "revenir", "retourner", "volver", "regresar". A holder coming
   * back to explain himself or report ({@link #explaining}, {@link #reporting}) reports back on his
   * acts to those who chose him ({@link JusticeActs#answerable}); a waiter coming back to explain is none.
   */
  static Set<String> returning(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("come back", "comes back", "came back", "coming back", "go back", "goes back", "return",
          "returns", "returned", "returning");
      case FR -> WordSet.of("revenir", "revient", "reviennent", "revenu", "revenus", "reviendra", "reviendront",
          "retourner", "retourne", "retournent");
      case ES -> WordSet.of("volver", "vuelve", "vuelven", "volvio", "volvieron", "volveran", "regresar", "regresa",
          "regresan", "regreso", "regresaron");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, as typed) of reporting to someone: report, "rendre compte"
   * as "rendre", "informer"; "informar", "rendir". Beside {@link #explaining}, after a verb of {@link
   * #returning} ({@link JusticeActs#answerable}).
   */
  static Set<String> reporting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("report", "account");
      case FR -> WordSet.of("rendre", "informer");
      case ES -> WordSet.of("rendir", "informar", "informarnos", "explicarnos", "explicarles", "rendirnos");
    };
  }

  /**
   * The pronouns written in {@code lang} (folded, as typed) of a third person as subject: he, she, they,
   * "il", "elle", "ils", "elles" (Spanish mostly drops its own, so none is needed there). Past a comma, after a holder who is the
   * subject of a clause of {@link #conditions} ("if a minister lies, does he ..."), they are that
   * holder ({@link JusticeActs#answerable}).
   */
  static Set<String> holderPronouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("he", "she", "they");
      case FR -> WordSet.of("il", "elle", "ils", "elles");
      case ES -> WordSet.of("ella", "ellos", "ellas");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, as typed) of answering as one answers for one's acts:
   * answer, "répondre", "responder" in their common forms, none of replying by a call or a letter
   * ("reply", "rappeler", "contestar", "atender"), which {@link #answering} holds beside them. Made
   * owed by a word of {@link #answerable} ("answer for", "en répondre", "responder ante") after a
   * holder or a body of public power, they tell it called to account ({@link JusticeActs#answerable}); after
   * a public service graded by its users, the service made to answer for the grades ({@link ThemeDetector}).
   */
  static Set<String> answeringFor(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("answer", "answers", "answered");
      case FR -> WordSet.of("repondre", "repond", "reponde", "repondent", "repondra", "repondront", "repondu",
          "repondait");
      case ES -> WordSet.of("responder", "responde", "responden", "responda", "respondan", "respondera",
          "responderan", "respondio");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, as the question's words hold them; by their forms, not
   * their stems, so that the noun "question" is not one) for putting questions to someone who must
   * answer: questioned, grilled, interrogated, "interrogé", "interpellé", "auditionné", "cuestionado",
   * "interpelado". A holder of public office ({@link #officeholders}) so questioned, by the press, a
   * committee or a hearing, is called to answer for his acts ({@link ThemeDetector}).
   */
  static Set<String> questioning(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("questioned", "questioning", "grilled", "grilling", "grill", "interrogated",
          "interrogating", "interrogate");
      case FR -> WordSet.of("interroger", "interroge", "interrogee", "interroges", "interrogees", "interrogent",
          "interrogeait", "questionner", "questionne", "questionnee", "questionnent", "interpeller", "interpelle",
          "interpellee", "interpelles", "interpellent", "auditionner", "auditionne", "auditionnee");
      case ES -> WordSet.of("cuestionar", "cuestiona", "cuestionan", "cuestiono", "cuestionaron", "cuestionado",
          "cuestionada", "interrogar", "interroga", "interrogan", "interrogo", "interrogaron", "interrogado",
          "interrogada", "interpelar", "interpela", "interpelan", "interpelo", "interpelaron", "interpelado",
          "interpelada", "cuestione", "cuestionen", "interrogue", "interroguen", "interpele", "interpelen");
    };
  }
  /**
   * The nouns written in {@code lang} for questions: "question", "questions", "preguntas". Alone they
   * are a question's own word; right after a verb of {@link #puttingQuestions} ("poser des questions",
   * "hacer preguntas", "put questions") they put questions to whoever follows, as a verb of {@link
   * #questioning} does ({@link ThemeDetector}).
   */
  static Set<String> questionNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("question", "questions");
      case FR -> WordSet.of("questions");
      case ES -> WordSet.of("preguntas");
    };
  }

  /**
   * The nouns of {@link #questionNouns} written in {@code lang} whose form is also the verb's: English's
   * "question", "questions". Right after the people who ask ({@link #thePeople}: "citizens question
   * their ministers") they are the verb; French and Spanish write the verb apart ({@link #questioning}).
   */
  static Set<String> questionVerbs(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("question", "questions");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The verbs written in {@code lang} that put questions ({@link #questionNouns}) to someone: "put",
   * "poser", "hacer", "formular", "plantear".
   */
  static Set<String> puttingQuestions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("put", "puts", "putting");
      case FR -> WordSet.of("poser", "pose", "posent", "posez", "posons", "posant", "posaient");
      case ES -> WordSet.of("hacer", "hace", "hacen", "haga", "hagan", "hacian", "formular", "formula", "formulan",
          "plantear", "plantea", "plantean");
    };
  }


  /**
   * The words written in {@code lang} (folded, by their forms as typed) for a complaint made of
   * someone: the verbs of complaining and their nouns, "complaint", "plainte", "réclamation", "queja",
   * "denuncia", "reclamo". A holder of public office or an officer ({@link #officeholders}, {@link
   * #officers}) named right after one is the one complained of, called to answer for his acts whatever
   * the matter ({@link ThemeDetector}). Not reporting ("report", "signaler"), as often a crime told to
   * the police as a complaint of it.
   */
  static Set<String> complaining(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("complain", "complains", "complained", "complaining", "complaint", "complaints", "grievance",
          "grievances");
      case FR -> WordSet.of("plainte", "plaintes", "plaindre", "plaignent", "reclamation", "reclamations");
      case ES -> WordSet.of("queja", "quejas", "quejarse", "quejan", "denuncia", "denuncias", "denunciar",
          "denuncian", "reclamo", "reclamos");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) for money paid to a holder of
   * public office for an act of office: bribes, kickbacks, "pots-de-vin", "sobornos", "coimas",
   * "mordidas". A complaint of one ({@link #complaining}) is the report of corruption that the
   * integrity pledgers' protection of those who report serves, not a call to answer for one's
   * conduct ({@link ThemeDetector}).
   */
  static Set<String> bribes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("bribe", "bribes", "bribery", "kickback", "kickbacks");
      case FR -> WordSet.of("pot-de-vin", "pots-de-vin", "dessous-de-table", "bakchich", "bakchichs");
      case ES -> WordSet.of("soborno", "sobornos", "coima", "coimas", "mordida", "mordidas", "cohecho");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) for grading how well someone
   * does: the verbs of rating and evaluating and the noun of the act ("rate", "évaluer", "noter",
   * "calificar", "evaluación"). Its users grading a public service hold those who deliver it to account
   * ({@link ThemeDetector}). Not the forms that are as often nouns of one's own marks or a game ("grade",
   * "grades", "score", "note", "notes", "nota"), nor those that are as often the noun of a measure
   * ({@link #gradingAfterGrammar}: "rate", an infection rate; "rates", interest rates or a council's
   * property tax).
   */
  static Set<String> grading(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rated", "graded", "grading", "evaluate", "evaluates", "evaluated",
          "evaluating", "evaluation");
      case FR -> WordSet.of("noter", "notent", "notez", "notons", "evaluer", "evaluent", "evaluez", "evaluation");
      case ES -> WordSet.of("calificar", "califican", "califiquen", "evaluar", "evaluan", "evaluen", "evaluacion",
          "puntuar", "puntuan");
    };
  }

  /**
   * The forms of grading written in {@code lang} that are as often the noun of a measure ("rate": an
   * infection rate, a rate of return): read as grading ({@link #grading}) only right after a grammar
   * word ("to rate", "can rate"), where a noun of a measure rarely stands without its own noun before it.
   */
  static Set<String> gradingAfterGrammar(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rate");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The nouns written in {@code lang} for a power's account of what it did: explanations and
   * justifications ("explications", "explicaciones"), and in French and Spanish the accounts asked of
   * it ("demander des comptes", "pedir cuentas", whatever the verb of asking). Asked for by the people
   * ({@link #asking}), they call that power to answer for its acts ({@link ThemeDetector}).
   */
  static Set<String> explanations(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("explanation", "explanations", "justification", "justifications");
      case FR -> WordSet.of("explication", "explications", "justification", "justifications", "comptes");
      case ES -> WordSet.of("explicacion", "explicaciones", "justificacion", "justificaciones", "cuentas");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) for what an office achieved
   * or how it was run: results, outcomes, performance, "résultats", "bilan", "gestion", "resultados",
   * "gestión", "desempeño". A holder of public office answering ({@link #answering}) with them right
   * after answers for them, the field's answerability ({@link ThemeDetector}).
   */
  static Set<String> results(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("results", "outcomes", "performance", "record");
      case FR -> WordSet.of("resultats", "bilan", "gestion", "performances");
      case ES -> WordSet.of("resultados", "gestion", "desempeno", "logros");
    };
  }

  /**
   * The public auditors written in {@code lang}, each as its words without the function words
   * between them, folded: the audit office, the auditor general, "cour des comptes", "contraloría",
   * "tribunal de cuentas". Not an auditor alone, as often a firm's. What one found ({@link
   * #findings}) is what the audited power must answer for ({@link ThemeDetector}).
   */
  static Set<String> auditors(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("audit office", "auditor general", "auditor-general", "auditors general",
          "court auditors", "supreme audit institution", "comptroller general");
      case FR -> WordSet.of("cour comptes", "chambre comptes", "chambres comptes", "chambre regionale comptes",
          "chambres regionales comptes", "verificateur general");
      case ES -> WordSet.of("contraloria", "contralor", "tribunal cuentas", "corte cuentas", "auditoria superior",
          "auditor general", "entidad fiscalizadora superior");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) for what an audit found and
   * asks done: findings, recommendations, "constatations", "recommandations", "suites" (those given to
   * a report), "hallazgos", "recomendaciones", "observaciones", and the verbs of finding in the
   * present and past. Beside a public auditor ({@link #auditors}) they tell what comes of the audit,
   * which the field reads as answerability, as it reads "audit findings" ({@link ThemeDetector}); the
   * auditor's report alone is the money's own ("audit report").
   */
  static Set<String> findings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("finding", "findings", "recommendation", "recommendations", "finds", "found");
      case FR -> WordSet.of("constatation", "constatations", "recommandation", "recommandations", "observations",
          "suites", "constate", "constatent");
      case ES -> WordSet.of("hallazgo", "hallazgos", "recomendacion", "recomendaciones", "observaciones", "detecto",
          "constato", "encontro");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) for a promise, made or told:
   * promise, "promesse", "promis", "promesa", "prometió". Made by a holder of public office and told
   * kept, broken or tracked ({@link #keeping}), it is a promise the holder answers for ({@link
   * ThemeDetector}); a husband's, a friend's or a landlord's promise names no holder.
   */
  static Set<String> promises(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("promise", "promises", "promised", "pledges");
      case FR -> WordSet.of("promesse", "promesses", "promis", "promise", "promises", "promettait", "promet");
      case ES -> WordSet.of("promesa", "promesas", "prometio", "prometieron", "prometido", "prometida", "prometidas",
          "prometidos", "promete", "prometen");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) that tell what was found heeded,
   * acted on, reacted to or ignored: act on, implement, carry out, react, ignore; "appliquer", "mettre en
   * œuvre", "réagir", "ignorer"; "acatar", "aplicar", "reaccionar", "ignorar", "caso" of "hacer caso" (its
   * verb a stopword). Beside a public auditor
   * ({@link #auditors}) they tell whether the powers it audited answer for what it found ({@link
   * ThemeDetector}'s {@code auditFollowed}), as a word of {@link #keeping} does; the auditor's reports
   * alone are the money's own.
   */
  static Set<String> actedOn(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("acts", "act", "acted", "acting", "implement", "implements", "implemented", "implementing",
          "carried", "carry", "ignore", "ignores", "ignored", "ignoring", "heed", "heeds", "heeded", "disregard",
          "disregarded", "shelved", "react", "reacts", "reacted");
      case FR -> WordSet.of("appliquer", "appliquent", "applique", "appliquee", "appliquees", "appliques", "oeuvre",
          "ignorer", "ignorent", "ignore", "ignores", "ignoree", "ignorees", "enterres", "enterrees", "reagir", "reagit",
          "reagissent", "reagi");
      case ES -> WordSet.of("acatar", "acatan", "acata", "aplicar", "aplican", "aplica", "aplicadas", "aplicados",
          "ignorar", "ignoran", "ignora", "ignorados", "ignoradas", "caso", "desoyen", "desoye", "archivan",
          "reaccionar", "reacciona", "reaccionan", "reacciono");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) that tell whether a promise
   * was kept, or that someone follows it up: kept, broken, delivered, tracking, "tenir", "tenues",
   * "suivi", "cumplió", "incumplidas", "seguimiento". Beside a holder's promise ({@link #promises})
   * they are the holder held to it, beside a public auditor ({@link #auditors}) its work followed
   * up, and beside a complaint ({@link #complaining}) the grievance followed until answered ({@link
   * ThemeDetector}).
   */
  static Set<String> keeping(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("kept", "keep", "keeps", "keeping", "broken", "broke", "delivered", "deliver", "delivers",
          "track", "tracked", "tracking", "tracker", "tracks", "fulfilled", "fulfil", "fulfill", "honoured", "honored",
          "follow-up", "followed");
      case FR -> WordSet.of("tenir", "tient", "tiennent", "tenu", "tenue", "tenus", "tenues", "tenait", "respectees",
          "respecte", "respectent", "suivi", "suivre", "suivent", "trahies", "trahi", "realisees", "bilan");
      case ES -> WordSet.of("cumplir", "cumple", "cumplen", "cumplio", "cumplido", "cumplidas", "cumplidos",
          "cumplieron", "cumplimiento", "incumplio", "incumplidas", "incumplimiento", "seguimiento", "seguir",
          "rotas");
    };
  }

  /**
   * The words written in {@code lang} (folded, by their forms as typed) for seeking redress against a
   * decision: appeal, challenge, redress, recourse, "recours", "contester", "recurso", "recurrir",
   * "impugnar". Against a decision ({@link #rulings}) of a body of public power ({@link #treasuries},
   * {@link #administrations}), it is a citizen's redress against the administration, the field's
   * answerability ({@link ThemeDetector}); a referee's, a shop's or a judge's decision names no body.
   */
  static Set<String> redress(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("appeal", "appeals", "appealing", "challenge", "challenging", "contest", "contesting",
          "redress", "recourse");
      case FR -> WordSet.of("recours", "contester", "conteste", "contestent", "contestation", "contestations");
      case ES -> WordSet.of("recurso", "recursos", "recurrir", "recurre", "impugnar", "impugna", "impugnacion",
          "reclamar", "reclamacion", "reparacion");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, by their forms as typed) for a decision taken by a
   * power: decision, ruling, "décision", "arrêté", "decisión", "resolución". What redress ({@link
   * #redress}) is sought against.
   */
  static Set<String> rulings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decision", "decisions", "ruling", "rulings");
      case FR -> WordSet.of("decision", "decisions", "arrete", "arretes");
      case ES -> WordSet.of("decision", "decisiones", "resolucion", "resoluciones");
    };
  }

  /**
   * The nouns written in {@code lang} for the public administration as a body, read only where a
   * decision of it is challenged ({@link #redress}): "l'administration", "la administración". Not among {@link #treasuries}, as any organisation has an administration; English's
   * "administration" is as often a school's or a firm's and is not listed.
   */
  static Set<String> administrations(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("administration", "administrations");
      case ES -> WordSet.of("administracion", "administraciones");
    };
  }

  /**
   * The nouns written in {@code lang} for the police, the prosecution and the judiciary, the powers
   * of the state that act on people by force or by judgment: the police, the prosecution service
   * ("le parquet", "la fiscalía"), the judiciary, a court, and their officers in the plural ("the
   * judges", "les policiers", "los fiscales"), who act as the body does. One officer named alone (a
   * judge, "le gendarme", "el fiscal") is as often a person of a story or of one's street, what he
   * does his own life, and is not listed. What one of these powers does to people, or fails to do for
   * them, is a question of holding it to account ({@link JusticeActs}); the same words are everyday
   * things where no such act is told (a police drama, a font, a tennis court).
   */
  static Set<String> justice(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("police", "policemen", "cops", "prosecutors", "prosecution", "judges", "judiciary",
          "magistrates", "court", "courts");
      case FR -> WordSet.of("police", "policiers", "gendarmes", "gendarmerie", "parquet", "procureurs", "juges",
          "magistrats", "tribunal", "tribunaux", "justice", "cour", "commissariat", "commissariats");
      case ES -> WordSet.of("policia", "policias", "fiscales", "fiscalia", "jueces", "magistrados", "tribunal",
          "tribunales", "corte", "juzgado", "juzgados", "justicia", "comisaria", "carabineros");
    };
  }

  /**
   * The words written in {@code lang} that take the members of a class one by one: "each", "every";
   * "chaque"; "cada". Between a preposition of belonging and the owner after it they name that owner
   * no less than an article does ("the accounts of each province", "las cuentas de cada gobernación"):
   * {@link PublicMoney} reads books owned so; English stops these words already, French and Spanish do
   * not.
   */
  static Set<String> eachOne(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("each", "every");
      case FR -> WordSet.of("chaque");
      case ES -> WordSet.of("cada");
    };
  }

  /**
   * The prepositions written in {@code lang} that name the agent of a verb told in the passive ("audited
   * by", "contrôlées par", "fiscalizado por"): a power named after one of them is the one that acts,
   * not the one the act is done to ({@link JusticeActs#overseen}).
   */
  static Set<String> agents(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("by");
      case FR -> WordSet.of("par");
      case ES -> WordSet.of("por");
    };
  }

  /**
   * The verbs written in {@code lang} that join a subject to what it is rather than to what it does
   * ("the prosecutor was a friend", "le juge était sévère", "el juez es su cuñado"): a power named
   * before one of them is described, not acting ({@link JusticeActs}).
   */
  static Set<String> copulas(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("is", "are", "was", "were", "be", "been", "s");
      case FR -> WordSet.of("est", "sont", "etait", "etaient", "sera", "seront", "c");
      case ES -> WordSet.of("es", "son", "era", "eran", "fue", "fueron", "sera", "seran", "esta", "estan", "estaba",
          "estaban");
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names holding the police, the prosecution and
   * the courts to account, as the thesaurus writes it: one of them told acting on people ({@link
   * JusticeActs}) reads as it ({@link ThemeDetector}).
   */
  static String justiceAccountability(Lang lang) {
    return switch (lang) {
      case EN -> "judicial accountability";
      case FR -> "redevabilité judiciaire";
      case ES -> "rendición de cuentas judicial";
    };
  }

  /**
   * The phrase written in {@code lang} by which the thesaurus names the commitments of a national
   * plan with their public owner: the commitments a body of public power ({@link #treasuries}) makes
   * read as it ({@link ThemeDetector}).
   */
  static String publicCommitments(Lang lang) {
    return switch (lang) {
      case EN -> "government commitments";
      case FR -> "engagements du gouvernement";
      case ES -> "compromisos del gobierno";
    };
  }

  /**
   * The nouns written in {@code lang} for the commitments a party undertakes, in the plural (the
   * singular "engagement", "compromiso" is as often one's involvement); alone they are the bot's own
   * filler (what a pledger offered), beside a body of public power the commitments it made.
   */
  static Set<String> commitments(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("commitments");
      case FR -> WordSet.of("engagements");
      case ES -> WordSet.of("compromisos");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) by which a party takes on a
   * commitment, or puts one forward: "made", "undertook", "presented", "submitted", "pris",
   * "présenté", "asumió", "adquirió", "contrajo", "presentó". Read by {@link NameIndex} only beside a
   * commitment's noun ({@link #undertaken}), where with it they say what a pledger did, as "promised"
   * does; alone, "took", "pris", "tomó" tell of a trip or a meal as often, and "présente" of one's
   * being there.
   */
  static Set<String> undertaking(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("make", "makes", "made", "making", "take", "takes", "took", "taken", "undertake",
          "undertakes", "undertook", "undertaken", "present", "presents", "presented", "submit", "submits",
          "submitted");
      case FR -> WordSet.of("prendre", "prend", "prennent", "pris", "prise", "prises", "prenait", "prendra",
          "contracte", "contractes", "souscrit", "souscrits", "presenter", "presente", "presentent", "presentes",
          "presentee", "presentees", "soumis", "soumet", "soumettre");
      case ES -> WordSet.of("asumir", "asume", "asumen", "asumio", "asumieron", "asumido", "asumidos", "asumida",
          "asumidas", "adquirir", "adquirio", "adquirieron", "adquirido", "adquiridos", "contraer", "contrajo",
          "contrajeron", "contraido", "contraidos", "presentar", "presenta", "presentan", "presento",
          "presentaron", "presentado", "presentados");
    };
  }

  /**
   * The nouns written in {@code lang}, singular and plural, of what {@link #undertaking} takes on:
   * the commitments ({@link #commitments}) and the one commitment, "pledge", "engagement",
   * "compromiso"; beside such a verb the singular is the commitment made, not one's involvement.
   */
  static Set<String> undertaken(Lang lang) {
    return union(commitments(lang), switch (lang) {
      case EN -> WordSet.of("commitment", "pledge", "pledges");
      case FR -> WordSet.of("engagement");
      case ES -> WordSet.of("compromiso");
    });
  }

  /**
   * The nouns written in {@code lang} for a plan, the frame's everyday word ({@link PlanReadings}): a
   * household's, a firm's or a doctor's as often as a government's.
   */
  static Set<String> plans(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("plan", "plans");
      case FR -> WordSet.of("plan", "plans");
      case ES -> WordSet.of("plan", "planes");
    };
  }

  /**
   * The words written in {@code lang} that may qualify a plan's noun and leave it the plan itself, no
   * other thing's ({@link PlanReadings}): whose it is when that is a nation, a government or the
   * partnership, which one in the series (the next, the fourth, the two-year one), its stage (the
   * draft, the final one) and its own. A word of another kind there makes it the plan of that thing:
   * a business plan, a treatment plan, "plan de table", "plan de negocios".
   */
  static Set<String> planQualifiers(Lang lang) {
    return union(planMarks(lang), switch (lang) {
      case EN -> WordSet.of("action", "open", "draft", "final", "next", "new", "first", "second", "third", "fourth",
          "fifth", "current", "previous", "last", "biennial", "year", "own", "country", "countries");
      case FR -> WordSet.of("action", "prochain", "nouveau", "deuxieme", "troisieme", "quatrieme",
          "cinquieme", "second", "biennal", "actuel", "dernier", "propre", "pays");
      case ES -> WordSet.of("accion", "proximo", "nuevo", "segundo", "tercer", "cuarto", "quinto",
          "bienal", "actual", "ultimo", "propio", "pais", "paises");
    });
  }

  /**
   * The words written in {@code lang} that make a plan told beside them a public one of the
   * partnership's process ({@link ThemeDetector}): the nation or government it is of, the partnership
   * by its name or acronym. Not an NGO (its own plans are a private body's), nor "civil" alone (civil
   * engineering; civil society is the public's part, found by the thesaurus). With the public's part
   * in policy told beside it (the means of a frame) and the plan's own commitments ({@link
   * #commitments}, right beside its noun), they say who makes the plan and what it holds.
   */
  static Set<String> planMarks(Lang lang) {
    return union(partnership(lang), switch (lang) {
      case EN -> WordSet.of("national", "government", "governments");
      case FR -> WordSet.of("national", "nationale", "gouvernement", "gouvernements");
      case ES -> WordSet.of("nacional", "gobierno", "gobiernos");
    });
  }

  /**
   * The words written in {@code lang} that name the partnership itself, by its name's noun or its
   * acronym: "partnership", "ogp", "partenariat", "pgo", "alianza", "aga". Commitments made to it are
   * a national plan's ({@link ThemeDetector}), whoever else the question names.
   */
  static Set<String> partnership(Lang lang) {
    return union(partnershipAcronyms(lang), switch (lang) {
      case EN -> WordSet.of("partnership");
      case FR -> WordSet.of("partenariat");
      case ES -> WordSet.of("alianza");
    });
  }

  /**
   * The acronyms written in {@code lang} of the partnership ({@link #partnership}): "ogp", "pgo",
   * "aga". Unlike its name's noun (a firm's partnership, "una alianza con la sociedad civil") no
   * language uses them every day: the people taking part in the acronym's process take part in the
   * national plan's making ({@link ThemeDetector}).
   */
  static Set<String> partnershipAcronyms(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ogp");
      case FR -> WordSet.of("pgo", "ogp");
      case ES -> WordSet.of("ogp", "aga");
    };
  }

  /**
   * The field's name written in {@code lang}, its two words in the order the question holds them: "open
   * government", "gouvernement ouvert", "gobierno abierto". Beside a noun of {@link #fieldProcesses} it
   * names the partnership's process in plain words ({@link ThemeDetector}).
   */
  static List<String> fieldName(Lang lang) {
    return switch (lang) {
      case EN -> List.of("open", "government");
      case FR -> List.of("gouvernement", "ouvert");
      case ES -> List.of("gobierno", "abierto");
    };
  }

  /**
   * The nouns written in {@code lang} of a process, its forum and its cycle: "process", "forum",
   * "cycle", "processus", "proceso", "foro", "ciclo". Right beside the field's name ({@link #fieldName}:
   * "the open government forum", "el foro de gobierno abierto") they are the partnership's process,
   * the national plan's making; elsewhere anyone's (a hiring process, a gaming forum).
   */
  static Set<String> fieldProcesses(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("process", "forum", "forums", "cycle");
      case FR -> WordSet.of("processus", "forum", "forums", "cycle");
      case ES -> WordSet.of("proceso", "foro", "foros", "ciclo");
    };
  }

  /**
   * The words written in {@code lang} for co-creating, as one word ("cocreation", "cocrear",
   * "coconstruire"); typed with a hyphen the analysis reads "co" then the rest ("co-creation": "co",
   * "creation"), which {@link ThemeDetector} joins before looking it up. The field's word for making a
   * plan's commitments with civil society, and everyday work's for a product or a collection made with
   * customers: only beside {@link #coCreationMarks} is it the national plan's making.
   */
  static Set<String> coCreating(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cocreation", "cocreate", "cocreates", "cocreated", "cocreating");
      case FR -> WordSet.of("cocreation", "cocreer", "cocree", "cocrees", "cocreent", "coconstruction",
          "coconstruire", "coconstruit", "coconstruits", "coconstruite", "coconstruisent", "coconstruisons");
      case ES -> WordSet.of("cocreacion", "cocrear", "cocrea", "cocrean", "cocreado", "cocreados", "cocreada",
          "cocreadas", "cocrearon", "cocreamos", "coconstruccion", "coconstruir");
    };
  }

  /**
   * The words written in {@code lang} that make co-creating ({@link #coCreating}) told beside them the
   * national plan's making ({@link ThemeDetector}): the nation, the government or the partnership of
   * {@link #planMarks}, the public administration ({@link #administrations}), a country as the one that
   * co-creates, and the commitments a plan holds ({@link #commitments}). Not a city or a council (a
   * town's policy co-created with its residents is their say in it), nor a firm or a brand.
   */
  static Set<String> coCreationMarks(Lang lang) {
    return union(planMarks(lang), administrations(lang), commitments(lang), switch (lang) {
      case EN -> WordSet.of("country", "countries");
      case FR -> WordSet.of("pays");
      case ES -> WordSet.of("pais", "paises");
    });
  }

  /**
   * The nouns written in {@code lang} for what a government makes with the people that is not the
   * plan: a policy, a strategy, a law, a regulation, rules, a decree. Not reforms: a set of reforms
   * co-created with civil society is what a plan's commitments are. Co-created with
   * associations, grassroots groups or a chamber of commerce, they are the people's say in policy,
   * whoever makes them ({@link ThemeDetector}); only the plan, its commitments or the partnership
   * named beside co-creating ({@link #coCreatedPlan}) make it the plan's making.
   */
  static Set<String> coCreatedPolicies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("policy", "policies", "strategy", "strategies", "law", "laws", "regulation",
          "regulations", "rules", "decree", "decrees");
      case FR -> WordSet.of("politique", "politiques", "strategie", "strategies", "loi", "lois", "reglementation",
          "reglementations", "reglement", "reglements", "regles", "normes", "decret", "decrets");
      case ES -> WordSet.of("politica", "politicas", "estrategia", "estrategias", "ley", "leyes", "regulacion",
          "regulaciones", "reglamento", "reglamentos", "normas", "normativa", "normativas", "reglas",
          "decreto", "decretos");
    };
  }

  /**
   * The words written in {@code lang} that name the plan's own making beside co-creating ({@link
   * ThemeDetector}): the plan's noun ({@link #plans}), its commitments ({@link #commitments}) and the
   * partnership ({@link #partnership}). Beside one of them co-creating is the plan's making even where a
   * policy is named too ("the commitments of the national policy plan").
   */
  static Set<String> coCreatedPlan(Lang lang) {
    return union(plans(lang), commitments(lang), partnership(lang));
  }

  /**
   * The words written in {@code lang} that say who made commitments told with the public's part in
   * them ({@link ThemeDetector}), named before them: the nation, the government or the partnership of
   * {@link #planMarks}, a body of public power ({@link #treasuries}), the public administration ({@link
   * #administrations}). Named after them they are as often whom a club's, a firm's or a landlord's
   * commitments are made to ("its commitments to the council"); there only {@link #partnership} says
   * the plan's.
   */
  static Set<String> commitmentMakers(Lang lang) {
    return union(planMarks(lang), treasuries(lang), administrations(lang));
  }

  /**
   * The words written in {@code lang} for the steps of a plan's making and review in everyday words
   * ({@link ThemeDetector}): writing it, its draft, its forum, its deadline, its cycle, its review,
   * independent or its own. Everyday work's as often (a thesis's draft, a report's deadline): beside
   * a plan they tell its process only with a word of {@link #planMarks} or the public's part in it.
   */
  static Set<String> planStages(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("draft", "drafts", "drafting", "drafted", "write", "writing", "written", "deadline",
          "deadlines", "forum", "cycle", "review", "reviews", "reviewers", "independent", "assess", "assessment",
          "submit", "submitted", "elaborate", "elaboration");
      case FR -> WordSet.of("projet", "brouillon", "ebauche", "rediger", "redige", "redaction", "ecrit", "ecrire",
          "limite", "echeance", "forum", "cycle", "examen", "independant", "bilan", "evaluation", "evaluer",
          "elaboration", "elaborer");
      case ES -> WordSet.of("borrador", "redactar", "redacta", "redaccion", "escribir", "escribe", "plazo", "limite",
          "foro", "ciclo", "revision", "independiente", "evaluacion", "evalua", "evaluar", "elaboracion",
          "elaborar");
    };
  }

  /**
   * The phrase written in {@code lang} by which the field names the papers public bodies hold, as the
   * thesaurus writes it: papers told in everyday words as asked of a public body ({@link
   * PublicRecords}) read as it ({@link ThemeDetector}).
   */
  static String publicRecords(Lang lang) {
    return switch (lang) {
      case EN -> "public records";
      case FR -> "documents administratifs";
      case ES -> "documentos públicos";
    };
  }

  /**
   * The nouns written in {@code lang} for papers in plain talk, whoever's they are: documents,
   * letters, reports, files, copies, minutes. A public body's papers where the question asks for
   * them, to see them or to have them handed over ({@link #disclosing}) and a public body is named
   * ({@link PublicRecords}): "requesting the ministry's correspondence", as against "the
   * letters my grandmother kept".
   */
  static Set<String> papers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("papers", "document", "documents", "record", "records", "file", "files", "letter", "letters",
          "report", "reports", "copy", "copies", "minutes", "emails", "correspondence", "memo", "memos");
      case FR -> WordSet.of("papiers", "document", "documents", "dossier", "dossiers", "lettre", "lettres", "courrier",
          "courriers", "rapport", "rapports", "copie", "copies", "fichier", "fichiers", "courriels", "archives");
      case ES -> WordSet.of("papeles", "documento", "documentos", "expediente", "expedientes", "carta", "cartas", "informe",
          "informes", "copia", "copias", "archivo", "archivos", "acta", "actas", "correos");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for what a body found by looking into a thing,
   * kept on paper: a study, a survey, an inspection, tests, results, analyses; "étude", "expertise",
   * "résultats"; "estudio", "peritaje", "resultados". Asked for, seen or handed over where a public body
   * is named, they are its papers as {@link #papers} are ({@link PublicRecords}: "asked the agency for
   * the soil tests"); a survey a shop asks one to fill in names no public body.
   */
  static Set<String> inquiries(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("study", "studies", "survey", "surveys", "inspection", "inspections", "tests", "results",
          "analyses");
      case FR -> WordSet.of("etude", "etudes", "inspection", "inspections", "expertise", "expertises", "resultats",
          "analyses");
      case ES -> WordSet.of("estudio", "estudios", "inspeccion", "inspecciones", "peritaje", "peritajes", "resultados",
          "analisis");
    };
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) of writing to someone: write,
   * wrote, emailed; "écrit", "écrire", "écrivons"; "escribir", "escribimos", "escribí". Read as asking
   * only where a preposition of an end stands between them and the papers ({@link PublicRecords}: "we
   * wrote to the agency twice for its survey"); one writes a report as often as one asks for it.
   */
  static Set<String> writingFor(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("write", "wrote", "written", "writing", "emailed");
      case FR -> WordSet.of("ecrire", "ecrit", "ecrivons", "ecrivent", "ecrivais");
      case ES -> WordSet.of("escribir", "escribimos", "escribi", "escribio", "escribieron");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for what a body decided and why, as it writes
   * it down: a decision, a decree, its text, its reasons; "délibération", "arrêté", "texte", "motifs";
   * "resolución", "decreto", "texto", "motivos". Shown or seen ({@link #seeing}) where a public body is
   * named, they are the papers of its decision ({@link PublicRecords}: "won't show us the decree or its
   * grounds"); asked for, they are as often a ruling one waits for, and are not read after the other
   * verbs of {@link #disclosing}.
   */
  static Set<String> grounds(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decision", "decisions", "decree", "decrees", "text", "reasons", "grounds");
      case FR -> WordSet.of("decision", "decisions", "deliberation", "deliberations", "arrete", "arretes", "decret",
          "decrets", "texte", "motifs", "raisons");
      case ES -> WordSet.of("decision", "decisiones", "resolucion", "resoluciones", "decreto", "decretos", "texto",
          "motivos", "razones");
    };
  }

  /**
   * The nouns written in {@code lang} for what a public body grants, as papers it keeps: permits,
   * licences, "permis", "licencias". Seen or shown ({@link #seeing}) where a public body is named, they
   * are that body's records where a verb of its granting follows them ({@link #issuing}: "won't show
   * me the permits it issued"); asked for, or named alone, they are one's own errand (applying for a
   * permit, the permits a food truck needs), so {@link PublicRecords} reads them after a verb of
   * seeing only and before one of issuing.
   */
  static Set<String> granted(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("permits", "licences", "licenses");
      case FR -> WordSet.of("permis", "licences", "autorisations");
      case ES -> WordSet.of("licencias", "permisos", "autorizaciones");
    };
  }

  /**
   * The verbs written in {@code lang} of a body granting what it grants, as the question's words hold
   * them (accents folded): "issued", "granted", "délivrés", "accordés", "otorgó", "concedidas". After
   * a thing of {@link #granted} they say the body's own acts ("the permits it issued"), the papers it
   * keeps ({@link PublicRecords}); "the permits needed for a food truck" are one's errand.
   */
  static Set<String> issuing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("issued", "issues", "granted", "grants", "awarded", "approved");
      case FR -> WordSet.of("delivre", "delivres", "delivree", "delivrees", "accorde", "accordes", "accordee", "accordees",
          "octroye", "octroyes", "octroyee", "octroyees", "attribue", "attribues", "attribuee", "attribuees");
      case ES -> WordSet.of("otorgo", "otorga", "otorgado", "otorgados", "otorgada", "otorgadas", "concedio", "concede",
          "concedido", "concedidos", "concedida", "concedidas", "emitio", "emitidos", "emitidas", "expidio",
          "expedidos", "expedidas", "aprobo", "aprobados", "aprobadas");
    };
  }

  /**
   * The verbs of {@link #disclosing} written in {@code lang} that see or show a thing, not ask for it:
   * what a public body granted is its records only where the question would see them ({@link #granted}).
   */
  static Set<String> seeing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("see", "sees", "saw", "seen", "seeing", "view", "show", "shows", "showed", "shown", "showing",
          "inspect", "read", "reading");
      case FR -> WordSet.of("voir", "vu", "lire", "consulter", "consulte", "montrer", "montre", "montrent");
      case ES -> WordSet.of("ver", "leer", "consultar", "mostrar", "muestra", "muestran", "mostro", "ensenar", "ensena",
          "ensenan", "enseno");
    };
  }

  /**
   * The groups of the public written in {@code lang} (folded, as typed) who go and watch a public body
   * at its work, beyond {@link #thePeople}: volunteers, associations, NGOs, activists, students,
   * observers; "bénévoles", "associations", "militants"; "voluntarios", "asociaciones", "activistas". Told
   * watching a body and publishing what they saw, they hold it to account ({@link
   * JusticeActs#sittingsObserved}); a speaker or a friend watching a trial on television is none of them.
   */
  static Set<String> observers(Lang lang) {
    return union(thePeople(lang), switch (lang) {
      case EN -> WordSet.of("volunteers", "association", "associations", "ngo", "ngos", "activists", "students",
          "observers", "watchdogs");
      case FR -> WordSet.of("benevoles", "association", "associations", "ong", "militants", "militantes", "etudiants",
          "observateurs", "observatrices");
      case ES -> WordSet.of("voluntarios", "voluntarias", "asociacion", "asociaciones", "ong", "ongs", "organizaciones",
          "activistas", "estudiantes", "observadores", "observadoras");
    });
  }

  /**
   * The verbs written in {@code lang} (folded, by their forms as typed) for being present where a thing
   * is done and watching it: observe, attend; "observer", "assister"; "observar", "asistir". With {@link
   * #checking} and {@link #overseeing} they tell {@link #observers} at a public body's sittings ({@link
   * JusticeActs#sittingsObserved}); alone one attends a wedding or observes the stars.
   */
  static Set<String> observing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("observe", "observes", "observed", "observing", "attend", "attends", "attended", "attending");
      case FR -> WordSet.of("observer", "observe", "observent", "observons", "observaient", "assister", "assiste",
          "assistent", "assistons", "assistaient");
      case ES -> WordSet.of("observar", "observa", "observan", "observamos", "observaban", "asistir", "asiste", "asisten",
          "asistimos", "asistian");
    };
  }

  /**
   * The nouns written in {@code lang} (folded, as typed) for a body's work as others may watch it: its
   * sittings, sessions, hearings, meetings, proceedings, deliberations, its work; "séances", "audiences",
   * "travaux"; "sesiones", "audiencias", "plenos", "trabajo". Between a verb of {@link #observing} and a
   * public body they make the body the thing watched ({@link JusticeActs#sittingsObserved}), where a
   * clause between ("how it spends") makes its money the matter.
   */
  static Set<String> sittings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("sitting", "sittings", "session", "sessions", "hearing", "hearings", "meeting", "meetings",
          "proceedings", "deliberations", "debates", "trials", "work");
      case FR -> WordSet.of("seance", "seances", "session", "sessions", "audience", "audiences", "reunion", "reunions",
          "deliberations", "debats", "proces", "travaux", "travail");
      case ES -> WordSet.of("sesion", "sesiones", "audiencia", "audiencias", "reunion", "reuniones", "pleno", "plenos",
          "deliberaciones", "debates", "juicios", "trabajo", "labor");
    };
  }

  /**
   * The adverbs written in {@code lang} (folded; a phrase's words joined by a space) of a thing done
   * before everyone: publicly, "publiquement", "en public", "públicamente", "en público". Right after a
   * verb of {@link #answering}, the answer is owed to the public, as a duty tells it ({@link
   * JusticeActs#gradesAnswered}).
   */
  static Set<String> publicly(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("publicly", "openly", "in public");
      case FR -> WordSet.of("publiquement", "en public");
      case ES -> WordSet.of("publicamente", "en publico");
    };
  }

  /**
   * The words written in {@code lang} (folded, as typed) for making public what one saw: publish, post,
   * report; "publier", "diffuser", "rapport", "compte rendu" (its "rendu"); "publicar", "difundir",
   * "informe". After {@link #observers} watched a public body they are its work made known by those who
   * hold it to account ({@link JusticeActs#sittingsObserved}).
   */
  static Set<String> publicising(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("publish", "publishes", "published", "publishing", "post", "posts", "posted", "report",
          "reports", "reported", "reporting");
      case FR -> WordSet.of("publier", "publie", "publient", "publions", "publiaient", "diffuser", "diffusent", "rapport",
          "rapports", "rendu", "rendus");
      case ES -> WordSet.of("publicar", "publica", "publican", "publicamos", "publicaban", "difundir", "difunden",
          "informe", "informes");
    };
  }

  /**
   * The verbs written in {@code lang} for watching or following a thing as it goes on, or for its
   * being filmed and broadcast: watch, follow, stream, broadcast, "regarder", "suivre", "retransmettre",
   * "seguir", "transmitir". Beside an office of public power at its work they ask to see its sittings
   * ({@link QuestionCompiler}: the bill followed through the legislature, the sittings streamed), as a
   * verb of {@link #seeing} does; a film, a match or a show watched is told with no office at work.
   */
  static Set<String> watching(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("watch", "watches", "watched", "watching", "follow", "follows", "followed", "following",
          "stream", "streams", "streamed", "broadcast", "broadcasts", "televised", "filmed");
      case FR -> WordSet.of("regarder", "regarde", "suivre", "suit", "suivent", "suivi", "suivis", "diffuser", "diffuse",
          "diffusee", "diffusees", "diffuses", "retransmettre", "retransmis", "retransmises", "filmer", "filme",
          "filmee", "filmees", "filmes");
      case ES -> WordSet.of("mirar", "seguir", "sigue", "siguen", "transmitir", "transmite", "transmiten", "transmitidas",
          "transmitidos", "televisadas", "televisados", "grabar", "grabadas", "grabados", "filmar", "filmadas");
    };
  }

  /**
   * The verbs written in {@code lang} for asking for a thing, seeing it or having it handed over:
   * ask, request, see, read, show, hand, give, release, obtain. Papers after one of them in the same
   * clause, where a public body is named, are asked of that body ({@link PublicRecords}). Not "get",
   * "send" or "receive": a letter got from the council or sent to it is one's own errand.
   */
  static Set<String> disclosing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting", "see",
          "sees", "saw", "seen", "seeing", "read", "reading", "view", "show", "shows", "showed", "shown", "showing",
          "hand", "hands", "handed", "handing", "give", "gives", "gave", "given", "giving", "release", "releases",
          "released", "obtain", "obtained", "inspect");
      case FR -> WordSet.of("demander", "demande", "demandes", "demandent", "demandons", "voir", "vu", "lire", "consulter",
          "consulte", "montrer", "montre", "montrent", "communiquer", "communique", "communiquent", "transmettre",
          "transmet", "transmis", "donner", "donne", "donnent", "obtenir", "obtenu", "remettre", "remis", "reclamer",
          "reclame", "reclament", "reclamons", "reclamant", "demandant");
      case ES -> WordSet.of("pedir", "pide", "piden", "pidio", "pedi", "pedimos", "solicitar", "solicito", "solicite",
          "solicitamos", "ver", "leer", "consultar", "mostrar", "muestra", "muestran", "mostro", "entregar", "entrega",
          "entregan", "entrego", "dar", "dan", "dio", "obtener", "acceder", "pidiendo", "solicitando", "pida", "pidan",
          "ensenar", "ensena", "ensenan", "enseno");
    };
  }

  /**
   * The verbs written in {@code lang} of keeping a thing from others' sight: hides, withholds,
   * conceals; "cache", "dissimule"; "oculta", "esconde". Papers a public body hides are papers the
   * public asks of it, as those it refuses to hand over: {@link Lexicon.Records} reads them among the
   * verbs of {@link #disclosing} ({@link PublicRecords}), where a public body is named; a sister
   * hiding letters names none.
   */
  static Set<String> withholding(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("hide", "hides", "hid", "hidden", "hiding", "withhold", "withholds", "withheld", "withholding",
          "conceal", "conceals", "concealed", "concealing");
      case FR -> WordSet.of("cacher", "cache", "cachent", "cachait", "dissimuler", "dissimule", "dissimulent");
      case ES -> WordSet.of("ocultar", "oculta", "ocultan", "oculto", "ocultaron", "esconder", "esconde", "esconden",
          "escondio");
    };
  }

  /**
   * The theme of data a government releases for anyone to reuse: a society's figures asked to be
   * downloaded or reused ({@link QuestionCompiler}) are its evidence told of public life.
   */
  static String releasedData() {
    return "open-data";
  }

  /**
   * The nouns written in {@code lang} for figures in plain talk, whoever counts them: figures,
   * numbers, statistics, rates, "chiffres", "cifras". A society's own (beside a matter of {@link
   * #tallied}) are counted by the state for everyone ({@link QuestionCompiler}); one's sales figures,
   * a game's numbers are not.
   */
  static Set<String> tallies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("figures", "numbers", "statistics", "stats", "rate", "rates", "data");
      case FR -> WordSet.of("chiffres", "nombres", "statistiques", "stats", "taux", "donnees");
      case ES -> WordSet.of("cifras", "numeros", "estadisticas", "tasa", "tasas", "datos", "indices");
    };
  }

  /**
   * The matters written in {@code lang} that a state counts for society at large and no one counts
   * for himself: crime, unemployment, poverty, a census, births and deaths, road deaths, inflation
   * ("délinquance", "chômage", "paro", "delitos", "censo"). Their figures, asked to be downloaded or
   * reused, are official statistics, whoever the question names or leaves unnamed ({@link
   * QuestionCompiler}).
   */
  static Set<String> tallied(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("crime", "crimes", "unemployment", "jobless", "joblessness", "poverty", "census", "homicide",
          "homicides", "murder", "murders", "inflation", "mortality", "literacy", "homelessness");
      case FR -> WordSet.of("delinquance", "criminalite", "crimes", "delits", "chomage", "pauvrete", "recensement",
          "homicides", "meurtres", "inflation", "mortalite", "natalite", "alphabetisation");
      case ES -> WordSet.of("delitos", "delincuencia", "criminalidad", "crimenes", "desempleo", "paro", "pobreza", "censo",
          "homicidios", "asesinatos", "inflacion", "mortalidad", "natalidad", "alfabetizacion", "desocupacion");
    };
  }

  /**
   * The participles written in {@code lang} of being elected, which the field's words of public life
   * hold as the noun of an elected official ("elected", "élu", "élue"): told of a relative of the asker
   * ("my daughter was elected", "ma fille a été élue") they are that relative's own election, to a
   * class, a club or a youth council, no holder of public office ({@link QuestionCompiler}).
   */
  static Set<String> electing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("elected", "reelected");
      case FR -> WordSet.of("elu", "elue", "elus", "elues", "reelu", "reelue");
      case ES -> WordSet.of("elegido", "elegida", "elegidos", "elegidas", "electo", "electa");
    };
  }

  /**
   * The words written in {@code lang} whose complement is a language: verbs of learning, speaking,
   * teaching, studying or translating it and the nouns of its study (a course, a class, a lesson, a
   * teacher, a dictionary). A people's adjective standing as their complement, right after one or past
   * a word of {@link #tongueLinks}, is the language it names ("learn Dutch", "apprendre le hongrois",
   * "clases de holandés"), no country ({@link NameIndex}).
   */
  static Set<String> tongueUse(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("learn", "learning", "learned", "learnt", "learns", "speak", "speaks", "speaking",
          "spoke", "teach", "teaches", "teaching", "taught", "study", "studies", "studying", "studied",
          "translate", "translated", "translating", "translates", "practise", "practice", "practising",
          "practicing", "fluent", "dictionary", "grammar", "tutor", "tutoring");
      case FR -> WordSet.of("apprendre", "apprends", "apprend", "appris", "parler", "parle", "parles", "parlent",
          "enseigner", "enseigne", "etudier", "etudie", "traduire", "traduit", "traduite", "traduction",
          "cours", "lecons", "lecon", "professeur", "prof", "dictionnaire", "grammaire", "pratiquer");
      case ES -> WordSet.of("aprender", "aprendo", "aprende", "aprenden", "hablar", "hablo", "habla", "hablan",
          "ensenar", "ensena", "estudiar", "estudio", "estudia", "traducir", "traduce", "traducido",
          "traducida", "traduccion", "clases", "clase", "curso", "cursos", "lecciones", "profesor",
          "profesora", "diccionario", "gramatica", "practicar");
    };
  }

  /**
   * The function words written in {@code lang} that stand between a word of {@link #tongueUse} and the
   * language it takes: the article a language's name takes as a noun, the masculine singular ("le",
   * "l'", "el"), and the preposition of a course's subject ("de"). English names a language with no
   * article.
   */
  static Set<String> tongueLinks(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("le", "l", "de", "d");
      case ES -> WordSet.of("el", "de");
    };
  }

  /**
   * The prepositions written in {@code lang} of the language a thing is said, written or put in ("in
   * Dutch", "into Italian", "en néerlandais", "al italiano"): a people's adjective right after one,
   * qualifying nothing after it, is that language.
   */
  static Set<String> intoTongue(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("in", "into");
      case FR -> WordSet.of("en");
      case ES -> WordSet.of("en", "al");
    };
  }

  /**
   * The pronouns written in {@code lang} that stand only right before a verb, never before a noun: the
   * reflexive and object clitics "se", "me", "te"; "se", "me", "te", "nos", "os" (not "le", "la", "les",
   * which are articles too). English has none. A word in small letters right after one is a verb ("en
   * qué se usa": what it is used for), even where it is spelt as a pledger's short name ({@link NameIndex}).
   */
  static Set<String> proclitics(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("se", "me", "te");
      case ES -> WordSet.of("se", "me", "te", "nos", "os");
    };
  }

  /**
   * The object pronouns written in {@code lang} that an infinitive carries joined to its end, one or
   * two of them: Spanish "darme", "entregarnos", "mostrárselos" (folded "mostrarselos"). English and
   * French write their pronouns apart ("give me", "me donner"), so they list none. {@link
   * Lexicon.Records} joins them to the infinitives of {@link #disclosing}: "se niega a darme el
   * informe" asks for the papers as "se niega a dar el informe" does.
   */
  static Set<String> enclitics(Lang lang) {
    return switch (lang) {
      case EN, FR -> WordSet.of();
      case ES -> WordSet.of("me", "te", "le", "les", "nos", "lo", "la", "los", "las", "se", "melo", "mela", "melos",
          "melas", "noslo", "nosla", "noslos", "noslas", "selo", "sela", "selos", "selas");
    };
  }

  /**
   * The nouns written in {@code lang} for the unit an account is told by, one after another: its lines,
   * items and headings, and the calendar's periods it is closed for ("line", "item", "month",
   * "quarter"; "ligne", "poste", "rubrique", "mois"; "partida", "rubro", "mes", "trimestre"). Repeated
   * across a preposition of {@link #itemizing} ("line by line", "poste par poste", "mes a mes") they tell
   * money shown item by item ({@link PublicMoney#positions}).
   */
  static Set<String> lineItems(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("line", "item", "entry", "heading", "month", "quarter", "year", "week", "day");
      case FR -> WordSet.of("ligne", "poste", "rubrique", "chapitre", "article", "mois", "trimestre", "annee", "semaine",
          "jour");
      case ES -> WordSet.of("partida", "linea", "rubro", "renglon", "concepto", "capitulo", "mes", "trimestre", "ano",
          "semana", "dia");
    };
  }

  /**
   * The nouns written in {@code lang} for a text made over from another for other readers: "version",
   * "summary", "guide"; "version", "résumé", "synthèse", "guide"; "versión", "resumen", "síntesis", "guía".
   * A budget so made over, no owner of its own named, is a public budget told to its public ({@link
   * PublicMoney#positions}: "a short guide to the budget", "una guía breve de las cuentas del Estado").
   */
  static Set<String> renditions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("version", "versions", "summary", "summaries", "guide", "guides");
      case FR -> WordSet.of("version", "versions", "resume", "resumes", "synthese", "syntheses", "guide", "guides");
      case ES -> WordSet.of("version", "versiones", "resumen", "resumenes", "sintesis", "guia", "guias");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) for a sum made known or promised before it is spent:
   * "announced", "promised", "pledged"; "annoncé", "promis"; "anunció", "prometió". A public body or
   * holder of public office their subject, a sum right after them ({@link #sums}), they tell public
   * money whose use its public may follow ({@link PublicMoney#positions}: "the region announced eight
   * million for its ports", "l'État a promis deux millions pour les digues").
   */
  static Set<String> announcing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("announced", "announces", "announce", "promised", "promises", "promise", "pledged",
          "pledges", "unveiled");
      case FR -> WordSet.of("annonce", "annoncent", "annonces", "annoncee", "annoncees", "promis", "promise",
          "promises", "promet", "promettent", "debloque", "debloques");
      case ES -> WordSet.of("anuncio", "anunciaron", "anuncia", "anuncian", "anunciado", "anunciados", "prometio",
          "prometieron", "promete", "prometen", "prometido", "prometidos");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for the large round sums a public budget is told in:
   * "million", "billion"; "million", "milliard"; "millón", "mil millones". Only after a verb of {@link
   * #announcing} and before no other thing than money (two million jobs are jobs).
   */
  static Set<String> sums(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("million", "millions", "billion", "billions");
      case FR -> WordSet.of("million", "millions", "milliard", "milliards");
      case ES -> WordSet.of("millon", "millones", "billon", "billones");
    };
  }

  /**
   * The words written in {@code lang} (folded) that name a stage of money as a thing before the verb
   * telling it: an amount's noun and the neuter a clause of money is headed by ("the amount", "what";
   * "le montant", "ce"; "el monto", "lo"). With {@link #amounts} they ask what was voted and what was paid
   * as two figures ({@link PublicMoney#positions}: "the sum approved and what the firms received").
   */
  static Set<String> amountHeads(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("amount", "amounts", "sum", "sums", "what");
      case FR -> WordSet.of("montant", "montants", "somme", "sommes", "ce");
      case ES -> WordSet.of("monto", "montos", "importe", "importes", "suma", "sumas", "cantidad", "lo");
    };
  }

  /**
   * The verbs written in {@code lang} (folded), in a third person's past, for money voted or approved
   * where the language tells it otherwise than by the participle of {@link #enacted}: "votó", "aprobó",
   * "votaron", "aprobaron" (English and French write the participle).
   */
  static Set<String> enactedPast(Lang lang) {
    return switch (lang) {
      case EN, FR -> WordSet.of();
      case ES -> WordSet.of("voto", "votaron", "aprobo", "aprobaron");
    };
  }

  /**
   * The names written in {@code lang} (folded) of the currencies a sum is told in: "euros", "dollars",
   * "pounds"; "euros", "dollars", "francs"; "euros", "dólares", "pesos", "soles".
   */
  static Set<String> currencies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("euros", "dollars", "pounds", "pesos", "francs", "usd", "eur");
      case FR -> WordSet.of("euros", "dollars", "livres", "pesos", "francs", "usd", "eur");
      case ES -> WordSet.of("euros", "dolares", "libras", "pesos", "soles", "francos", "usd", "eur");
    };
  }

  /**
   * The prepositions written in {@code lang} that join a noun to itself to take a whole one part after
   * another: "by" ("line by line"); "par" ("poste par poste"); "por", "a" ("partida por partida", "mes a
   * mes"). Read only between two of the same word ({@link PublicMoney#positions}).
   */
  static Set<String> itemizing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("by");
      case FR -> WordSet.of("par");
      case ES -> WordSet.of("por", "a");
    };
  }

  /**
   * The nouns written in {@code lang} for money in plain talk, whoever's it is: "money", "funds",
   * "argent", "sous", "plata", "dinero". Public money only where the grammar gives it a public
   * owner or spender ({@link PublicMoney}): "the province's money", "l'argent de la préfecture",
   * "qué hace la gobernación con el dinero", as against "her money", "l'argent de la paroisse".
   */
  static Set<String> funds(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("money", "funds");
      case FR -> WordSet.of("argent", "sous", "fonds");
      case ES -> WordSet.of("plata", "dinero", "fondos", "platita");
    };
  }

  /**
   * The nouns written in {@code lang} for a budget: "budget", "budgets"; "presupuesto", "presupuestos".
   * A household, a trip or a wedding has one as a body of public power does, and the word after it is
   * as often what it is for ("le budget des vacances", "el presupuesto del bautizo") as whose it is; so
   * a budget is public money only where its owner, named apart from it, is a body of public power
   * ({@link PublicMoney}: "the police's budget", "le budget de l'armée", "el presupuesto de la
   * provincia"), never a prerogative of the state (what one budgets for: "le budget des impôts de ma
   * famille") and never in a question of one's own life.
   */
  static Set<String> budgets(Lang lang) {
    return switch (lang) {
      case EN, FR -> WordSet.of("budget", "budgets");
      case ES -> WordSet.of("presupuesto", "presupuestos");
    };
  }

  /**
   * The nouns written in {@code lang} for a fund as one pool of money kept for a use: "fund",
   * "fonds", "fondo". Named for a calamity the state answers ({@link #calamities}: "the storm
   * relief fund", "le fonds de secours", "el fondo de socorro") and told shared out ({@link #sharingOut}),
   * it is public money handed to those the calamity struck ({@link PublicMoney}).
   */
  static Set<String> pools(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("fund");
      case FR -> WordSet.of("fonds");
      case ES -> WordSet.of("fondo");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a calamity that strikes a population and that the
   * state answers with relief: emergency, disaster, pandemic, earthquake, flood; "urgence",
   * "catastrophe", "séisme"; "emergencia", "desastre", "terremoto". A fund named for one is
   * relief ({@link #pools}).
   */
  static Set<String> calamities(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("emergency", "emergencies", "disaster", "disasters", "relief", "pandemic", "covid",
          "earthquake", "flood", "floods", "hurricane", "drought", "reconstruction");
      case FR -> WordSet.of("urgence", "urgences", "catastrophe", "catastrophes", "secours", "pandemie", "covid",
          "seisme", "inondations", "cyclone", "secheresse", "reconstruction");
      case ES -> WordSet.of("emergencia", "emergencias", "desastre", "desastres", "catastrofe", "catastrofes", "pandemia",
          "covid", "terremoto", "sismo", "inundaciones", "huracan", "sequia", "reconstruccion");
    };
  }

  /**
   * The verbs written in {@code lang}, in a third person's past or a participle, for money shared
   * out among several: "distributed", "handed", "shared"; "distribué", "réparti"; "repartió",
   * "distribuido" ({@link #pools}).
   */
  static Set<String> sharingOut(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("distributed", "handed", "shared", "divided", "disbursed", "allocated", "paid");
      case FR -> WordSet.of("distribue", "distribues", "distribuee", "distribuees", "reparti", "repartis", "repartie",
          "reparties", "verse", "verses", "versee", "versees", "alloue", "alloues", "allouee", "allouees");
      case ES -> WordSet.of("repartio", "repartieron", "repartido", "repartida", "repartidos", "distribuyo",
          "distribuyeron", "distribuido", "distribuida", "distribuidos", "entrego", "entregaron", "entregado",
          "entregados", "asignado", "asignados", "desembolsado", "desembolsados");
    };
  }

  /**
   * The participles written in {@code lang} for money set aside for a use before it is spent:
   * "allocated", "earmarked", "planned", "alloués", "prévus", "asignados", "previstos". Beside money also told executed ({@link
   * #executing}), the two stages of a public body's budget are set against each other ({@link
   * PublicMoney}: "credits voted, credits executed", "lo aprobado frente a lo pagado").
   */
  static Set<String> allotted(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("allocated", "earmarked", "appropriated", "budgeted", "planned");
      case FR -> WordSet.of("alloue", "alloues", "allouee", "allouees", "prevu", "prevue", "prevus", "prevues", "inscrit",
          "inscrite", "inscrits", "inscrites");
      case ES -> WordSet.of("asignado", "asignados", "asignada", "asignadas", "presupuestado", "presupuestados",
          "presupuestada", "presupuestadas", "previsto", "prevista", "previstos", "previstas");
    };
  }

  /**
   * The participles written in {@code lang} for money a budget's holder has actually spent:
   * "executed", "disbursed", "exécutés", "décaissés", "ejecutados", "desembolsados". Set against a
   * budget voted or money allotted ({@link #enacted}, {@link #allotted}), they tell a public body's
   * budget execution ({@link PublicMoney}).
   */
  static Set<String> executing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("executed", "disbursed");
      case FR -> WordSet.of("execute", "executes", "executee", "executees", "decaisse", "decaisses", "decaissee",
          "decaissees");
      case ES -> WordSet.of("ejecutado", "ejecutados", "ejecutada", "ejecutadas", "desembolsado", "desembolsados",
          "desembolsada", "desembolsadas");
    };
  }

  /**
   * The participles written in {@code lang} for a budget made law by a vote: "voted", "passed",
   * "adopted", "enacted"; "voté", "adopté"; "votado", "aprobado", "sancionado". A budget so told set
   * against what was spent is a budget's execution, as only a public body's budget is voted and then
   * carried out in public ({@link PublicMoney}: "the enacted budget against actual spending", "le budget
   * voté et les dépenses"); a budget one sets for oneself or a club's is read as before.
   */
  static Set<String> enacted(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("voted", "passed", "adopted", "enacted", "approved");
      case FR -> WordSet.of("vote", "votes", "votee", "votees", "adopte", "adoptes", "adoptee", "adoptees");
      case ES -> WordSet.of("votado", "votados", "votada", "aprobado", "aprobados", "aprobada", "sancionado",
          "sancionados");
    };
  }

  /**
   * The nouns written in {@code lang} for what a body's money comes to, named as a whole: its
   * spending, its expenses, its finances, its deficit and its debt ("spending", "expenditure",
   * "dépenses", "finances", "déficit", "gastos", "finanzas", "deuda"). Like {@link #funds}, public
   * money only where the grammar gives them a public owner ({@link PublicMoney}: "the city's
   * spending", "les dépenses du département", "los gastos del concejo": the owner named beside them),
   * as against a family's spending, a firm's expenses or my debts. The Spanish and French singulars
   * that are also a verb of {@link #spending} ("dépense", "gasto") are left to it.
   */
  static Set<String> outlays(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("spending", "expenditure", "expenditures", "expenses", "finances", "deficit", "deficits",
          "debt", "debts");
      case FR -> WordSet.of("depenses", "finances", "deficit", "deficits", "dette", "dettes");
      case ES -> WordSet.of("gastos", "finanzas", "egresos", "deficit", "deficits", "deuda", "deudas");
    };
  }

  /**
   * The nouns written in {@code lang} for money a body pays out or grants, named as what it hands
   * over: payments, subsidies, grants ("paiements", "subventions", "aides"; "pagos", "subvenciones",
   * "ayudas"). Public money only where the grammar names a public body as the payer or granter beside
   * them ({@link PublicMoney}: "the state's payments", "les subventions versées par la région", "los
   * pagos que hace el ministerio"), as against a parent's payment, a firm's payments to its suppliers,
   * a private foundation's grant or a club's subsidy. Not the singulars that are also verbs or plain
   * help ("grant", "aide", "ayuda", and "pago", also "I pay").
   */
  static Set<String> grants(Lang lang) {
    return union(switch (lang) {
      case EN -> WordSet.of("payment", "payments");
      case FR -> WordSet.of("paiement", "paiements", "versement", "versements");
      case ES -> WordSet.of("pagos");
    }, subsidies(lang));
  }

  /**
   * The {@link #grants} written in {@code lang} that a body grants rather than pays for a thing:
   * subsidies, grants, handouts; "subventions", "aides"; "subvenciones", "ayudas", "subsidios". Asked
   * who got how much of them ({@link PublicMoney}: "which growers got how much in subsidies", "combien
   * chaque club a touché de subventions"), they are a public budget shared among its recipients, as a
   * payment asked so may be any payer's.
   */
  static Set<String> subsidies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("subsidies", "subsidy", "grants", "handouts");
      case FR -> WordSet.of("subventions", "subvention", "aides");
      case ES -> WordSet.of("subvenciones", "subvencion", "ayudas", "subsidios");
    };
  }

  /**
   * The nouns written in {@code lang} for invoices: "invoice", "facture", "factura". The invoices a
   * public body pays are its payments named by their paper, read only where told paid by it ({@link
   * PublicMoney}: "les factures payées par la commune", "each invoice it pays"): a body's invoice may
   * be one it issues, a bill its public pays, and a plumber's or my own are none of its money.
   */
  static Set<String> invoices(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("invoice", "invoices");
      case FR -> WordSet.of("facture", "factures");
      case ES -> WordSet.of("factura", "facturas");
    };
  }

  /**
   * The nouns written in {@code lang} for the contracts a body signs, in the plural: "contracts",
   * "contrats", "contratos". The contracts a public body signs or awards are what it buys with public
   * money (public procurement), read where the grammar names the body as their party, as the payer of
   * {@link #grants} is ({@link PublicMoney}: "the contracts the city hall signed", "les contrats
   * signés par la mairie", "los contratos del municipio"); a landlord's, a phone's or a club's contracts
   * are not, nor a contract of work ({@link #labour}). The singular is left out: one contract is as
   * often the asker's own (a lease, a job, a phone plan).
   */
  static Set<String> contracts(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("contracts");
      case FR -> WordSet.of("contrats");
      case ES -> WordSet.of("contratos");
    };
  }

  /**
   * The words written in {@code lang} that make a contract one of work: a job, employment, staff,
   * seasonal or temporary work ("employment contracts", "contrats de travail", "contratos
   * temporales"). A public body's contracts of work are posts it hires for, asked by who would fill
   * them, not what it buys ({@link #contracts}).
   */
  static Set<String> labour(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("job", "jobs", "employment", "work", "staff", "seasonal", "temporary", "internship",
          "internships", "hiring", "employees");
      case FR -> WordSet.of("emploi", "emplois", "travail", "saisonniers", "saisonnier", "cdd", "cdi", "stage",
          "stages", "interim", "embauche", "salaries");
      case ES -> WordSet.of("empleo", "empleos", "trabajo", "laborales", "laboral", "temporales", "temporal",
          "pasantias", "practicas", "contratacion", "empleados");
    };
  }

  /**
   * The forms of paying written in {@code lang} whose subject is plural, in the present: "pay",
   * "paient", "payent", "pagan"; in French and Spanish those of earning too ("touchent", "cobran").
   * Where the contracts of {@link #contracts} are what pays ("how much do the town's contracts pay",
   * "combien paient les contrats de la mairie", "cuánto pagan los contratos del municipio") or their
   * holders are what earns ("cuánto cobran ... con los contratos"), the question asks what a post, a
   * job or a trade pays now: the pay of who would be hired, named by trade or not, which is that
   * person's errand, not what a public body buys ({@link PublicMoney}). A body pays in the singular
   * ("the city pays", "la mairie paie", "la alcaldía paga") or in the past; English reads its plain
   * form only after the contracts, in their clause ("earn" is as often a past's after "did": left out).
   */
  static Set<String> payingPlural(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("pay");
      case FR -> WordSet.of("paient", "payent", "touchent", "percoivent");
      case ES -> WordSet.of("pagan", "cobran", "perciben");
    };
  }

  /**
   * The nouns written in {@code lang} for the bodies of public power that hold and spend public
   * money and are named as the subject of a sentence: a government, a municipality, a town hall, a
   * council, a ministry, the state, the city. With the {@link #divisions} and the {@link #offices}
   * (the county, la provincia, the police, el congreso) they are the public owners and spenders
   * {@link PublicMoney} reads; not the rules, acts or people of public life among the policy words,
   * nor a department, an agency or an administration, which any organisation has.
   */
  static Set<String> treasuries(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("government", "governments", "govt", "municipality", "municipalities", "council", "councils",
          "city", "cities", "state", "states", "ministry", "ministries", "authority", "authorities");
      case FR -> WordSet.of("gouvernement", "gouvernements", "etat", "mairie", "mairies", "commune", "communes",
          "municipalite", "municipalites", "collectivite", "collectivites", "ville", "villes", "ministere",
          "ministeres", "prefecture", "prefectures", "autorites");
      // the plural only, as English's "authorities": the singular is as often a power someone holds
      // ("l'autorité parentale", "la autoridad de los padres") as a body
      case ES -> WordSet.of("gobierno", "gobiernos", "estado", "municipio", "municipios", "municipalidad",
          "municipalidades", "ayuntamiento", "ayuntamientos", "concejo", "concejos", "alcaldia", "alcaldias",
          "ciudad", "ciudades", "ministerio", "ministerios", "intendencia", "intendencias", "gobernacion",
          "gobernaciones", "prefectura", "prefecturas", "autoridades");
    };
  }

  /**
   * The names written in {@code lang}, word by word, of public bodies named in several words whose
   * words alone name something else: the building a municipality sits in, by which people name the
   * municipality itself ("town hall", "city hall", "hôtel de ville"), and a council named with its
   * level ("conseil régional", "consejo municipal", where "conseil" alone is advice). Only a whole
   * name reads as the body ({@link PublicMoney}): a hall alone is a concert's or a school's, and a
   * village hall or a church hall is as often a charity's, not an authority.
   */
  static List<List<String>> seats(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("town", "hall"), List.of("city", "hall"), List.of("county", "hall"),
          List.of("town", "halls"), List.of("city", "halls"));
      case FR -> List.of(List.of("hotel", "de", "ville"), List.of("hotels", "de", "ville"),
          List.of("conseil", "municipal"), List.of("conseil", "regional"), List.of("conseil", "departemental"),
          List.of("conseil", "general"), List.of("conseils", "municipaux"), List.of("conseils", "regionaux"),
          List.of("conseils", "departementaux"));
      case ES -> List.of(List.of("palacio", "municipal"), List.of("casa", "consistorial"),
          List.of("consejo", "municipal"), List.of("consejo", "regional"), List.of("consejo", "provincial"),
          List.of("concejo", "municipal"));
    };
  }

  /**
   * The nouns written in {@code lang} for what the state levies besides taxes, on a road or as a
   * penalty: tolls and fines ("péages", "amendes", "peajes", "multas"). Like taxes, the money they
   * bring is public money whoever the question names ({@link PublicMoney}: "the money from the tolls",
   * "l'argent des contraventions"); the fine or the toll a person pays is no public spending.
   */
  static Set<String> levies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("tolls", "fines");
      case FR -> WordSet.of("peage", "peages", "amende", "amendes", "contraventions");
      case ES -> WordSet.of("peaje", "peajes", "multa", "multas");
    };
  }

  /**
   * The nouns written in {@code lang} for the books a body keeps of its money: "accounts", "comptes",
   * "cuentas" (plural: a single account is a bank's or a social network's). A public body's books are
   * its public money told ({@link PublicMoney}: "the council's accounts", "les comptes du département");
   * a club's or my own are not.
   */
  static Set<String> books(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("accounts");
      case FR -> WordSet.of("comptes");
      case ES -> WordSet.of("cuentas");
    };
  }

  /**
   * The words written in {@code lang} that tell a body's books by the period they are closed for or by
   * their kind as an accountant names it: "annual", "quarterly", "financial", "annuels", "trimestriels",
   * "anuales", "financieras". Standing between books and their owner they keep them books of money
   * ({@link PublicMoney}: "the county's annual accounts", "les comptes annuels du département"), where
   * any other word tells other accounts ("the city's twitter accounts").
   */
  static Set<String> bookPeriods(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("annual", "yearly", "quarterly", "monthly", "financial", "audited", "consolidated");
      case FR -> WordSet.of("annuels", "trimestriels", "mensuels", "semestriels", "financiers", "consolides",
          "administratifs");
      case ES -> WordSet.of("anuales", "trimestrales", "mensuales", "semestrales", "financieras", "consolidadas",
          "generales");
    };
  }

  /**
   * The verbs written in {@code lang}, in the forms a third person or a participle takes, for what a
   * thing costs: "cost", "coûte", "costó". What a public body's thing costs, or what a thing costs a
   * public body, is public money ({@link PublicMoney}: "combien a coûté le chantier de la région",
   * "cuánto le costó a la provincia el estadio"); what a concert or a kitchen costs is a price.
   */
  static Set<String> costing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cost", "costs", "costed");
      case FR -> WordSet.of("coute", "coutent", "coutait", "coutaient", "coutera", "couteront");
      case ES -> WordSet.of("cuesta", "cuestan", "costo", "costaron", "costado", "costaba", "costaria", "costara");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for what a thing costs: "cost", "coût", "costo",
   * "coste". The cost of a public work or of an establishment marked public, named after it by a
   * preposition of belonging, is public money ({@link PublicMoney}: "the cost of the ring road",
   * "le coût de la médiathèque municipale", "el costo del puente colgante"); the cost of a kitchen or of a school trip is a price.
   */
  static Set<String> costNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cost", "costs");
      case FR -> WordSet.of("cout", "couts");
      case ES -> WordSet.of("costo", "costos", "coste", "costes");
    };
  }

  /**
   * The nouns written in {@code lang} for the people whose money public money is, as those who bear
   * a public cost: "taxpayers", "contribuables", "contribuyentes" ({@link PublicMoney}: "what the
   * bridge cost the taxpayers").
   */
  static Set<String> taxpayers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("taxpayer", "taxpayers");
      case FR -> WordSet.of("contribuable", "contribuables");
      case ES -> WordSet.of("contribuyente", "contribuyentes");
    };
  }

  /**
   * The subject pronouns of the third person written in {@code lang} that stand for a body named
   * before them ("it paid", "what they bought", "combien elle a dépensé"). Spanish drops its subject
   * pronoun: a verb of the third person with no subject before it reads the same ({@link PublicMoney}).
   */
  static Set<String> thirdPersons(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("it", "they");
      case FR -> WordSet.of("il", "elle", "ils", "elles");
      case ES -> WordSet.of("el", "ella", "ellos", "ellas");
    };
  }

  /**
   * The possessive determiners of the third person written in {@code lang} ("its", "their", "ses",
   * "leurs", "sus"), which stand for an owner named before them: the question's opening public body
   * owns the money or the books they go with ({@link PublicMoney}: "the council won't show their
   * accounts", "el concejo no muestra sus cuentas"). English writes a thing's apart from a person's
   * ("its", not "his" or "her"); French and Spanish write them alike ({@link #theirs}).
   */
  static Set<String> thirdPossessives(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("its", "their");
      case FR, ES -> theirs(lang);
    };
  }

  /**
   * The verbs written in {@code lang}, in the forms a third person or a participle takes, for
   * spending money: spend, pay, buy, invest, waste, owe (and, in Spanish, send: "el dinero que mandó
   * el gobierno"). A public body as their subject spends public money ({@link PublicMoney}: "the
   * ministry bought", "le département a payé", "cuánto invirtió la gobernación"); not charging or
   * collecting, which is what a citizen pays ("what the county charges for a fishing licence"), nor
   * "devoir" or "deber", which are also "must". Budgeting money is setting what will be spent: "the
   * county budgets little for its bridges", "la région budgétise", "el municipio presupuestó" (not the
   * Spanish first person "presupuesto", the noun). English "spending", "budget" and "budgeting" are
   * left out: they are nouns as often ("government spending").
   */
  static Set<String> spending(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("spend", "spends", "spent", "overspend", "overspends", "overspent", "pay", "pays", "paid", "paying", "buy", "buys",
          "bought", "buying", "invest", "invests", "invested", "waste", "wastes", "wasted", "owe", "owes", "owed",
          "budgets", "budgeted", "transfer", "transfers", "transferred", "transferring", "allocate", "allocates",
          "allocated", "allocating");
      case FR -> WordSet.of("depense", "depensent", "depensait", "depensaient", "depensee", "paie", "paye", "paient",
          "payent", "payait", "payee", "payes", "payees", "achete", "achetent", "achetait", "achetee", "achetes",
          "verse", "versent", "versait", "investit", "investissent", "investi", "gaspille", "gaspillent",
          "gaspillait", "budgetise", "budgetisent", "budgetisait", "budgetisee", "transfere", "transferent",
          "transferait", "alloue", "allouent", "allouait", "allouee", "finance", "financent", "financait", "financee");
      case ES -> WordSet.of("gasta", "gastan", "gasto", "gastaron", "gastado", "gastada", "gastados", "gastadas",
          "gastaba", "gastaban", "paga", "pagan",
          "pago", "pagaron", "pagado", "pagada", "pagados", "pagadas", "pagaba", "pagaban", "compra", "compran", "compro", "compraron", "comprado",
          "compraba", "invierte", "invierten", "invirtio", "invirtieron", "invertido", "derrocha", "derrocho",
          "derrochan", "malgasta", "malgasto", "malgastan", "mando", "mandaron", "presupuesta", "presupuestan",
          "presupuestaron", "presupuestado", "transfiere", "transfieren", "transfirio", "transfirieron",
          "transferido", "asigna", "asignan", "asigno", "asignaron", "financia", "financian", "financio",
          "financiaron", "envio", "enviaron");
    };
  }

  /**
   * The verbs written in {@code lang}, in the forms a third person or a participle takes, for
   * receiving: "receive", "got"; "reçoit", "reçu"; "recibe", "recibió". A public body receiving is
   * public money moved between public bodies where the question asks the amount ({@link #amounts}) or
   * names a public body it comes from ({@link PublicMoney}: "what each state got", "ce
   * que la commune a reçu de l'État"); a town hall receiving its public or a complaint is not read.
   * Not the verbs of {@link #taking}, which read a bribe beside a holder of office.
   */
  static Set<String> receiving(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("receive", "receives", "received", "receiving", "get", "gets", "got", "gotten");
      case FR -> WordSet.of("recoit", "recoivent", "recu", "recue", "recus", "recues", "recevait", "recevaient");
      case ES -> WordSet.of("recibe", "reciben", "recibio", "recibieron", "recibido", "recibia", "recibian");
    };
  }

  /**
   * The adjectives written in {@code lang} (folded) that tell a thing an establishment's of {@link
   * #establishments}, where French and Spanish qualify a noun by its establishment's kind: "scolaire",
   * "hospitalier", "universitaire"; "escolar", "hospitalario", "universitario". English puts the
   * establishment's noun itself before the thing ("school enrolment"), read from {@link #establishments}.
   * A procedure so qualified is the establishment's ({@link QuestionCompiler#obtained}).
   */
  static Set<String> establishmentKinds(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("scolaire", "scolaires", "hospitalier", "hospitaliere", "hospitaliers", "hospitalieres",
          "universitaire", "universitaires");
      case ES -> WordSet.of("escolar", "escolares", "hospitalario", "hospitalaria", "hospitalarios", "hospitalarias",
          "universitario", "universitaria", "universitarios", "universitarias");
    };
  }

  /**
   * The nouns written in {@code lang} for an establishment of a public service that a private owner
   * may run as well: a hospital, a clinic, a school, a college, a university, a library; "hôpital",
   * "école", "lycée"; "hospital", "escuela", "colegio". {@link PublicMoney} reads one as a public
   * spender where it is marked public beside it (a word of {@link #scope} or a {@link #divisions}
   * word: "the district hospital", "l'école publique", "la escuela del pueblo"), and as the receiver
   * of money moved between public bodies where a public body is named as the source; a private
   * school's fees, a dance school's pupils or a clinic's bill are none of these.
   */
  static Set<String> establishments(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("hospital", "hospitals", "clinic", "clinics", "school", "schools", "college", "colleges",
          "university", "universities", "library", "libraries");
      case FR -> WordSet.of("hopital", "hopitaux", "clinique", "cliniques", "ecole", "ecoles", "college", "colleges",
          "lycee", "lycees", "universite", "universites", "bibliotheque", "bibliotheques", "mediatheque",
          "mediatheques");
      case ES -> WordSet.of("hospital", "hospitales", "clinica", "clinicas", "escuela", "escuelas", "colegio", "colegios",
          "liceo", "liceos", "universidad", "universidades", "biblioteca", "bibliotecas");
    };
  }

  /**
   * The words written in {@code lang} for a charge laid on a service's users: "fees", "charges";
   * "frais", "payer"; "cuotas", "cobran". Read by {@link QuestionCompiler#charged} only beside an
   * establishment called public ({@link #establishments}) and its being free told as owed ({@link #free},
   * {@link #owedFree}): a public service that should be free asking its users to pay. Folded.
   */
  static Set<String> charging(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("fee", "fees", "charge", "charges", "charged", "charging");
      case FR -> WordSet.of("frais", "payer", "payant", "payants", "payante", "payantes", "cotisation", "cotisations");
      case ES -> WordSet.of("cuota", "cuotas", "cobra", "cobran", "cobrar", "cobro", "cobros", "cobraron", "pagar",
          "matricula");
    };
  }

  /**
   * The adjectives written in {@code lang} for a thing given free: "free"; "gratuit", "gratuite";
   * "gratuita", "gratis". Beside a charge ({@link #charging}) at an establishment called public, they
   * tell the service's own promise broken ({@link QuestionCompiler#charged}). Folded.
   */
  static Set<String> free(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("free");
      case FR -> WordSet.of("gratuit", "gratuite", "gratuits", "gratuites");
      case ES -> WordSet.of("gratuito", "gratuita", "gratuitos", "gratuitas", "gratis");
    };
  }

  /**
   * The words written in {@code lang} that, a few words before a word of being free ({@link #free}),
   * tell it as owed against what is done: an obligation ("should", "supposed", "meant"; "devrait",
   * "censée"; "debería", "supone") or a concession ("although", "though"; "pourtant", "malgré";
   * "aunque"). Not "but", "mais", "pero": "free but they charge for photocopies" grants the thing free
   * and names an extra. Folded.
   */
  static Set<String> owedFree(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("should", "supposed", "meant", "ought", "although", "though", "despite");
      case FR -> WordSet.of("devrait", "devraient", "cense", "censee", "censes", "censees", "pourtant", "malgre",
          "quoique");
      case ES -> WordSet.of("deberia", "deberian", "debe", "deben", "supone", "supuestamente", "aunque", "pese");
    };
  }

  /**
   * The nouns written in {@code lang} for what an establishment of care or teaching serves its users
   * with: its nurses, doctors, midwives and teachers, its medicines ("infirmiers", "médecins",
   * "enseignants", "médicaments"; "enfermeras", "médicos", "maestros", "medicamentos"). Told as lacking
   * ({@link #lacking}) at such an establishment marked public or rural ({@link
   * QuestionCompiler#unstaffed}), they tell the service failing those it serves. Folded.
   */
  static Set<String> provided(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("nurse", "nurses", "doctor", "doctors", "midwife", "midwives", "teacher", "teachers",
          "medicine", "medicines", "medication", "medications", "drugs", "textbooks");
      case FR -> WordSet.of("infirmier", "infirmiers", "infirmiere", "infirmieres", "medecin", "medecins", "sages",
          "enseignant", "enseignants", "professeur", "professeurs", "instituteur", "instituteurs", "institutrice",
          "institutrices", "medicament", "medicaments", "manuels");
      case ES -> WordSet.of("enfermera", "enfermeras", "enfermero", "enfermeros", "medico", "medicos", "doctor",
          "doctores", "partera", "parteras", "maestro", "maestros", "maestra", "maestras", "profesor", "profesores",
          "medicamento", "medicamentos", "medicinas");
    };
  }

  /**
   * The words written in {@code lang} that tell a thing lacking where it is owed, before or after it:
   * a shortage ("lack", "shortage", "absent"; "manque", "pénurie"; "faltan", "escasez", "carecen").
   * Read only beside what an establishment of care or teaching provides ({@link #provided}). Folded.
   */
  static Set<String> lacking(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("lack", "lacks", "lacking", "short", "shortage", "shortages", "absent", "missing");
      case FR -> WordSet.of("manque", "manquent", "manquait", "manquaient", "penurie", "penuries", "absent", "absents");
      case ES -> WordSet.of("falta", "faltan", "faltaba", "faltaban", "carece", "carecen", "escasez", "ausente",
          "ausentes");
    };
  }

  /**
   * The words written in {@code lang} that deny the noun after them: "no", "without"; "ne", "sans",
   * "aucun"; "no", "sin", "ningún". Read before what an establishment of care or teaching provides
   * ({@link #provided}), with nothing but function words and one word right before that noun between
   * ("has no maths teacher", "n'a pas de médecin", "no tiene médico"): "no parking for teachers" or
   * "teachers with no car" deny another thing. Folded.
   */
  static Set<String> nounDenials(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("no", "without");
      case FR -> WordSet.of("ne", "n", "sans", "aucun", "aucune");
      case ES -> WordSet.of("no", "sin", "ningun", "ninguna");
    };
  }

  /**
   * The nouns written in {@code lang} for a post of care a public health service keeps, which no
   * {@link #establishments} word names: a dispensary, "le dispensaire", "la posta", "el consultorio". Folded.
   */
  static Set<String> carePosts(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("dispensary", "dispensaries");
      case FR -> WordSet.of("dispensaire", "dispensaires");
      case ES -> WordSet.of("dispensario", "dispensarios", "posta", "postas", "consultorio", "consultorios");
    };
  }

  /**
   * The head nouns written in {@code lang} that, with the word of health ({@link #health}) right after
   * them (past "de" in French and Spanish) or right before them in English, name a post of care: a
   * health post or centre, "un centre de santé", "un puesto de salud". Alone they name any centre. Folded.
   */
  static Set<String> careHeads(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("post", "posts", "centre", "centres", "center", "centers", "unit", "units");
      case FR -> WordSet.of("centre", "centres", "poste", "postes", "maison", "maisons");
      case ES -> WordSet.of("centro", "centros", "puesto", "puestos", "unidad", "unidades");
    };
  }

  /** The word written in {@code lang} for health, which names a post of care beside a head noun of {@link #carePosts}. */
  static String health(Lang lang) {
    return switch (lang) {
      case EN -> "health";
      case FR -> "sante";
      case ES -> "salud";
    };
  }

  /**
   * The adjectives and nouns written in {@code lang} that mark a school or a post of care as one the
   * state keeps for places far from a city, beyond {@link #scope} and {@link #divisions}: "rural",
   * "remote"; "rural", "ruraux", "village"; "rural", "rurales". Folded.
   */
  static Set<String> outlying(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rural", "remote");
      case FR -> WordSet.of("rural", "rurale", "ruraux", "rurales", "village", "villages");
      case ES -> WordSet.of("rural", "rurales", "remoto", "remota", "remotos", "remotas");
    };
  }

  /**
   * The nouns written in {@code lang} for the water a public network supplies to homes: "water", "tap
   * water"; "eau"; "agua". Told cut again and again in a neighbourhood ({@link QuestionCompiler#cutOff}),
   * it is the supply the state runs failing those it serves. Folded.
   */
  static Set<String> supply(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("water");
      case FR -> WordSet.of("eau");
      case ES -> WordSet.of("agua");
    };
  }

  /**
   * The words written in {@code lang} for a supply cut off: "cut", "cuts", "shut off"; "coupée",
   * "coupures"; "cortan", "cortes". Folded.
   */
  static Set<String> cutting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cut", "cuts", "cutoff", "cutoffs", "outage", "outages", "rationed", "rationing");
      case FR -> WordSet.of("coupe", "coupee", "coupees", "coupent", "coupure", "coupures", "rationnee", "rationnement");
      case ES -> WordSet.of("corta", "cortan", "corte", "cortes", "cortaron", "cortada", "cortado", "racionan",
          "racionamiento");
    };
  }

  /**
   * The nouns written in {@code lang} for the part of a town where its people live together: a
   * neighbourhood, a district; "quartier", "cité"; "colonia", "barrio", "vereda". A supply cut there is
   * cut for all its people, not in one's own flat. Folded.
   */
  static Set<String> neighbourhoods(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "district", "districts",
          "township", "townships", "village", "villages", "town");
      case FR -> WordSet.of("quartier", "quartiers", "cite", "cites", "village", "villages", "commune", "ville");
      case ES -> WordSet.of("colonia", "colonias", "barrio", "barrios", "vereda", "veredas", "pueblo", "comunidad",
          "municipio", "ciudad");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for the places inside an office that a visitor is sent
   * between: a desk, a window, a counter, an office, a department; "guichet", "bureau", "service";
   * "ventanilla", "oficina", "módulo", "departamento", "mostrador". Told in the frame of a runaround
   * ("from one desk to another", "d'un bureau à l'autre", "de ventanilla en ventanilla"), they are a
   * service failing its user; only a public body named beside the frame makes it the public service's
   * ({@link QuestionCompiler#sentAround}), as a bank's or a shop's counters are the same shape.
   */
  static Set<String> desks(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("desk", "desks", "window", "windows", "counter", "counters", "office", "offices",
          "department", "departments");
      case FR -> WordSet.of("guichet", "guichets", "bureau", "bureaux", "service", "services");
      case ES -> WordSet.of("ventanilla", "ventanillas", "oficina", "oficinas", "modulo", "modulos", "departamento",
          "departamentos", "mostrador", "mostradores", "dependencia", "dependencias");
    };
  }

  /**
   * The words written in {@code lang} (folded) that close a runaround's frame after "one" and a place
   * ({@link #desks}): "another", "next", "other"; "autre"; "otro", "otra", "siguiente".
   */
  static Set<String> onwards(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("another", "next", "other");
      case FR -> WordSet.of("autre", "suivant");
      case ES -> WordSet.of("otro", "otra", "siguiente");
    };
  }

  /**
   * The words written in {@code lang} (folded; phrases of two words joined by a space) that tell a
   * procedure's burden on those who go through it eased: done faster, online, remotely, by a unit
   * that travels to them, at a single window, a kiosk or self-service, or once ("faster", "online", "one stop", "once"; "plus
   * vite", "en ligne", "à distance", "itinérants", "guichet unique", "une fois"; "más rápido", "en
   * línea", "a distancia", "móviles", "ventanilla única", "una vez"); its burden laid again is {@link
   * #repeating}'s, the forms lost {@link #losing}'s. Beside a paper or a procedure of the
   * public-services theme, with no owner of one's own or private life, they ask how the state's
   * procedure serves its people ({@link QuestionCompiler#eased}); alone they are anyone's (a faster train).
   */
  static Set<String> easing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("faster", "quicker", "quickly", "sooner", "online", "remotely", "remote", "mobile", "single",
          "one stop", "once", "simpler", "simplify", "simplified", "simplifying", "easier", "kiosk", "kiosks",
          "self service");
      case FR -> WordSet.of("vite", "rapidement", "rapide", "rapides", "en ligne", "distance", "mobile", "mobiles",
          "itinerant", "itinerants", "itinerante", "itinerantes", "unique", "seul", "une fois", "simplifier",
          "simplifie", "simplifiee", "simplifies", "simplifiees", "deplacer", "borne", "bornes", "libre service");
      case ES -> WordSet.of("rapido", "rapida", "rapidos", "rapidas", "rapidamente", "en linea", "distancia", "movil",
          "moviles", "itinerante", "itinerantes", "unica", "unico", "sola", "una vez", "simplificar", "simplificado",
          "simplificados", "simplificada", "simplificadas", "quiosco", "quioscos", "autoservicio");
    };
  }

  /**
   * The words written in {@code lang} (folded; phrases of two words joined by a space) that tell a
   * procedure's burden laid on its users again: the same papers asked again, the trips made twice
   * ("same", "again", "twice", "trips"; "mêmes", "allers", "redemander"; "mismos", "otra vez",
   * "veces"). Repetition tells a burden only of a paper asked again or a procedure done again, never of
   * an establishment or a place (the same schools, les mêmes hôpitaux, las mismas bibliotecas are
   * anyone's), so {@link QuestionCompiler#eased} reads them only beside a thing of the theme that is
   * none of {@link #establishments} or {@link #carePosts}.
   */
  static Set<String> repeating(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("same", "again", "twice", "trips", "visits");
      case FR -> WordSet.of("memes", "allers", "redemander", "redemandent", "deplacements");
      case ES -> WordSet.of("mismos", "mismas", "otra vez", "veces");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a long way gone to reach a counter: verbs of travelling
   * it ("travel", "ride", "walk"; "parcourir", "voyager"; "viajar", "recorrer"). A procedure's burden as
   * much as trips made again ({@link #repeating}): beside a paper of the public-services theme, with no owner of one's own or
   * private life, the distance its users cover is how far the state's counter stands from them ({@link
   * QuestionCompiler#eased}); told only of a thing that is no establishment, as repetition is: a trip to
   * a school or a hospital is anyone's. No verb of driving ("driving licence" is a paper's name), no
   * word of nearness or of a trip taken for pleasure, and no unit of length: a distance counted is as
   * often a vehicle's mileage or a run's as a way gone to a counter.
   */
  static Set<String> journeys(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("travel", "travels", "travelled", "traveled", "travelling", "traveling", "ride", "rides",
          "riding", "walk", "walks", "walking", "journey", "journeys", "trek", "treks", "visit", "visiting");
      case FR -> WordSet.of("parcourir", "parcourent", "parcourt", "voyager", "voyagent", "marcher", "marchent", "trajet",
          "trajets", "visiter");
      case ES -> WordSet.of("viajar", "viajan", "viaja", "recorrer", "recorren", "caminar", "caminan", "trasladarse",
          "desplazarse", "visitar");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of a thing lost: "lose", "losing", "lost"; "perd",
   * "perdu"; "pierde", "perdió". Told of the papers a public office holds, with an office of public power
   * named as the one that loses them, they are a procedure's burden laid on its users again ({@link
   * QuestionCompiler#eased}); one's own licence lost is an errand. Verbs only, no adjective agreed with
   * a noun ("des gens perdus", "estamos perdidos" are lost themselves).
   */
  static Set<String> losing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("lose", "loses", "losing", "lost");
      case FR -> WordSet.of("perd", "perdent", "perdu", "perdait", "perdaient");
      case ES -> WordSet.of("pierde", "pierden", "perdio", "perdieron", "perdido", "perdia", "perdian");
    };
  }

  /**
   * The words written in {@code lang} (folded) for a channel a procedure is done through at a distance:
   * a phone, a text message, a messaging app ("phone", "sms", "whatsapp"; "téléphone", "portable";
   * "teléfono", "celular"). Read as easing a procedure ({@link QuestionCompiler#eased}) only after a
   * preposition of means ({@link #throughMeans}: "by phone", "par sms", "desde el celular"): the phone
   * number of an office asked alone is one's next step.
   */
  static Set<String> channels(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("phone", "phones", "telephone", "sms", "text", "texts", "whatsapp", "app", "apps", "cellphone");
      case FR -> WordSet.of("telephone", "telephones", "portable", "sms", "texto", "whatsapp", "application", "appli");
      case ES -> WordSet.of("telefono", "telefonos", "celular", "celulares", "sms", "whatsapp", "aplicacion", "app",
          "mensaje", "mensajes");
    };
  }

  /**
   * The prepositions written in {@code lang} (folded) that name the means a thing is done through: "by",
   * "via", "over", "through", "from"; "par", "via", "depuis"; "por", "via", "desde", "mediante". Before a
   * channel of {@link #channels}, articles and possessives between, they tell the procedure done
   * through it.
   */
  static Set<String> throughMeans(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("by", "via", "over", "through", "from");
      case FR -> WordSet.of("par", "via", "depuis");
      case ES -> WordSet.of("por", "via", "desde", "mediante");
    };
  }

  /**
   * The words written in {@code lang} (folded) that lead to a channel as what a thing is sent to, kept on
   * or paid with, besides the prepositions of means ({@link #throughMeans}): "on", "to", "with", a verb of
   * sending; "sur", "au", "avec", "envoyer"; "al", "en", "con", "mandar". Before a channel ({@link
   * #channels}), articles and possessives between, they tell a public paper or benefit got through it
   * ({@link QuestionCompiler#obtained}): "the allowance straight to their phones", "sur son téléphone",
   * "mandando un mensaje".
   */
  static Set<String> channelLeads(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("on", "to", "with", "send", "sends", "sending", "sent");
      case FR -> WordSet.of("sur", "au", "avec", "envoyer", "envoyant", "envoie", "envoient");
      case ES -> WordSet.of("al", "en", "con", "mandar", "mandando", "enviar", "enviando", "manda", "mandan");
    };
  }

  /**
   * The phrases of two words written in {@code lang} (folded, joined by a space) for money kept and paid
   * on a phone: "mobile money", "mobile wallet"; "mobile money", "argent mobile", "paiement mobile";
   * "dinero móvil", "billetera móvil", "pago móvil". A channel wherever it stands: a public benefit paid
   * through it is paid where no bank is ({@link QuestionCompiler#obtained}); money sent to one's kin
   * through it names no benefit.
   */
  static Set<String> mobileMoney(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("mobile money", "mobile wallet", "mobile wallets", "mobile payments");
      case FR -> WordSet.of("mobile money", "argent mobile", "paiement mobile", "paiements mobiles", "porte monnaie");
      case ES -> WordSet.of("dinero movil", "billetera movil", "billeteras moviles", "pago movil", "pagos moviles",
          "monedero movil");
    };
  }

  /**
   * The words written in {@code lang} (folded; phrases of two words joined by a space) for a program that
   * answers people's requests on its own, in writing or by voice: a chatbot, a virtual assistant;
   * "chatbot", "agent conversationnel", "assistant virtuel"; "chatbot", "asistente virtual". A channel
   * wherever it stands, as money kept on a phone is ({@link #mobileMoney}): a public procedure answered
   * through it is served at a distance ({@link QuestionCompiler#obtained}); a shop's own chatbot names
   * no public thing.
   */
  static Set<String> assistants(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("chatbot", "chatbots", "chat bot", "chat bots", "virtual assistant", "virtual assistants",
          "virtual agent", "virtual agents", "conversational agent", "conversational agents");
      case FR -> WordSet.of("chatbot", "chatbots", "agent conversationnel", "agents conversationnels", "assistant virtuel",
          "assistants virtuels", "robot conversationnel", "robots conversationnels");
      case ES -> WordSet.of("chatbot", "chatbots", "asistente virtual", "asistentes virtuales", "agente virtual",
          "agentes virtuales", "agente conversacional", "agentes conversacionales");
    };
  }

  /**
   * The words written in {@code lang} (folded) that count the times a thing is done: "once"; "fois";
   * "vez". After a word of {@link #onlyTimes} at most three words before it ("only once", "une seule
   * fois", "ne ... qu'une fois", "una sola vez"), a paper given a single time: the burden of giving it
   * again lifted ({@link QuestionCompiler#obtained}); alone they are anyone's ("once the form is in").
   */
  static Set<String> times(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("once");
      case FR -> WordSet.of("fois");
      case ES -> WordSet.of("vez");
    };
  }

  /**
   * The words written in {@code lang} (folded) that restrict a count of times to one: "only", "just";
   * "seule", "ne" (of "ne ... qu'une fois"); "sola", "solo", "única" ({@link #times}).
   */
  static Set<String> onlyTimes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("only", "just");
      case FR -> WordSet.of("seule", "ne");
      case ES -> WordSet.of("sola", "solo", "unica");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for the papers a public counter issues its people or takes
   * from them, in plain talk: a certificate, a form, a deed, one's papers; "certificat", "extrait",
   * "attestation", "formulaire", "papiers"; "certificado", "constancia", "formulario", "papeles", "cédula".
   * Anyone's as often (a gift certificate, a club's form): told with the trips, the distance or the queue
   * that getting them costs, or with a channel they are got through ({@link QuestionCompiler#obtained}),
   * where no owner of one's own or private life is named, they are the state's papers.
   */
  static Set<String> issuedPapers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("certificate", "certificates", "form", "forms", "deed", "deeds", "papers");
      case FR -> WordSet.of("certificat", "certificats", "extrait", "extraits", "attestation", "attestations",
          "formulaire", "formulaires", "papier", "papiers", "justificatif", "justificatifs", "justificatives");
      case ES -> WordSet.of("certificado", "certificados", "constancia", "constancias", "formulario", "formularios",
          "papeles", "cedula", "cedulas");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for the events a civil registry records: a birth, a
   * marriage, a death; "naissance", "mariage", "décès"; "nacimiento", "matrimonio", "defunción". After a
   * verb of registering them ({@link #registering}) they are a public procedure's thing ({@link
   * QuestionCompiler#obtained}); a birth announced to friends is none.
   */
  static Set<String> civilEvents(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("birth", "births", "marriage", "marriages", "death", "deaths");
      case FR -> WordSet.of("naissance", "naissances", "mariage", "mariages", "deces");
      case ES -> WordSet.of("nacimiento", "nacimientos", "matrimonio", "matrimonios", "defuncion", "defunciones");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for the paper a civil event is recorded in: a record, a
   * certificate, a registration; "acte", "extrait", "certificat"; "acta", "partida", "certificado". Joined
   * to the event ("a birth record", "a certificate of marriage", "l'acte de naissance", "la partida de
   * defunción") they name a paper only a civil registry keeps ({@link QuestionCompiler#obtained}).
   */
  static Set<String> civilRecords(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("record", "records", "certificate", "certificates", "registration", "registrations");
      case FR -> WordSet.of("acte", "actes", "extrait", "extraits", "certificat", "certificats", "declaration");
      case ES -> WordSet.of("acta", "actas", "partida", "partidas", "certificado", "certificados", "constancia",
          "inscripcion", "registro");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of registering a civil event with the state: "register",
   * "declare"; "déclarer", "enregistrer", "inscrire"; "inscribir", "registrar", "declarar" ({@link
   * #civilEvents}).
   */
  static Set<String> registering(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("register", "registers", "registering", "registered", "declare", "declaring", "declared");
      case FR -> WordSet.of("declarer", "declare", "declarent", "enregistrer", "enregistre", "inscrire", "inscrit");
      case ES -> WordSet.of("inscribir", "inscribe", "inscriben", "registrar", "registra", "registran", "declarar",
          "declara", "declaran");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for money the state pays its people regularly, besides
   * benefits in general ({@link #benefitWords}): a pension, cash transfers, grants; "pension", "transferts";
   * "pensión", "transferencias", "bonos". A firm's pension, a research grant, bonds or a guest house ("la
   * pensión del pueblo") as often: read only beside the people who claim them or a counter of public power
   * ({@link QuestionCompiler#obtained}).
   */
  static Set<String> pensions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("pension", "pensions", "transfers", "grants");
      case FR -> WordSet.of("pension", "pensions", "transferts");
      case ES -> WordSet.of("pension", "pensiones", "transferencias", "bonos");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) of the times a place is gone to: "times", "visits",
   * "trips"; "fois", "visites", "allers"; "veces", "visitas", "viajes", "vueltas". After a count or a word
   * taking each one ({@link #eachOne}: "four times", "chaque fois", "cada vez"), they tell the trips a
   * public paper costs its people ({@link QuestionCompiler#obtained}).
   */
  static Set<String> timesGone(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("times", "time", "visits", "trips");
      case FR -> WordSet.of("fois", "visites", "allers", "voyages");
      case ES -> WordSet.of("veces", "vez", "visitas", "viajes", "vueltas");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) of a long way measured: kilometres, miles, hours;
   * "kilomètres", "heures"; "kilómetros", "horas". After a count, an indefinite plural ("des heures") or
   * a verb of travelling ({@link #journeys}: "recorren kilómetros"), beside a public paper, they tell how
   * far its counter stands from its people ({@link QuestionCompiler#obtained}); alone they are a run's or
   * a car's.
   */
  static Set<String> distances(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("kilometres", "kilometers", "km", "miles", "hours");
      case FR -> WordSet.of("kilometres", "km", "heures");
      case ES -> WordSet.of("kilometros", "km", "horas", "leguas");
    };
  }

  /**
   * The plural determiners written in {@code lang} (folded) that count a measure with no number: "des
   * heures", "unas horas". Read before a word of {@link #distances}.
   */
  static Set<String> somePlural(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("hours", "many");
      case FR -> WordSet.of("des", "plusieurs");
      case ES -> WordSet.of("unas", "unos", "muchas", "muchos");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a phone line an office or an establishment is reached
   * on: "line", "phone", "switchboard", "number"; "ligne", "standard", "téléphone", "numéro"; "línea",
   * "teléfono", "centralita", "número". Told unreachable ({@link #unreachable}), or one for every
   * question ({@link #onlyOne}), they are how a public service answers its people ({@link
   * QuestionCompiler#obtained}).
   */
  static Set<String> phoneLines(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("line", "lines", "phone", "phones", "telephone", "switchboard", "hotline", "number");
      case FR -> WordSet.of("ligne", "lignes", "standard", "telephone", "numero", "telephonique", "telephoniques");
      case ES -> WordSet.of("linea", "lineas", "telefono", "telefonos", "centralita", "conmutador", "numero",
          "telefonica", "telefonicas", "telefonico", "telefonicos");
    };
  }

  /**
   * The words written in {@code lang} (folded) telling a line that cannot be got through: busy,
   * saturated; "saturé", "occupé", "injoignable"; "ocupado", "saturado". Beside a line of {@link
   * #phoneLines}, as are the verbs of answering it ({@link #answeringLines}) after a denial.
   */
  static Set<String> unreachable(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("busy", "engaged", "saturated", "overloaded", "unreachable", "jammed", "unanswered");
      case FR -> WordSet.of("sature", "saturee", "satures", "saturees", "occupe", "occupee", "injoignable",
          "injoignables");
      case ES -> WordSet.of("ocupado", "ocupada", "ocupados", "ocupadas", "saturado", "saturada", "saturados",
          "saturadas");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of answering or reaching a line: "answer", "reach", "pick
   * up"; "répondre", "joindre", "décrocher"; "contestar", "responder", "atender". After a denial ({@link
   * #unanswering}) or a word of {@link #cannot} they tell the line unreachable ({@link #unreachable});
   * alone, asking how to reach it, they are one's next step.
   */
  static Set<String> answeringLines(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("answer", "answers", "answered", "reach", "reached", "pick", "picks");
      case FR -> WordSet.of("repond", "repondent", "joindre", "decroche", "decrochent");
      case ES -> WordSet.of("contesta", "contestan", "responde", "responden", "atiende", "atienden", "coge", "cogen");
    };
  }

  /**
   * The words written in {@code lang} (folded) that deny a thing can be done: "impossible", "cannot",
   * "unable"; "impossible"; "imposible". Read as a denial before a verb of {@link #answeringLines}.
   */
  static Set<String> cannot(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("impossible", "cannot", "unable");
      case FR -> WordSet.of("impossible", "impossibles");
      case ES -> WordSet.of("imposible", "imposibles");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a time booked with a provider: an appointment, a slot;
   * "rendez" (of "rendez-vous"), "créneau"; "cita", "turno". At an establishment of care, booked through a
   * channel ({@link QuestionCompiler#obtained}), they tell the care post's service to its patients.
   */
  static Set<String> appointments(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("appointment", "appointments", "slot", "slots");
      case FR -> WordSet.of("rendez", "creneau", "creneaux");
      case ES -> WordSet.of("cita", "citas", "turno", "turnos");
    };
  }

  /**
   * The words written in {@code lang} (folded) that make a thing the only one: "single", "one"; "unique",
   * "seul"; "único", "sola". Before or after a point of contact ({@link #contactPoints}) with a word of
   * every matter after it ({@link #everyMatter}: "one desk for every request", "un seul bureau pour
   * chaque formalité"), they tell a single point a public body answers its people at ({@link
   * QuestionCompiler#obtained}).
   */
  static Set<String> onlyOne(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("single", "one");
      case FR -> WordSet.of("unique", "seul", "seule");
      case ES -> WordSet.of("unico", "unica", "solo", "sola");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a point a public body is reached at: a number, a line,
   * a desk, a counter, a window, a place; "numéro", "ligne", "guichet", "comptoir", "endroit";
   * "número", "línea", "ventanilla", "mostrador", "lugar" ({@link #onlyOne}).
   */
  static Set<String> contactPoints(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("number", "line", "desk", "counter", "window", "place", "point", "address");
      case FR -> WordSet.of("numero", "ligne", "guichet", "comptoir", "endroit", "point", "adresse", "bureau");
      case ES -> WordSet.of("numero", "linea", "ventanilla", "mostrador", "lugar", "punto", "oficina", "direccion");
    };
  }

  /**
   * The words written in {@code lang} (folded) that take every matter of a kind: "all", "any", "every";
   * "tout", "toutes", "tous"; "todo", "todos", "cualquier" ({@link #onlyOne}).
   */
  static Set<String> everyMatter(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("all", "any", "every", "everything");
      case FR -> WordSet.of("tout", "toute", "toutes", "tous");
      case ES -> WordSet.of("todo", "toda", "todos", "todas", "cualquier");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of designing a thing or designing it anew: "design",
   * "redesign", "rethink"; "concevoir", "repenser", "refondre"; "diseñar", "rediseñar", "repensar". Told of a public procedure, paper or
   * benefit with those who use it named ({@link #using}, the people served), they ask for the procedure
   * shaped around its users ({@link QuestionCompiler#obtained}); a shop's checkout redesigned for its
   * users names no public thing.
   */
  static Set<String> redesigning(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("redesign", "redesigns", "redesigned", "redesigning", "rethink", "rethinks", "rethinking",
          "rethought", "design", "designs", "designed", "designing");
      case FR -> WordSet.of("repenser", "repense", "repensee", "repenses", "repensees", "repensent", "reconcevoir",
          "reconcu", "refondre", "refonte", "refondu", "refondue", "concevoir", "concu", "concue", "concus", "concues");
      case ES -> WordSet.of("redisenar", "redisena", "redisenan", "rediseno", "redisenado", "redisenada", "redisenados",
          "redisenadas", "repensar", "repiensa", "repiensan", "repensado", "repensada", "repensados", "repensadas",
          "disenar", "disena", "disenan", "disenado", "disenada", "disenados", "disenadas");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of using a thing: "use", "uses", "using"; "utilise",
   * "utilisent"; "usan", "utilizan". Beside a thing redesigned they name its users ("those who use it",
   * "quienes los usan"), read with {@link #redesigning}.
   */
  static Set<String> using(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("use", "uses", "using", "used");
      case FR -> WordSet.of("utilise", "utilisent", "utiliser", "emprunte", "empruntent");
      case ES -> WordSet.of("usa", "usan", "utiliza", "utilizan", "usar", "utilizar");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a procedure in plain talk: a procedure, an
   * application, a process, an enrolment; "procédure", "démarche", "inscription", "demandes" (in the plural only: the singular, folded,
   * is also a verb's, "qu'on les demande", "j'ai demandé"); "procedimiento", "trámite", "solicitud",
   * "matrícula". A firm's as
   * often: read as a public one only where a public body is named beside it ({@link
   * QuestionCompiler#obtained}).
   */
  static Set<String> procedures(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("procedure", "procedures", "application", "applications", "process", "processes",
          "enrolment", "enrolments", "enrollment", "enrollments");
      case FR -> WordSet.of("procedure", "procedures", "demarche", "demarches", "demandes", "inscription",
          "inscriptions");
      case ES -> WordSet.of("procedimiento", "procedimientos", "tramite", "tramites", "solicitud", "solicitudes",
          "inscripcion", "inscripciones", "matricula", "matriculas");
    };
  }

  /**
   * The phrases of two words written in {@code lang} (folded, joined by a space) for a service given face
   * to face: "in person"; "en personne"; "en persona". One of the ways a public service is reached,
   * counted with its channels ({@link #channels}), the internet ({@link #online}) and its counters ({@link
   * #desks}) by {@link QuestionCompiler#obtained}.
   */
  static Set<String> inPerson(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("in person", "face to");
      case FR -> WordSet.of("en personne", "sur place");
      case ES -> WordSet.of("en persona", "presencial");
    };
  }

  /**
   * The words written in {@code lang} (folded) that count a plural as more than one without a number:
   * "several", "many", "multiple", "various"; "plusieurs", "nombreux", "divers"; "varios", "varias",
   * "muchos", "diversos". A closed class of the grammar: with a number from two up, written in digits
   * or words ({@link QuestionCompiler#counted}), they tell places counted in a runaround's frame.
   */
  static Set<String> several(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("several", "many", "multiple", "various", "numerous");
      case FR -> WordSet.of("plusieurs", "nombreux", "nombreuses", "divers", "diverses", "multiples");
      case ES -> WordSet.of("varios", "varias", "muchos", "muchas", "diversos", "diversas", "multiples", "numerosos",
          "numerosas");
    };
  }

  /**
   * The prepositions written in {@code lang} (folded) of a way gone to or through: "to", "through",
   * "between", "across"; "à", "dans", "par", "entre", "vers"; "a", "por", "entre", "hacia". Right before
   * places of an office counted as several ({@link #several}), they tell the user going round them ({@link
   * QuestionCompiler#sentAround}); places counted after "at", "has" or "in" are where an office is.
   */
  static Set<String> goingTo(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("to", "through", "between", "across", "around");
      case FR -> WordSet.of("a", "dans", "par", "entre", "vers");
      case ES -> WordSet.of("a", "por", "entre", "hacia");
    };
  }

  /**
   * The adjectives written in {@code lang} (folded) that tell things apart from each other: "different",
   * "separate", "distinct"; "différents", "distincts"; "distintas", "diferentes". Beside places of an
   * office counted as several, they tell a procedure split among them ({@link QuestionCompiler#sentAround}).
   */
  static Set<String> distinct(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("different", "separate", "distinct");
      case FR -> WordSet.of("differents", "differentes", "distincts", "distinctes", "separes", "separees");
      case ES -> WordSet.of("distintos", "distintas", "diferentes", "separados", "separadas");
    };
  }

  /** The words written in {@code lang} (folded) for "one" that opens a runaround's frame: "one"; "un", "une"; "un", "una". */
  static Set<String> oneOf(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("one");
      case FR -> WordSet.of("un", "une");
      case ES -> WordSet.of("un", "una", "uno");
    };
  }

  /**
   * The nouns written in {@code lang} for the body that runs a town's water network: the utility, the
   * water board; "la régie"; "el organismo operador", "el acueducto", "la junta de agua". Named beside
   * the water cut again and again in a neighbourhood, it is the service that fails ({@link
   * QuestionCompiler#cutOff}); a pool, a gym or a garden names none. Folded.
   */
  static Set<String> waterBodies(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("utility", "utilities", "board");
      case FR -> WordSet.of("regie", "regies");
      case ES -> WordSet.of("organismo", "acueducto", "acueductos", "junta");
    };
  }

  /**
   * The words written in {@code lang} that tell a thing happening again and again: "every", "daily",
   * "each"; "chaque", "par" (three days a week), "tous"; "todos", "cada", "diario". A supply cut told so
   * is a service failing, where one cut announced is a resident's errand. Folded.
   */
  static Set<String> recurring(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("every", "each", "daily", "weekly", "always", "constantly", "repeatedly");
      case FR -> WordSet.of("chaque", "tous", "toutes", "par", "quotidiennement", "constamment", "regulierement");
      case ES -> WordSet.of("todos", "todas", "cada", "diario", "diariamente", "constantemente", "seguido");
    };
  }

  /**
   * The nouns written in {@code lang} for a rise in pay: "raise", "increase"; "augmentation", "hausse";
   * "aumento", "subida". Named beside a word of {@link #selves} with a holder of public office as the
   * subject, a rise the holders give themselves is public money ({@link PublicMoney}); a raise one's
   * boss gives, or a rise in prices, is none.
   */
  static Set<String> raises(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("raise", "raises", "increase", "increases", "rise", "rises");
      case FR -> WordSet.of("augmentation", "augmentations", "hausse", "hausses", "revalorisation");
      case ES -> WordSet.of("aumento", "aumentos", "subida", "subidas", "incremento", "incrementos");
    };
  }

  /**
   * The verbs written in {@code lang} that raise an amount, in the forms a third person, a participle
   * or an infinitive takes: "raised", "increased"; "relevé", "augmenté"; "subieron", "aumentar". Only
   * beside the pay they raise do they tell a rise in pay ({@link PublicMoney}: holders raising their
   * pay); alone they raise anything (data uploaded, a flag, a wall).
   */
  static Set<String> raising(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("raise", "raised", "raising", "increase", "increased", "increasing");
      case FR -> WordSet.of("augmenter", "augmente", "augmentent", "augmentes", "relever", "releve", "relevent",
          "releves", "revaloriser", "revalorise", "revalorisent");
      case ES -> WordSet.of("aumentar", "aumenta", "aumentan", "aumentaron", "aumentado", "subir", "sube", "suben",
          "subio", "subieron", "subido", "incrementar", "incrementa", "incrementan", "incrementaron",
          "incrementado");
    };
  }

  /**
   * The words written in {@code lang} by which the subject acts on itself or its own: the reflexive
   * pronouns of the third person ("themselves", "himself", "herself"; "se" and its elided "s"; "se")
   * and the adjectives of {@link #own} ("own", "propre", "propio"). A holder of public office raising
   * the pay named beside one raises his own ({@link PublicMoney}).
   */
  static Set<String> selves(Lang lang) {
    return union(own(lang), switch (lang) {
      case EN -> WordSet.of("themselves", "himself", "herself");
      case FR -> WordSet.of("se", "s");
      case ES -> WordSet.of("se");
    });
  }

  /**
   * The prepositions written in {@code lang} of what a thing is given in exchange for: "for", "pour",
   * "por". A public body receiving an amount for a thing sells it ("what the state receives for the
   * timber"): that is the thing's revenue, not money moved between public bodies ({@link PublicMoney}).
   */
  static Set<String> exchange(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("for");
      case FR -> WordSet.of("pour");
      case ES -> WordSet.of("por");
    };
  }

  /**
   * The words written in {@code lang} by which a question asks an amount: "much" (of "how much",
   * "too much"), "combien", "cuánto". A holder of public office paid ({@link #earning}) is public
   * money where the question asks the amount or names the pay ({@link #wages}, {@link PublicMoney});
   * a holder who takes a thing named otherwise (a commission, an envelope, a bribe) takes no wage:
   * that is public integrity.
   */
  static Set<String> amounts(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("much");
      case FR -> WordSet.of("combien");
      case ES -> WordSet.of("cuanto", "cuanta", "cuantos", "cuantas");
    };
  }

  /**
   * The nouns written in {@code lang} for the taxes every resident pays the state, told as a whole in
   * the plural: "taxes", "impôts", "impuestos" (a tax in the singular is as often a line of a receipt). Where a question asks where they go or what they serve ({@link #going}, {@link
   * #whither}), it asks the use of public money whoever pays them ({@link PublicMoney}: "where do our
   * taxes go", "à quoi servent nos impôts"); paying or filing them is one's own business, and a
   * named levy (a tourist tax, a toll) asked as its rate is a price.
   */
  static Set<String> taxes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("taxes");
      case FR -> WordSet.of("impots");
      case ES -> WordSet.of("impuestos", "tributos");
    };
  }

  /**
   * The adverbs written in {@code lang} that make a verb of {@link #going} tell a rise or a fall, not
   * where a thing goes: "up", "down" ("taxes go up"). French and Spanish tell it with a verb after
   * ("vont augmenter", "van a subir"), which {@link PublicMoney} reads as no use asked.
   */
  static Set<String> directions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("up", "down");
      case FR, ES -> WordSet.of();
    };
  }

  /**
   * The verbs written in {@code lang}, in the forms a person or a participle takes, by which taxes are
   * paid: "pay", "paid"; "payons", "payé"; "pagamos", "pagado". A clause of one of them after the
   * taxes, with at most the people as a whole ({@link #thePeople}) and a time phrase ({@link #dates})
   * beside it, names who pays them ({@link PublicMoney}: "the taxes we pay", "the taxes residents pay
   * every year", "les impôts que nous payons servent à quoi"); a clause naming what they are paid on or
   * where is a setting.
   */
  static Set<String> paying(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("pay", "pays", "paid");
      case FR -> WordSet.of("paie", "paies", "paient", "paye", "payes", "payent", "payons", "payez", "payee", "payees");
      case ES -> WordSet.of("pago", "pagas", "paga", "pagamos", "pagan", "pague", "pagaron", "pagado", "pagados");
    };
  }

  /**
   * The words written in {@code lang} of a time phrase a clause may end on: a unit of the calendar and
   * the words that place it or repeat it ("last year", "this month", "every year", "l'an dernier",
   * "cette année", "chaque mois", "el año pasado", "este mes", "cada año"). After the verb of taxes
   * asked where they go, or after the verb of the clause that says who pays them, they say when, not
   * where or on what ({@link PublicMoney}); a year typed in digits is read as one.
   */
  static Set<String> dates(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("year", "years", "month", "months", "week", "weeks", "decade", "today", "yesterday", "last",
          "past", "this", "ago", "lately", "recently", "every", "each");
      case FR -> WordSet.of("an", "ans", "annee", "annees", "mois", "semaine", "semaines", "decennie", "dernier",
          "derniere", "derniers", "dernieres", "passe", "passee", "cette", "ce", "recemment", "chaque");
      case ES -> WordSet.of("ano", "anos", "mes", "meses", "semana", "semanas", "decada", "pasado", "pasada", "ultimo",
          "ultima", "ultimos", "este", "esta", "recientemente", "cada");
    };
  }

  /**
   * The conjunctions written in {@code lang} that put a condition or a time on a clause: "if",
   * "when"; "si", "quand", "lorsque"; "si", "cuando". Taxes asked where they go under one's own
   * condition ("if I work abroad", "quand on est frontalier") ask where one owes them, not their
   * use ({@link PublicMoney}).
   */
  static Set<String> conditions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("if", "when");
      case FR -> WordSet.of("si", "quand", "lorsque", "lorsqu");
      case ES -> WordSet.of("si", "cuando");
    };
  }

  /**
   * The nouns written in {@code lang} for games, whose worlds have taxes, treasuries, budgets and
   * resources of their own: "game", "jeu", "juego" ({@link PublicMoney}: taxes asked in a game are its
   * rules), and the one-word titles of the games of gathering and building whose worlds are mined and
   * farmed ({@link #gameTitles}), which a player names instead of the game.
   */
  static Set<String> games(Lang lang) {
    return union(gameTitles(), gameNouns(lang), switch (lang) {
      case EN -> WordSet.of("videogame", "videogames", "boardgame", "gamer", "gamers", "gameplay");
      case FR -> WordSet.of("gamer", "gamers");
      case ES -> WordSet.of("videojuego", "videojuegos", "gamer", "gamers");
    });
  }

  /**
   * The bare nouns of {@link #games} written in {@code lang}: "game", "jeu", "juego" and their plurals.
   * Unlike a title or a video game, they are said of conduct as often as of play: a game of blame or
   * of politics, a double game, playing someone's game. Told of holders of public office, or beside a
   * word of public life, they name no game played ({@code QuestionCompiler.pursued}).
   */
  static Set<String> gameNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("game", "games");
      case FR -> WordSet.of("jeu", "jeux");
      case ES -> WordSet.of("juego", "juegos");
    };
  }

  /**
   * The one-word titles (folded, as typed) of the games of gathering and building, alike in every
   * language: their worlds hold ores, wood, gold and "natural resources" to be mined, farmed and
   * crafted. Not a title that is also a word of a language ("Civilization", "Anno"): it would read
   * a people's history as a game (nor "Satisfactory", "Anno").
   */
  static Set<String> gameTitles() {
    return WordSet.of("minecraft", "terraria", "factorio", "fortnite", "roblox", "rimworld", "valheim", "stardew",
        "subnautica", "catan");
  }

  /**
   * The verbs written in {@code lang}, in the forms a third person or a participle takes, by which
   * money goes to a use or is used: go, serve, use, spend ("where do our taxes go", "à quoi servent
   * nos impôts", "en qué se usan los impuestos"), and the past the same verbs take (a participle after
   * "ont" or "sont", a Spanish preterite). Not paying, filing or declaring, which the payer does
   * ({@link PublicMoney}). Not Spanish "fueron", as often "were" as "went": it is read only after a
   * word asking where ({@link #goneWhere}).
   */
  static Set<String> going(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("go", "goes", "went", "gone", "going", "used", "spent", "allocated");
      case FR -> WordSet.of("va", "vont", "allait", "allaient", "alles", "passe", "passent", "passes", "sert", "servent",
          "servait", "servaient", "servi", "utilise", "utilises", "utilisee", "utilisees", "depense", "depenses",
          "depensee", "depensees", "employes", "affectes", "destine", "destines", "destinee", "destinees");
      case ES -> WordSet.of("va", "van", "iba", "iban", "sirve", "sirven", "servian", "sirvieron", "usa", "usan", "usaron",
          "usado", "usados", "utiliza", "utilizan", "utilizaron", "utilizados", "gasta", "gastan", "gastaron",
          "gastados", "destina", "destinan", "destinaron", "destinado", "destinada", "destinados", "destinadas", "emplea", "emplean", "invierte", "invierten",
          "invirtieron");
    };
  }

  /**
   * The verbs written in {@code lang} that tell money going only where the question asks where it went
   * ({@link #whereTo}): Spanish "fueron", as often "were" as "went" ("a dónde fueron nuestros
   * impuestos" asks their use, "cómo fueron los impuestos este año" how high they were); and the verbs
   * of ending up somewhere, which tell where money landed only after such a word ("where the road money
   * ended up", "où atterrit l'argent public", "dónde terminan los impuestos"; "the year ended", "la
   * obra termina en mayo" tell nothing of it). English and French past forms of going tell nothing
   * else and are in {@link #going}.
   */
  static Set<String> goneWhere(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("end", "ends", "ended");
      case FR -> WordSet.of("atterrit", "atterrissent", "aboutit", "aboutissent", "finit", "finissent");
      case ES -> WordSet.of("fueron", "termina", "terminan", "termino", "terminaron", "acaba", "acaban", "acabo",
          "acabaron");
    };
  }

  /**
   * The words of {@link #whither} written in {@code lang} that ask a place: "where"; "où"; "dónde",
   * "adónde". A verb of {@link #goneWhere} after one of them asks where money went.
   */
  static Set<String> whereTo(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("where");
      case FR -> WordSet.of("ou");
      case ES -> WordSet.of("donde", "adonde");
    };
  }

  /**
   * The verbs written in {@code lang} by which a question asks what became of a thing: "happen" ("what
   * happens to"), "devenir" ("que deviennent"), "pasar" and "suceder" ("qué pasó con"), in the forms a
   * third person or a participle takes. Asked of taxes the people pay, named by an article or a
   * possessive that is not the asker's alone, they ask the taxes' use as a verb of going does
   * ({@link PublicMoney}); one's own taxes asked so are one's return ("what happened to my taxes").
   */
  static Set<String> befalling(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("happen", "happens", "happened");
      case FR -> WordSet.of("devient", "deviennent", "devenu", "devenue", "devenus", "devenues");
      case ES -> WordSet.of("pasa", "paso", "sucede", "sucedio", "ocurre", "ocurrio");
    };
  }

  /**
   * The words written in {@code lang} that ask what a thing is or became: "what"; "que", "qu"
   * (elided); "que" ("qué", folded). Before a verb of {@link #befalling} they ask what became of it.
   */
  static Set<String> what(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("what");
      case FR -> WordSet.of("que", "qu");
      case ES -> WordSet.of("que");
    };
  }

  /**
   * The words written in {@code lang} by which a question asks where a thing goes, what it serves or
   * how it is used: "where", "what", "how"; "où", "quoi", "comment"; "dónde", "adónde", "qué",
   * "cómo" ({@link PublicMoney}: the use of the taxes asked, not their rate or their payment).
   */
  static Set<String> whither(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("where", "what", "how");
      case FR -> WordSet.of("ou", "quoi", "comment");
      case ES -> WordSet.of("donde", "adonde", "que", "como");
    };
  }

  /**
   * The nouns written in {@code lang} for the pay of a post: a salary, a wage, an allowance, a bonus,
   * a pension ("salaire", "indemnité", "prime"; "sueldo", "dieta", "remuneración"). The pay of a holder
   * of public office ({@link #officeholders}) is public money ({@link PublicMoney}: "the governor's
   * salary", "le salaire du maire", "el sueldo del alcalde"); a nurse's or one's boss's is not.
   */
  static Set<String> wages(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("salary", "salaries", "wage", "wages", "pay", "allowance", "allowances", "bonus",
          "bonuses", "pension", "pensions", "stipend");
      case FR -> WordSet.of("salaire", "salaires", "indemnite", "indemnites", "remuneration", "remunerations",
          "traitement", "prime", "primes", "retraite", "retraites");
      case ES -> WordSet.of("sueldo", "sueldos", "salario", "salarios", "dieta", "dietas", "remuneracion",
          "remuneraciones", "aguinaldo", "bono", "bonos", "bonificacion", "bonificaciones", "jubilacion");
    };
  }

  /**
   * The verbs written in {@code lang}, in the forms a third person or a participle takes, for being
   * paid: earning a wage, drawing an allowance ("earn", "touchent", "perçoit", "cobran", "perciben").
   * A holder of public office ({@link #officeholders}) as their subject is paid from public money
   * ({@link PublicMoney}: "how much the ministers earn", "combien touchent les élus", "cuánto cobra
   * el alcalde"); a body as their subject is not read, since a body that "cobra" charges a price.
   * "Gagner" and "ganar" are apart ({@link #gaining}): they are also winning an election.
   */
  static Set<String> earning(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("earn", "earns", "earned", "earning");
      case FR -> WordSet.of("touche", "touchent", "touchait", "touchaient", "percoit", "percoivent", "percevait",
          "percevaient");
      case ES -> WordSet.of("cobra", "cobran", "cobro", "cobraron", "cobraba", "cobraban", "percibe", "perciben",
          "percibio", "percibieron");
    };
  }

  /**
   * The verbs written in {@code lang} that are being paid only where the amount is their object:
   * "gagne", "gagnent"; "gana", "ganan" (English "win" is never pay, so none). They are also winning
   * (an election, a match, seats), so {@link PublicMoney} reads them as {@link #earning} only right
   * after a word that asks the amount ({@link #amounts}: "combien gagne le maire", "cuánto ganan los
   * senadores"), never with a counted thing between ("combien de sièges gagne le parti").
   */
  static Set<String> gaining(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("gagne", "gagnent", "gagnait", "gagnaient");
      case ES -> WordSet.of("gana", "ganan", "ganaba", "ganaban");
    };
  }

  /**
   * The verbs written in {@code lang} for doing something with a thing, using, keeping or sharing it
   * out: "do", "use", "keep", "distribute"; "fait", "utilise", "garde", "répartit"; "hace", "usa",
   * "guarda", "reparte". A public body as their subject with money after them in the same clause is
   * handling public money ({@link PublicMoney}: "what does the province do with that money", "que
   * fait la préfecture de cet argent", "how the state divides the money"); a town hall sharing out
   * anything else (pupils, leaflets) is not read.
   */
  /**
   * The participles written in {@code lang} for money a holder manages, administers, runs, holds or
   * collects: "managed", "administered", "run", "held", "collected", "levied"; "gérés", "administrés",
   * "détenus", "perçus", "encaissés",
   * "prélevés"; "gestionados", "manejados", "administrados", "recaudados", "cobrados". Read only in the
   * passive, a body of public power as the agent ({@link PublicMoney}: the money a region manages or a
   * town collects is public money), never as a verb of one's own: an adviser's, a club's or a parish's
   * funds are no body's. Not "raised" nor "juntado", a fête's fundraising as often.
   */
  static Set<String> managing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("managed", "administered", "handled", "collected", "levied", "run", "held");
      case FR -> WordSet.of("gere", "geres", "geree", "gerees", "administre", "administres", "administree", "administrees",
          "detenu", "detenus", "detenue", "detenues",
          "percu", "percus", "percue", "percues", "encaisse", "encaisses", "encaissee", "encaissees", "preleve",
          "preleves", "prelevee", "prelevees", "collecte", "collectes", "collectee", "collectees");
      case ES -> WordSet.of("gestionado", "gestionados", "gestionada", "gestionadas", "manejado", "manejados", "manejada",
          "manejadas", "administrado", "administrados", "administrada", "administradas", "recaudado", "recaudados",
          "recaudada", "recaudadas", "cobrado", "cobrados", "cobrada", "cobradas", "percibido", "percibidos",
          "percibida", "percibidas");
    };
  }

  /**
   * The verbs written in {@code lang}, in the active voice, for a holder managing, administering, handling
   * or collecting money: "manages", "administers", "collects"; "gère", "administre", "encaisse",
   * "perçoit"; "maneja", "gestiona", "recauda", "cobra". Read only in the clause that qualifies money or a
   * levy, a body of public power as their subject ({@link PublicMoney}: "les fonds que gère la région",
   * "the parking fines a town levies"), never a person's (an adviser's, a spouse's) nor a club's, and never
   * with an end or a thing paid for named after them (what a town collects for a fête or a permit).
   * The mirror of {@link #managing}, the same verbs told in the passive.
   */
  static Set<String> managingNow(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("manage", "manages", "managed", "administer", "administers", "administered", "handle",
          "handles", "handled", "collect", "collects", "collected");
      case FR -> WordSet.of("gere", "gerent", "gerait", "geraient", "administre", "administrent", "administrait",
          "encaisse", "encaissent", "encaissait", "percoit", "percoivent", "percevait", "collecte", "collectent",
          "preleve", "prelevent");
      case ES -> WordSet.of("maneja", "manejan", "manejaba", "manejo", "manejaron", "gestiona", "gestionan",
          "gestiono", "administra", "administran", "administro", "recauda", "recaudan", "recaudo", "recaudaron",
          "cobra", "cobran", "cobro", "cobraron", "percibe", "perciben");
    };
  }

  /**
   * The verbs written in {@code lang} for giving: "give", "gives", "gave"; "donne", "donnent", "accorde";
   * "da", "dan", "dio", "otorga". Everyone gives; a public body giving an amount to a public school, a
   * public hospital or another public body moves public money ({@link PublicMoney}: "how much does the
   * state give each public school", "cuánto le da el gobierno a cada hospital público"), never what it gives
   * a family or a person (a benefit asked is one's own errand).
   */
  static Set<String> giving(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("give", "gives", "gave", "given");
      case FR -> WordSet.of("donne", "donnent", "donnait", "donnaient", "accorde", "accordent", "accordait");
      case ES -> WordSet.of("da", "dan", "dio", "dieron", "daba", "daban", "otorga", "otorgan", "otorgo");
    };
  }

  /**
   * The nouns written in {@code lang} for one tax in the singular: "tax", "taxe", "impuesto", "tributo".
   * Alone it is as often a line of a receipt ("where does the tax go on the invoice"); named by its kind
   * ("the property tax", "la taxe foncière", "la taxe de séjour", "el impuesto predial") it is one levy of
   * the state, and asked where it goes or what it serves ({@link PublicMoney}) it asks the use of public
   * money as the plural {@link #taxes} do.
   */
  static Set<String> namedTaxes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("tax");
      case FR -> WordSet.of("taxe");
      case ES -> WordSet.of("impuesto", "tributo");
    };
  }

  /**
   * The words written in {@code lang} (folded) that name a kind of public levy beside the singular tax
   * ({@link #namedTaxes}): what it is levied on or where (land, property, income, sales, fuel, vehicles,
   * payroll, an inheritance, a stay, carbon, tobacco, imports; "foncière", "d'habitation", "de séjour",
   * "sur les carburants"; "predial", "sobre la renta", "de circulación", "a la gasolina"). A closed
   * vocabulary: an adjective or an everyday metaphor in the same place (a markup on goods called a tax
   * by its colour, a joke about one's own spending, a game's charge) names no levy of the state.
   */
  static Set<String> taxKinds(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("property", "land", "income", "sales", "fuel", "gas", "gasoline", "petrol", "diesel",
          "vehicle", "car", "motor", "road", "business", "payroll", "inheritance", "estate", "wealth", "council",
          "tourist", "hotel", "occupancy", "lodging", "carbon", "sugar", "soda", "tobacco", "cigarette", "alcohol",
          "excise", "corporate", "corporation", "stamp", "gains", "added", "consumption", "import", "export",
          "customs", "school", "water", "sewer", "garbage", "congestion", "transit", "transport", "mansion",
          "bedroom", "poll", "parcel", "millage", "franchise");
      case FR -> WordSet.of("fonciere", "foncieres", "habitation", "sejour", "professionnelle", "apprentissage",
          "amenagement", "carbone", "carburant", "carburants", "essence", "gazole", "ordures", "enlevement",
          "assainissement", "balayage", "transport", "transports", "salaires", "succession", "successions",
          "valeur", "ajoutee", "vehicules", "immatriculation", "essieu", "logements", "vacants", "bureaux",
          "sodas", "tabac", "alcool", "alcools", "transactions", "patrimoine", "fortune", "importation",
          "importations", "douaniere", "douane", "audiovisuelle", "routiere", "gemapi");
      case ES -> WordSet.of("predial", "renta", "circulacion", "tenencia", "inmuebles", "bienes", "inmobiliario",
          "catastral", "territorial", "vehiculos", "vehicular", "automotor", "automotores",
          "gasolina", "combustible", "combustibles", "nomina", "nominas", "sucesiones", "herencia", "herencias",
          "patrimonio", "plusvalia", "sociedades", "valor", "agregado", "anadido", "consumo", "ventas",
          "ingresos", "ganancias", "alumbrado", "hospedaje", "turistico", "turismo", "alcohol", "tabaco",
          "cigarrillos", "azucaradas", "refrescos", "carbono", "importacion", "importaciones", "aduana",
          "aduanas", "transmisiones", "patrimoniales", "timbre", "basura", "construcciones", "actividades",
          "riqueza", "tierras", "saneamiento");
    };
  }

  /**
   * The prepositions written in {@code lang} that name what a levy falls on after its noun, an article
   * allowed after them: "sur" ("la taxe sur les carburants"); "sobre", "a", "al" ("el impuesto sobre la
   * renta", "el impuesto a la gasolina"). English names the kind before the noun: none.
   */
  static Set<String> leviedOn(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("sur");
      case ES -> WordSet.of("sobre", "a", "al");
    };
  }

  static Set<String> handling(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("do", "does", "did", "doing", "done", "use", "uses", "used", "using", "keep", "keeps", "kept",
          "keeping", "distribute", "distributes", "distributed", "divide", "divides", "divided");
      case FR -> WordSet.of("fait", "font", "faisait", "faisaient", "utilise", "utilisent", "utilisait", "garde",
          "gardent", "gardait", "repartit", "repartissent", "repartissait", "reparti", "distribue", "distribuent",
          "distribuait");
      case ES -> WordSet.of("hace", "hacen", "hizo", "hicieron", "hacia", "usa", "usan", "uso", "usaron", "utiliza",
          "utilizan", "utilizo", "guarda", "guardan", "guardo", "reparte", "reparten", "repartio", "repartieron",
          "repartido", "distribuye", "distribuyen", "distribuyo", "distribuyeron", "distribuido");
    };
  }

  /**
   * The words written in {@code lang} with which a speaker names the post he holds before he asks
   * ("I'm", "as", "je suis", "en tant que", "soy", "como"), each list one phrase as the question's
   * words hold it: the post so named is who asks, the voice of the question, not what it asks about
   * ({@code QuestionCompiler.ownPost}).
   */
  static List<List<String>> introducing(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("i'm"), List.of("im"), List.of("i", "am"), List.of("as"), List.of("we're"),
          List.of("we", "are"));
      case FR -> List.of(List.of("je", "suis"), List.of("en", "tant"), List.of("comme"), List.of("nous", "sommes"));
      case ES -> List.of(List.of("soy"), List.of("como"), List.of("somos"), List.of("siendo"));
    };
  }

  /**
   * The phrases written in {@code lang} with which a speaker says where he lives or comes from, read
   * before a place past function words only ("I live in", "I'm from", "j'habite au", "je viens du",
   * "vivo en", "soy de"), each list one phrase as the question's words hold it: the place so named is
   * where the question comes from, not what it asks about ({@code NameIndex.askersHome}).
   */
  static List<List<String>> dwelling(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("i", "live"), List.of("we", "live"), List.of("i'm", "living"), List.of("i", "come"),
          List.of("we", "come"), List.of("i'm", "from"), List.of("im", "from"), List.of("i", "am", "from"),
          List.of("we're", "from"), List.of("we", "are", "from"), List.of("i'm", "based"), List.of("we're", "based"),
          List.of("i", "grew", "up"), List.of("i", "was", "born"), List.of("as", "someone", "from"));
      case FR -> List.of(List.of("j'habite"), List.of("nous", "habitons"), List.of("je", "vis"), List.of("nous", "vivons"),
          List.of("je", "viens"), List.of("nous", "venons"), List.of("je", "suis", "originaire"), List.of("je", "reside"),
          List.of("je", "réside"), List.of("je", "suis", "ne"), List.of("je", "suis", "né"), List.of("je", "suis", "nee"),
          List.of("je", "suis", "née"));
      case ES -> List.of(List.of("vivo"), List.of("vivimos"), List.of("soy"), List.of("somos"), List.of("vengo"),
          List.of("venimos"), List.of("resido"), List.of("residimos"), List.of("naci"), List.of("nací"));
    };
  }

  /**
   * The phrases written in {@code lang} with which a speaker names where or as what he works, wherever
   * in the question ("I work in", "je travaille au", "trabajo en"): the place or the post so named is
   * who asks, as a post {@link #introducing} names is ({@code QuestionCompiler.ownUnit}).
   */
  static List<List<String>> workingIn(Lang lang) {
    return switch (lang) {
      case EN -> List.of(List.of("i", "work", "as"), List.of("i", "work", "in"), List.of("i", "work", "at"),
          List.of("i", "work", "for"), List.of("i", "work", "on"));
      case FR -> List.of(List.of("je", "travaille", "au"), List.of("je", "travaille", "a"),
          List.of("je", "travaille", "dans"), List.of("je", "travaille", "comme"), List.of("je", "travaille", "en"),
          List.of("je", "travaille", "pour"));
      case ES -> List.of(List.of("trabajo", "en"), List.of("trabajo", "como"), List.of("trabajo", "para"));
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a working unit of an organisation or a staff post in
   * it, the head its field's words name: a team, a desk, a unit, a department, an office, its lead or
   * staff, an analyst, an adviser; "équipe", "service", "bureau", "cellule", "pôle", "chargé",
   * "technicien"; "equipo", "área", "oficina", "unidad", "técnico", "asesor". "Our open data team",
   * "le service du budget", "el equipo de transparencia" name who asks, not what is asked
   * ({@code QuestionCompiler.ownUnit}).
   */
  static Set<String> units(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("team", "teams", "desk", "unit", "department", "dept", "office", "section", "lead", "staff",
          "analyst", "accountant", "coordinator", "specialist", "adviser", "advisor");
      case FR -> WordSet.of("equipe", "service", "bureau", "cellule", "pole", "departement", "direction", "agent",
          "agente", "technicien", "technicienne", "charge", "chargee", "conseiller", "conseillere");
      case ES -> WordSet.of("equipo", "area", "departamento", "oficina", "servicio", "unidad", "seccion", "tecnico",
          "tecnica", "asesor", "asesora", "coordinador", "coordinadora", "analista");
    };
  }

  /**
   * The nouns and verbs written in {@code lang} (folded) for a town's errands by their kind, the everyday
   * things a public body owns or holds as anyone does: its equipment and fittings (a van, a projector,
   * a boiler, chairs, a clock), its stationery and what it has printed (pens, envelopes, posters, leaflets,
   * greetings cards), its furniture and keys (benches, a cupboard, a padlock), an hour, a feast or an
   * outing (fireworks, a carnival, a wedding, Christmas, a jumble sale, a raffle, a coach hired, a
   * match), a thing broken down or repaired, a booking. Named beside an office with no word of its acts and works
   * ({@link #bodyWorks}) and no strong evidence, the office is the errand's owner or setting, no
   * governing: the town hall's boiler repaired, "le camion de la mairie", "la caldera del ayuntamiento".
   * Words another reading takes for public life are left out (Spanish "partido", a party; "mesa", a
   * board; French "car", a conjunction; "réparation", redress; a gift or a trip, what an officer is
   * given; a timetable, a service's data; a repair asked of a service; French "clés", Spanish "sobres",
   * "cartel", "bancos", which also name key figures, cash handed over, a cartel and banks).
   */
  static Set<String> errandThings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("van", "vans", "truck", "lorry", "minibus", "coach", "projector", "printer", "photocopier",
          "copier", "boiler", "clock", "chair", "chairs", "microphone", "microphones", "laptop", "cable", "lamp",
          "bulbs", "marquee", "tyre", "tyres", "flowers", "fireworks", "bonfire", "carnival", "fete", "concert",
          "quiz", "match", "football", "tournament", "excursion", "outing", "repaired",
          "breakdown", "booking", "o'clock", "restaurant", "parade",
          "stationery", "pens", "envelopes", "stapler", "toner", "cartridges", "posters", "poster", "leaflets",
          "flyers", "banner", "invitations", "benches", "cupboard", "shelves", "keys", "padlock",
          "wedding", "christmas", "raffle", "tombola", "barbecue", "supper", "picnic", "disco");
      case FR -> WordSet.of("camion", "camionnette", "fourgon", "autocar", "videoprojecteur", "projecteur",
          "imprimante", "photocopieuse", "chaudiere", "horloge", "chaise", "chaises", "micro", "micros",
          "ordinateur", "lampe", "ampoules", "chapiteau", "pneu", "fleurs", "jardinieres", "artifice",
          "carnaval", "fete", "kermesse", "loto", "concert", "repas", "match", "foot", "football", "tournoi",
          "excursion", "panne", "reparer", "depanner", "reservation", "reserver", "heure",
          "restaurant",
          "fournitures", "stylos", "enveloppes", "agrafeuse", "cartouches", "toner", "affiches", "affiche", "tracts",
          "flyers", "banderole", "invitations", "voeux", "bancs", "armoire", "etageres", "cadenas",
          "serrure", "mariage", "noel", "brocante", "tombola", "galette", "barbecue", "bal");
      case ES -> WordSet.of("furgoneta", "camion", "autocar", "proyector", "impresora", "fotocopiadora", "caldera",
          "reloj", "silla", "sillas", "microfono", "microfonos", "portatil", "bombillas", "carpa", "rueda",
          "flores", "jardineras", "fuegos", "verbena", "carnaval", "fiesta", "fiestas", "feria", "concierto",
          "cabalgata", "romeria", "desfile",
          "cena", "futbol", "torneo", "excursion", "averia", "estropeado", "estropeada", "arreglar", "arreglarla",
          "reparar", "repararla", "reserva", "reservar", "hora", "restaurante",
          "boligrafos", "grapadora", "cartuchos", "toner", "folletos", "pancarta",
          "invitaciones", "felicitacion", "armario", "estanterias", "llaves", "candado", "cerradura",
          "boda", "navidad", "mercadillo", "rastrillo", "rifa", "tombola", "barbacoa", "merienda", "baile");
    };
  }

  /**
   * The nouns and verbs written in {@code lang} (folded) for the internal matters of a workplace: the staff's
   * own working conditions and the office's internal chores, which any employer has (sick leave, overtime,
   * the shift rota, a payslip, the staff's cafeteria, parking spaces, an entry badge, a training course one
   * enrols on, a quarrel among staff, a farewell). Named beside an office with
   * no word of its acts and works ({@link #bodyWorks}), none of the people it serves and no strong
   * evidence, the office is the staff's employer, as a shop is its cashier's, no governing
   * ({@link QuestionCompiler}'s errand reading, beside {@link #errandThings}). Words another reading takes
   * for public life are left out: a retirement or a pension (a public service the state pays), hiring and
   * recruiting (a civil service's hiring made open), a leave's French "arrêt" (a bus stop, a decree), a
   * sickness's French "maladie" (health insurance), a canteen or a lunch (a school's, which feeds the
   * families it serves), French "bulletin" (a ballot) and "paie" (also "pays"), guards ("garde à vue", custody), and the staff
   * themselves, colleagues among them (staff who report corruption, colleagues given gifts by a firm).
   */
  static Set<String> staffMatters(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("sick", "overtime", "rota", "rotas", "shift", "shifts", "payslip", "payslips", "parking",
          "badge", "lanyard", "enrol", "enroll", "quarrel",
          "farewell", "hr");
      case FR -> WordSet.of("conge", "conges", "supplementaires", "planning", "parking", "badge", "inscrire",
          "dispute", "rh");
      case ES -> WordSet.of("baja", "extra", "extras", "turno", "turnos", "nomina", "cafeteria", "aparcamiento",
          "credencial", "fichar", "fichaje", "apunto", "apuntarme", "inscribirme", "pelea", "despedida", "rrhh");
    };
  }

  /**
   * The everyday things written in {@code lang} (folded, by their forms as typed) that a public office,
   * body or building may be only the place, owner or destination of ({@link OfficeSetting}): its cafe
   * and what is on the menu, its wifi, a lift or a fridge, a car park, a present or a party for a
   * colleague and a staff outing, one's own body after a shift (one's back, neck, knees, stretches), a
   * uniform's size, a photo's dimensions, a hotel or a pool near it, a tourist's tickets, its decoration
   * for a feast. Words another reading takes for public life are left out: a retirement (a pension),
   * an engagement (the citizens'), a party (a political one), a card (an identity card), a present or a
   * gift (one an official receives), a birth (its certificate), a booking (a public service's slots), a
   * visit (an inspection), French "hôtel" (the town hall's "hôtel de ville"). A school's canteen is a canteen here: the school is no office, only a
   * public service, and its canteen is read where a body is named with nothing of governance beside it.
   */
  static Set<String> settingThings(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("cafe", "cafes", "coffee", "canteen", "cafeteria", "menu", "menus", "vegan", "snack", "snacks",
          "wifi", "password", "router", "lift", "elevator", "fridge", "microwave", "kitchen", "toilets", "car",
          "goodbye", "birthday", "baby", "bowling", "karting", "uniform", "uniforms",
          "size", "sizes", "shoe", "shoes", "jacket", "photo", "photos", "dimensions", "hotel", "hotels", "pool",
          "tourist", "tourists", "tickets", "stretches", "stretching", "neck", "shoulders", "knee", "physio",
          "halloween", "decorate", "decorations", "colleague", "colleagues", "coworker", "coworkers", "catering",
          "printer", "photocopier", "copier", "toner", "restaurant", "wedding", "outing", "farewell", "parking");
      case FR -> WordSet.of("cafe", "cafeteria", "cantine", "menu", "menus", "wifi", "box", "ascenseur", "frigo",
          "refrigerateur", "cuisine", "anniversaire", "bebe", "karting",
          "bowling", "uniforme", "uniformes", "taille", "veste", "chaussures", "photo", "photos", "piscine", "touriste", "touristes", "billet", "billets", "etirements", "dos", "epaules", "genou", "kine",
          "decorer", "traiteur", "stationner", "garer", "collegue", "collegues", "voiture", "imprimante", "photocopieuse",
          "restaurant", "mariage", "parking");
      case ES -> WordSet.of("cafeteria", "cafe", "menu", "wifi", "contrasena", "router", "ascensor", "nevera", "microondas",
          "cocina", "cumpleanos", "bebe", "comunion", "karting",
          "uniforme", "uniformes", "talla", "camisa", "zapatos", "foto", "fotos", "hotel", "hoteles", "piscina",
          "turista", "turistas", "entradas", "estiramientos", "espalda", "rodilla", "fisioterapeuta", "decorar",
          "catering", "aparcar", "companero", "companera", "companeros", "coche", "impresora", "fotocopiadora",
          "restaurante", "boda", "despedida", "aparcamiento");
    };
  }

  /**
   * The things written in {@code lang} (folded, by their forms as typed) of a person's own errand or
   * visit at a public office or building, which the office is then only the place or destination of
   * ({@link OfficeSetting}): the days it opens (a weekday, the weekend, a holiday: "férié", "festivo"),
   * getting in (its entrance, a wheelchair's ramp, a guided tour, a school trip, what one may bring in: a
   * bottle, a bag, a bike), the floor a desk is on, a cash machine in its hall, a creche for its staff's
   * children. No hour or
   * opening (a service's hours cut or published are its work), no visit or tour alone (an inspection, a
   * delegation's mission: {@link #visits}), no card (an identity card) and no bus (a service of its own:
   * {@link #rides}).
   */
  static Set<String> visitErrands(Lang lang) {
    return union(openingDays(lang), switch (lang) {
      case EN -> WordSet.of("entrance", "entrances", "wheelchair", "wheelchairs", "ramp", "guided", "trip",
          "bottle", "bag", "bags", "bike", "bicycle", "cashpoint", "atm", "creche", "nursery", "daycare", "floor",
          "floors");
      case FR -> WordSet.of("entree", "fauteuil", "rampe", "guidee", "bouteille", "sac", "velo", "distributeur", "creche",
          "garderie", "etage", "rez");
      case ES -> WordSet.of("entrada", "rampa", "silla", "guiada", "excursion", "botella", "mochila", "bici", "bicicleta",
          "cajero", "guarderia");
    });
  }

  /**
   * The days written in {@code lang} (folded) an office may open or close on: the weekdays, the weekend, a
   * holiday ("férié", "festivo", "feriado"). Beside a verb of {@link #shutting}, a place's hours.
   */
  static Set<String> openingDays(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
          "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekend", "weekends", "weekdays",
          "holiday", "holidays");
      case FR -> WordSet.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lundis", "samedis",
          "dimanches", "weekend", "ferie", "feries");
      case ES -> WordSet.of("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "sabados",
          "domingos", "finde", "festivo", "festivos", "feriado", "feriados");
    };
  }

  /**
   * The words written in {@code lang} (folded) that ask the time of day a place keeps: time, hours;
   * "heure", "horaires"; "hora", "horario". Beside a word of a place {@link #opening} or {@link #shutting}
   * ("what time does it open", "fermé jusqu'à quelle heure", "atención" after "horario"), they ask its hours, a
   * visitor's errand ({@link OfficeSetting}); alone, a wait counted in hours is a service's burden.
   */
  static Set<String> clock(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("time", "hours");
      case FR -> WordSet.of("heure", "heures", "horaire", "horaires");
      case ES -> WordSet.of("hora", "horas", "horario", "horarios");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a place opening its doors to the people who come: open,
   * opens, opening; "ouvre", "ouvert", "ouverture"; "abre", "abierto", "apertura", and "atención" after
   * "horario", the hours a counter serves. Only beside a word of the {@link #clock}.
   */
  static Set<String> opening(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("open", "opens", "opening");
      case FR -> WordSet.of("ouvre", "ouvrent", "ouvert", "ouverte", "ouverts", "ouvertes", "ouverture");
      case ES -> WordSet.of("abre", "abren", "abierto", "abierta", "abiertos", "abiertas", "apertura", "atencion");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a colleague's leaving: leaving, retirement; "départ",
   * "retraite"; "jubilación", "despedida". Beside a present given ({@link #presents}), a party or a gift
   * for staff who leave an office ({@link OfficeSetting}), never a gift an officer takes for an act.
   */
  static Set<String> leaving(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("leaving", "retirement", "retiring", "farewell", "goodbye");
      case FR -> WordSet.of("depart", "retraite");
      case ES -> WordSet.of("jubilacion", "jubila", "jubilarse", "retiro", "despedida");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a present given, noun or verb: the {@link #gifts} and
   * present, give; "offrir", "pot" (a drink given); "regalar", "regalamos", "regalarle". Read only beside a colleague's
   * {@link #leaving}.
   */
  static Set<String> presents(Lang lang) {
    return union(gifts(lang), switch (lang) {
      case EN -> WordSet.of("present", "give", "buy");
      case FR -> WordSet.of("offrir", "offre", "offrons", "offert", "pot");
      case ES -> WordSet.of("regalar", "regalamos", "regalarle", "regala");
    });
  }

  /**
   * The nouns written in {@code lang} (folded) for one specialist of care a patient books a consultation
   * with, in the singular: dentist, dermatologist, cardiologist; "dentiste", "ophtalmo", "pédiatre";
   * "dentista", "oculista", "traumatólogo". Named at a public hospital, one's own visit there ({@link
   * OfficeSetting}), whose price is the patient's bill; a service's doctors in the plural, or lacking, are
   * its staff ({@link #provided}).
   */
  static Set<String> specialists(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("dentist", "dermatologist", "cardiologist", "ophthalmologist", "optician", "paediatrician",
          "pediatrician", "gynaecologist", "gynecologist", "orthodontist", "orthopaedist", "physiotherapist");
      case FR -> WordSet.of("dentiste", "dermatologue", "ophtalmo", "ophtalmologue", "ophtalmologiste", "cardiologue",
          "pediatre", "gynecologue", "orthodontiste", "orthopediste", "generaliste");
      case ES -> WordSet.of("dentista", "dermatologo", "dermatologa", "oculista", "oftalmologo", "oftalmologa",
          "cardiologo", "cardiologa", "traumatologo", "traumatologa", "pediatra", "ginecologo", "ginecologa",
          "odontologo", "odontologa");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) of where one's own plot ends and what stands there: a plot,
   * a garden, a fence, a hedge, a wall, a shed, a boundary; "terrain", "parcelle", "clôture", "haie",
   * "bornage"; "terreno", "parcela", "valla", "seto", "linde". Beside one's own neighbour, a quarrel of
   * private life the cadastre or the land registry is only the setting of ({@link OfficeSetting}).
   */
  static Set<String> boundaries(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("plot", "garden", "yard", "fence", "hedge", "wall", "shed", "boundary", "driveway");
      case FR -> WordSet.of("terrain", "parcelle", "jardin", "cloture", "haie", "mur", "muret", "abri", "cabanon",
          "bornage", "limite");
      case ES -> WordSet.of("terreno", "parcela", "jardin", "patio", "valla", "cerca", "seto", "muro", "tapia",
          "linde", "lindero", "cobertizo");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of the first person singular's own need or wish, a subject
   * Spanish drops: "necesito", "quiero", "tengo", "quisiera", and the modals "puedo", "voy". English and French
   * say the pronoun ({@link #firstSingular}). One's own appointment so asked is one's errand, and one's own
   * way there or stay there one's presence ({@link OfficeSetting}).
   */
  static Set<String> firstSingularVerbs(Lang lang) {
    return switch (lang) {
      case EN, FR -> Set.of();
      case ES -> WordSet.of("necesito", "quiero", "quisiera", "tengo", "debo", "busco", "pido", "saco", "puedo",
          "voy");
    };
  }

  /**
   * The phrases of two words written in {@code lang} (folded, joined by a space) by which a question asks
   * what anyone must do, its subject left impersonal and put after its verb as a question puts it: "faut
   * il". English says the asker ("do I have to"); Spanish's "hay que" tells a need as often as it asks one.
   * Asked of a trip to a public office or a visit there, the asker's own presence ({@link OfficeSetting}),
   * as "must I" is; told ("il faut remplir quatre formulaires"), a procedure's burden.
   */
  static Set<String> impersonalNeeds(Lang lang) {
    return switch (lang) {
      case EN, ES -> WordSet.of();
      case FR -> WordSet.of("faut il");
    };
  }

  /**
   * The verbs of {@link #governing} written in {@code lang} (folded) that shut a place: close, closes, closed;
   * "ferme", "fermée"; "cierra", "cerrado". Told with a day the place shuts on ({@link #openingDays}: "closed
   * on Sundays", "¿cierra el lunes festivo?"), they are its hours, a visitor's errand ({@link OfficeSetting}).
   */
  static Set<String> shutting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("close", "closes", "closed", "closing");
      case FR -> WordSet.of("ferme", "fermee", "fermes", "fermees", "ferment", "fermer");
      case ES -> WordSet.of("cierra", "cierran", "cerrar", "cerrado", "cerrada", "cerrados", "cerradas");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a visit paid to a place, noun or verb: visit, tour;
   * "visite", "visiter"; "visita", "visitar", "recorrido". A public building visited by private people is
   * their outing ({@link OfficeSetting}); not where a holder of office, a delegation or a purpose of work
   * or study is told ({@link #officeholders}, {@link #delegations}, {@link #visitPurposes}: a minister's
   * visit, a study visit), which is the office's, nor where its work is watched ({@link #watching}: a debate
   * seen from the gallery) or a counter's burden told ({@link #burdens}: papers asked at every visit).
   */
  static Set<String> visiting(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("visit", "visits", "visiting", "tour", "tours");
      case FR -> WordSet.of("visite", "visites", "visiter");
      case ES -> WordSet.of("visita", "visitas", "visitar", "recorrido");
    };
  }

  /**
   * The plural nouns written in {@code lang} (folded) of the peers a question put to this bot asks about:
   * governments, states, countries, nations; "gouvernements", "états", "pays"; "gobiernos", "estados",
   * "países", "naciones". With no definite determiner before them ("which governments", "other countries",
   * "qué países"), they ask what peers do about a thing, never one person's errand ({@link OfficeSetting}).
   */
  static Set<String> peers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("governments", "states", "countries", "nations");
      case FR -> WordSet.of("gouvernements", "etats", "pays", "nations");
      case ES -> WordSet.of("gobiernos", "estados", "paises", "naciones");
    };
  }

  /**
   * The vehicles written in {@code lang} (folded) of a person's ride somewhere: bus, tram, metro, transport;
   * "bus", "tramway", "métro", "transports"; "autobús", "tranvía", "metro", "transporte". A ride whose destination is a public office
   * ({@link #towards}: "the bus to the town hall", "qué autobús va al hospital") is one's own way there
   * ({@link OfficeSetting}); the buses a town runs, their hours and their timetables are its service.
   */
  static Set<String> rides(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("bus", "buses", "tram", "trams", "metro", "subway", "taxi", "transport");
      case FR -> WordSet.of("bus", "tram", "tramway", "metro", "taxi", "transports");
      case ES -> WordSet.of("autobus", "bus", "colectivo", "tranvia", "metro", "subte", "taxi", "transporte");
    };
  }

  /**
   * The prepositions written in {@code lang} (folded) of a destination, the contractions with the article
   * among them: "to", "towards"; "à", "au", "aux", "vers"; "a", "al", "hasta", "hacia" ({@link #rides}).
   */
  static Set<String> towards(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("to", "towards", "into");
      case FR -> WordSet.of("a", "au", "aux", "vers");
      case ES -> WordSet.of("a", "al", "hasta", "hacia");
    };
  }

  /**
   * The nouns written in {@code lang} for the people who come to an office or a shop to be served there:
   * visitors, customers, guests; "visiteurs", "clients"; "visitantes", "clientes". What they pay for at a
   * counter is their own purchase, never a body's spending ({@link OfficeSetting}).
   */
  static Set<String> visitors(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("visitors", "visitor", "customers", "customer", "guests", "guest");
      case FR -> WordSet.of("visiteurs", "visiteur", "visiteuses", "clients", "client", "clientes");
      case ES -> WordSet.of("visitantes", "visitante", "clientes", "cliente");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a ministry, the body of state that runs a sector of
   * public action: "ministry", "ministère", "ministerio". Where the public services' theme leads the
   * question beside one, a booking, an appointment or an hour is that service's delivery to everyone
   * ({@link QuestionCompiler}'s errand reading, {@link #errandThings}), not a town's errand.
   */
  static Set<String> ministries(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("ministry", "ministries");
      case FR -> WordSet.of("ministere", "ministeres");
      case ES -> WordSet.of("ministerio", "ministerios");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a plan or a budget (an estimate, "un presupuesto" a
   * painter gives), which the thing they are for can own: "el presupuesto de la verbena", "un plan para la
   * fiesta", "le budget du loto". Told of a town's errand by its kind ({@link #errandThings}) through
   * prepositions of belonging or of ends only ({@link #belonging}, {@link #ends}, {@link #staging}), they
   * are that errand's own, no work of the body ({@link #bodyWorks}; {@link QuestionCompiler}'s errand
   * reading), unless a portion of them is told ({@link #portions}: a whole budget shared out) or a copula
   * asks their amount ("cuál fue el presupuesto ...").
   */
  static Set<String> errandPlans(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("plan", "plans", "budget", "budgets");
      case FR -> WordSet.of("plan", "plans", "budget", "budgets", "devis");
      case ES -> WordSet.of("plan", "planes", "presupuesto", "presupuestos");
    };
  }

  /**
   * The words written in {@code lang} (folded) of taking part: told of a town's errand by its kind right
   * after a preposition of being in it ({@link #partIn}: "participar en la romería", "participer au
   * loto"), they make the people before them its guests, not the people's say.
   */
  static Set<String> takingPart(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("part", "participate");
      case FR -> WordSet.of("participer", "participent", "participe", "participez", "participons");
      case ES -> WordSet.of("participar", "participen", "participe", "participan", "participa", "participemos");
    };
  }

  /** The prepositions written in {@code lang} (folded) of being in a thing one takes part in: in, at; "à"; "en". */
  static Set<String> partIn(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("in", "at");
      case FR -> WordSet.of("a", "au", "aux");
      case ES -> WordSet.of("en");
    };
  }

  /**
   * The words written in {@code lang} (folded) of a portion of a whole: part, half, share; "partie",
   * "moitié"; "parte", "mitad", "medio". Right before a budget ("parte del presupuesto de las fiestas",
   * "medio presupuesto a las fiestas") they tell a whole shared out, the body's, not a feast's own estimate.
   */
  static Set<String> portions(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("part", "half", "share", "most", "rest");
      case FR -> WordSet.of("partie", "moitie", "part", "reste");
      case ES -> WordSet.of("parte", "mitad", "medio", "resto", "porcentaje");
    };
  }

  /**
   * The verbs written in {@code lang} (folded) of putting on an event, which may stand between a plan
   * or a budget and the feast it is for ("un plan para montar la verbena"): organise, prepare, host;
   * "organiser", "préparer"; "organizar", "preparar", "montar", "celebrar".
   */
  static Set<String> staging(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("organise", "organize", "prepare", "host");
      case FR -> WordSet.of("organiser", "preparer");
      case ES -> WordSet.of("organizar", "preparar", "montar", "celebrar");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for a public body's own acts and works: its decisions,
   * plans, budget, spending and its money, accounts, contracts, minutes, records, votes, rules, web
   * pages, roads and streets.
   * Named beside a town's errand ({@link #errandThings}) they keep the office governing: the council's
   * decision on the fair's date is the council's act, "la página del municipio" its work.
   */
  static Set<String> bodyWorks(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("decision", "decisions", "plan", "plans", "budget", "budgets", "spending", "spend",
          "accounts", "contract", "contracts", "tender", "tenders", "record", "records", "vote",
          "votes", "rules", "bylaw", "bylaws", "policy", "website", "page", "roads", "streets", "spent", "spends", "money", "funds", "taxes", "cost",
          "costs", "paid", "price");
      case FR -> WordSet.of("decision", "decisions", "deliberation", "deliberations", "plan", "plans", "budget",
          "budgets", "depenses", "comptes", "contrat", "contrats", "marche", "marches", "proces-verbal",
          "compte-rendu", "registre", "registres", "vote", "votes", "arrete", "arretes", "site", "page",
          "voirie", "rues", "routes", "depense", "depensent", "depenser", "argent", "fonds", "impots", "cout", "couts", "coute", "coutent",
          "prix", "paye", "payes");
      case ES -> WordSet.of("decision", "decisiones", "acuerdo", "acuerdos", "plan", "planes", "presupuesto",
          "presupuestos", "gasto", "gastos", "cuentas", "contrato", "contratos", "licitacion", "actas", "acta",
          "registro", "registros", "voto", "votos", "ordenanza", "ordenanzas", "web", "pagina", "caminos",
          "calles", "carreteras", "gasta", "gastan", "gastar", "gastado", "dinero", "plata", "fondos", "impuestos", "cuesta", "cuestan", "coste", "costes",
          "costo", "pagado", "pagados", "precio");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for integrity: "integrity", "intégrité", "integridad".
   * Told of a holder or a body it is conduct; told of an everyday thing (a file, a disk, a roof) it is
   * that thing's soundness ({@link QuestionCompiler}'s reading of a thing's integrity).
   */
  static Set<String> integrityNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("integrity");
      case FR -> WordSet.of("integrite");
      case ES -> WordSet.of("integridad");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for interest: "interest", "intérêts", "intereses". Told
   * of a holder they are his interests to declare; told of a loan or savings ({@link #interestBearers})
   * they are money's interest ({@link QuestionCompiler}'s reading of money's interest).
   */
  static Set<String> interestNouns(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("interest", "interests");
      case FR -> WordSet.of("interet", "interets");
      case ES -> WordSet.of("interes", "intereses");
    };
  }

  /**
   * The nouns written in {@code lang} (folded) for what bears money's interest, a household's or a
   * firm's: a loan, a mortgage, savings and their accounts, a deposit, a credit, an overdraft, and the
   * rate of interest itself ("taux", "rate", "tipo"). Not a debt, which a state owes too (the interest
   * on the public debt is public money).
   */
  static Set<String> interestBearers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("loan", "loans", "mortgage", "mortgages", "savings", "deposit", "deposits", "overdraft",
          "credit", "rate", "rates", "isa");
      case FR -> WordSet.of("pret", "prets", "emprunt", "emprunts", "credit", "credits", "epargne", "livret", "livrets",
          "placement", "placements", "decouvert", "taux");
      case ES -> WordSet.of("prestamo", "prestamos", "hipoteca", "hipotecas", "ahorro", "ahorros", "deposito",
          "depositos", "credito", "creditos", "descubierto", "tipo", "tasa");
    };
  }

  /**
   * The verbs and nouns of declaring written in {@code lang} (folded): "declare", "déclarer",
   * "declarar" and their forms, "declaration", "déclaration", "declaración".
   */
  static Set<String> declaring(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("declare", "declares", "declared", "declaring", "declaration", "declarations");
      case FR -> WordSet.of("declarer", "declare", "declares", "declarez", "declarons", "declarent", "declaration",
          "declarations");
      case ES -> WordSet.of("declarar", "declaro", "declara", "declaran", "declarado", "declarados", "declaracion",
          "declaraciones");
    };
  }

  /**
   * The indefinite articles written in {@code lang}: "a", "an"; "un", "une"; "un", "una". A post a
   * speaker names as his own may be led by one ("I'm a ward councillor", "soy alcalde de un pueblo").
   */
  static Set<String> indefinite(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("a", "an");
      case FR -> WordSet.of("un", "une");
      case ES -> WordSet.of("un", "una");
    };
  }

  /**
   * The subject pronouns of the first and second person written in {@code lang} where a verb may
   * come before its subject (French, Spanish): after one of them, a public body after the verb is
   * its object ("nous avons payé la préfecture"), not its subject ("combien a dépensé la préfecture").
   */
  static Set<String> speakers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("je", "j", "tu", "nous", "vous", "on");
      case ES -> WordSet.of("yo", "tu", "nosotros", "nosotras", "vosotros", "vosotras", "usted", "ustedes");
    };
  }

  /**
   * The object pronouns of the first and second person written in {@code lang} that name who bore a
   * cost, beside its verb: "me", "us", "you"; "me", "te", "nous", "vous" (an elided "m'" is taken off
   * with the other elisions, unread); "me", "te", "nos", "os", "le", "les" (the formal "you" among
   * them: Spanish names the one who bore it before the verb, "cuánto le costó"). What an establishment
   * cost the asker or the one spoken to is a bill, not the establishment's cost ({@link PublicMoney}:
   * "what the public clinic cost me"); a public body that bore it is read before these ("cost the region").
   */
  static Set<String> costBearers(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("me", "us", "you");
      case FR -> WordSet.of("me", "te", "nous", "vous");
      case ES -> WordSet.of("me", "te", "nos", "os", "le", "les");
    };
  }

  /**
   * The subject pronouns of the speaker and the addressee written in {@code lang}, English's among them
   * ("I", "we", "you"; {@link #speakers}): a purchase told with one of them as its subject ("which
   * printer should we buy", "qué compramos nosotros") is the speaker's own, never a body's spending
   * ({@link OfficeSetting}).
   */
  static Set<String> speakingSubjects(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("i", "we", "you");
      case FR, ES -> union(speakers(lang), firstSingular(lang));
    };
  }

  /**
   * The first person singular's subject pronouns written in {@code lang} ("I", "je", "yo"): a burden
   * at a public counter told of oneself is one's own errand ({@code QuestionCompiler}'s reading of
   * people kept waiting), not the service's.
   */
  static Set<String> firstSingular(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("i");
      case FR -> WordSet.of("je", "j");
      case ES -> WordSet.of("yo");
    };
  }

  /**
   * The first person singular's possessives written in {@code lang} ("my", "mon", "mi"): a question
   * about one's own things is about private life, not public life.
   */
  static Set<String> personal(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("my");
      case FR -> WordSet.of("mon", "ma", "mes");
      case ES -> WordSet.of("mi", "mis");
    };
  }

  /**
   * The second person's possessives written in {@code lang} ("your", "ton", "votre", "tu", "vuestro"):
   * a question about the things of the one spoken to ("your account", "ton forfait", "tu cuenta") is
   * about private life as one about one's own is, unless what is owned is public ("your government",
   * "votre pays"). Per language: French "tu" is the subject pronoun, Spanish "su" is the third
   * person's as often, so neither is listed.
   */
  static Set<String> yours(Lang lang) {
    return union(formalYours(lang), switch (lang) {
      case EN -> Set.<String>of();
      case FR -> WordSet.of("ton", "ta", "tes");
      case ES -> WordSet.of("tu", "tus", "vuestro", "vuestra", "vuestros", "vuestras");
    });
  }

  /**
   * The second person's possessives written in {@code lang} that address one formally, or several:
   * "your", "votre", "vos". Spanish has none of its own: the formal "su" is the third person's
   * ({@link #theirs}).
   */
  private static Set<String> formalYours(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("your");
      case FR -> WordSet.of("votre", "vos");
      case ES -> WordSet.of();
    };
  }

  /** The first person plural's possessives written in {@code lang} ("our", "notre", "nos", "nuestro"). */
  static Set<String> ours(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("our");
      case FR -> WordSet.of("notre", "nos");
      case ES -> WordSet.of("nuestro", "nuestra", "nuestros", "nuestras");
    };
  }

  /** The policy words of every language. */
  static Set<String> all() {
    return everyLanguage(PolicyWords::of);
  }

  /**
   * The words of {@code list} in every language: the one way a list is read where the question's
   * language is not known or not asked ({@link #all}, {@link #scope()}, {@link NameIndex}).
   */
  static Set<String> everyLanguage(Function<Lang, ? extends Collection<String>> list) {
    Set<String> out = new HashSet<>();
    for (Lang lang : Lang.values()) {
      out.addAll(list.apply(lang));
    }
    return WordSet.copyOf(out);
  }

  /**
   * The words of {@code words} but those of every list in {@code removed}: the one way a list is made
   * of another less some words.
   */
  @SafeVarargs
  static Set<String> minus(Collection<String> words, Collection<String>... removed) {
    Set<String> out = new HashSet<>(words);
    for (Collection<String> list : removed) {
      out.removeAll(list);
    }
    return WordSet.copyOf(out);
  }

  /**
   * The first words of the phrases of several words among {@code phrases} ("tax" of "tax office"): a
   * question's word that is none begins no such phrase, which then need not be made to be looked up.
   */
  static Set<String> firstWords(Collection<String> phrases) {
    return phrases.stream().filter(p -> p.indexOf(' ') >= 0).map(p -> p.substring(0, p.indexOf(' ')))
        .collect(Collectors.collectingAndThen(Collectors.toList(), WordSet::copyOf));
  }

  /**
   * The last words of the phrases of several words among {@code phrases} ("office" of "tax office"):
   * a question's word that is none ends no such phrase, which then need not be made to be looked up.
   */
  static Set<String> lastWords(Collection<String> phrases) {
    return phrases.stream().filter(p -> p.indexOf(' ') >= 0).map(p -> p.substring(p.lastIndexOf(' ') + 1))
        .collect(Collectors.collectingAndThen(Collectors.toList(), WordSet::copyOf));
  }

  /** The words {@code first} and {@code second} share: the one way a list is made of what two have in common. */
  static Set<String> both(Collection<String> first, Collection<String> second) {
    Set<String> out = new HashSet<>(first);
    out.retainAll(second);
    return WordSet.copyOf(out);
  }

  /** The words of all the {@code lists} together: the one way a list is made of others. */
  @SafeVarargs
  static Set<String> union(Collection<String>... lists) {
    Set<String> out = new HashSet<>();
    for (Collection<String> list : lists) {
      out.addAll(list);
    }
    return WordSet.copyOf(out);
  }
}
