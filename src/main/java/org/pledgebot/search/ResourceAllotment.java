package org.pledgebot.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * A natural resource told through what is allotted of it or what its money reaches, rather than by the
 * field's names: a resource or the place it is drawn from ({@link #resources}: water and the river or lake
 * it is drawn from, fish and the catch, a forest, timber, oil, gas, gold, ore, a quarry, a well, a mine)
 * beside the right, title or share a body gives over it ({@link #allotments}: rights, a concession, a
 * quota, a permit, a lease, a contract, royalties, a thing granted, ceded or exported), or beside money
 * ({@link #money}) told reaching the people who live by it ({@link #reaching}, or a division of the
 * country: the villages, the province). Who gets the rights, the contracts, the revenues and their
 * sharing is the governance of the resource, the theme {@link PolicyWords#rawTheme}, whoever tells it
 * and whatever everyday words tell the place. One's own water bill, a weekend's fishing licence or the
 * firewood one buys are not: no reading where the asker speaks of himself ({@link
 * PolicyWords#firstSingular}), owns a word ({@link Lexicon.Flag#PERSONAL}), or names a relative, a
 * pastime, a maker's craft or one's own project ({@link Lexicon.Flag#KIN}, {@link
 * Lexicon.Flag#PRIVATE_LIFE}, {@link Lexicon.Flag#CRAFT}, {@link Lexicon.Flag#PROJECT}). Where a theme
 * of conduct leads by more than a vocabulary word's weight (a bribe), it keeps the lead and the resource
 * stands below it; otherwise the resource leads as strong evidence. Decided from the question's words
 * alone.
 */
final class ResourceAllotment {

  private ResourceAllotment() {}

  private static final Map<Lang, Set<String>> RESOURCES = NameIndex.perLanguage(ResourceAllotment::resources);
  private static final Map<Lang, Set<String>> ALLOTMENTS = NameIndex.perLanguage(ResourceAllotment::allotments);
  private static final Map<Lang, Set<String>> SITES = NameIndex.perLanguage(ResourceAllotment::sites);
  private static final Map<Lang, Set<String>> RIGHTS = NameIndex.perLanguage(ResourceAllotment::rights);
  private static final Map<Lang, Set<String>> SHARING = NameIndex.perLanguage(ResourceAllotment::sharing);
  private static final Map<Lang, Set<String>> PARTIES = NameIndex.perLanguage(ResourceAllotment::parties);
  private static final Map<Lang, Set<String>> FUNCTION = NameIndex.perLanguage(
      lang -> PolicyWords.union(LanguagePack.of(lang).stopWords(), LanguagePack.of(lang).grammar()));
  private static final Map<Lang, Set<String>> WORKING = NameIndex.perLanguage(ResourceAllotment::working);
  private static final Map<Lang, Set<String>> OWNING = NameIndex.perLanguage(ResourceAllotment::owning);
  private static final Map<Lang, Set<String>> MONEY = NameIndex.perLanguage(ResourceAllotment::money);
  private static final Map<Lang, Set<String>> REACHING = NameIndex.perLanguage(ResourceAllotment::reaching);
  private static final Map<Lang, Set<String>> PASTIMES = NameIndex.perLanguage(ResourceAllotment::pastimes);
  private static final Map<Lang, Set<String>> SINGLE = NameIndex.perLanguage(ResourceAllotment::single);
  private static final Map<Lang, Set<String>> GRANTING = NameIndex.perLanguage(ResourceAllotment::granting);

  /** The flags of a word that make the question the asker's own life or pastime. */
  private static final Set<Lexicon.Flag> OWN = Set.of(Lexicon.Flag.PERSONAL, Lexicon.Flag.KIN,
      Lexicon.Flag.PRIVATE_LIFE, Lexicon.Flag.CRAFT, Lexicon.Flag.PROJECT, Lexicon.Flag.YOURS);

  /**
   * The detection with the theme of raw stuff leading where the question tells a resource allotted or
   * its money reaching its people, as the class says, weighing at least a vocabulary word ({@link
   * ThemeDetector#VOCABULARY}); {@code detected} itself otherwise, and where another theme outweighs the
   * resource's own evidence, by more than half a word ({@link ThemeDetector#KEEP}) or where the words
   * already found strong evidence: that theme names what is asked (the press refused the contracts, an
   * official paid, the contracts' data reused), the resource is its matter.
   */
  static ThemeDetector.Detection read(ThemeDetector.Detection detected, List<String> surface,
      List<Set<Lexicon.Flag>> flags, Lexicon lex, Lang lang) {
    if (Collections.disjoint(surface, RESOURCES.get(lang))) {
      // no resource named: nothing to read, and most questions end here before the walk below
      return detected;
    }
    String resource = null;
    String allotment = null;
    boolean single = false;
    boolean denied = false;
    boolean money = false;
    boolean reached = false;
    boolean site = false;
    String owner = null;
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (own(surface, flags, lex, lang, i)) {
        return detected;
      }
      // a resource's word that is also a closed-class word ("mine") is the resource after an article only
      if (resource == null && RESOURCES.get(lang).contains(s)
          && (!lex.grammar().closedClass().contains(s) || i > 0 && lex.grammar().articles().contains(surface.get(i - 1)))) {
        resource = s;
      } else if (allotment == null && ALLOTMENTS.get(lang).contains(s) && held(surface, lang, i)) {
        allotment = s;
        single = SINGLE.get(lang).contains(s);
      } else if (owner == null && OWNING.get(lang).contains(s)) {
        owner = s;
      }
      site |= SITES.get(lang).contains(s) || WORKING.get(lang).contains(s);
      denied |= lex.publicLife().unanswering().contains(s);
      money |= MONEY.get(lang).contains(s);
      reached |= REACHING.get(lang).contains(s) || flags.get(i).contains(Lexicon.Flag.DIVISION);
    }
    // one licence, permit or contract is as often one's own errand (a day's fishing, a phone, a boiler's
    // upkeep): it is the resource's where the question tells it withheld ("a licence nobody saw") or
    // names the site the resource is drawn from ("the quarry's contract"), whose owner is asked as its holder
    boolean allotted = allotment != null && (!single || denied || site);
    if (!allotted && owner != null && site) {
      allotment = owner;
      allotted = true;
    }
    if (resource == null || !allotted && !(money && reached)) {
      return detected;
    }
    String theme = PolicyWords.rawTheme();
    float own = detected.themes().getOrDefault(theme, 0f);
    float best = ThemeDetector.VOCABULARY;
    for (Map.Entry<String, Float> e : detected.themes().entrySet()) {
      if (!e.getKey().equals(theme) && e.getValue() > own
          && (e.getValue() > ThemeDetector.KEEP || !detected.strong().isEmpty())) {
        return detected;
      }
      best = Math.max(best, e.getValue());
    }
    return allotted ? QuestionCompiler.ledBy(detected, theme, true, best, resource, allotment)
        : QuestionCompiler.ledBy(detected, theme, true, best, resource);
  }

  /**
   * Whether the allotment's word at {@code i} holds over the resource: a right only beside a resource's
   * word past function words ("water rights", "droits sur l'eau", "derechos de agua"; the rights to a
   * song about a river are its author's), a verb of sharing only with a word of its parties ({@link
   * #parties}: "between", "entre"; sharing a bill with flatmates is a household's); any other word.
   */
  private static boolean held(List<String> surface, Lang lang, int i) {
    String s = surface.get(i);
    if (SHARING.get(lang).contains(s)) {
      return !Collections.disjoint(surface, PARTIES.get(lang));
    }
    if (!RIGHTS.get(lang).contains(s)) {
      return true;
    }
    Set<String> function = FUNCTION.get(lang);
    int before = i - 1;
    while (before >= 0 && function.contains(surface.get(before))) {
      before--;
    }
    int after = i + 1;
    while (after < surface.size() && function.contains(surface.get(after))) {
      after++;
    }
    return before >= 0 && RESOURCES.get(lang).contains(surface.get(before))
        || after < surface.size() && RESOURCES.get(lang).contains(surface.get(after));
  }

  /**
   * Whether the word at {@code i} makes the question the asker's own life: a speaker of the first person
   * singular, a possessive of the asker or the one asked, a relative, a pastime or a game, a maker's craft,
   * one's own project, a weekend told in three words ({@link #pastimes}).
   */
  private static boolean own(List<String> surface, List<Set<Lexicon.Flag>> flags, Lexicon lex, Lang lang, int i) {
    String s = surface.get(i);
    return lex.ownLife().firstSingular().contains(s) || lex.ownLife().leisure().contains(s)
        || !Collections.disjoint(flags.get(i), OWN)
        || i + 2 < surface.size() && PASTIMES.get(lang).contains(s + " " + surface.get(i + 1) + " " + surface.get(i + 2));
  }

  /**
   * The resources written in {@code lang}, and the places they are drawn from, as the question's words
   * hold them (accents folded): water, a river, a lake, fish, a forest, oil, gold, a quarry, a mine.
   */
  static Set<String> resources(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("water", "river", "rivers", "lake", "lakes", "stream", "streams", "fish", "fishing",
          "fisheries", "catch", "forest", "forests", "timber", "logging", "oil", "gas", "gold", "copper", "tin",
          "ore", "mineral", "minerals", "gravel", "sand", "quarry", "quarries", "pit", "pits", "wells", "mine",
          "mines", "mining", "dam", "dams", "hydro", "hydropower", "diamonds", "coal", "lithium", "cobalt",
          "bauxite", "uranium", "nickel", "land", "prospecting", "prospectors");
      case FR -> WordSet.of("eau", "eaux", "fleuve", "riviere", "rivieres", "lac", "lacs", "lagune", "poisson",
          "poissons", "peche", "pecher", "foret", "forets", "bois", "petrole", "gaz", "orpaillage", "orpailleurs",
          "cuivre", "etain", "minerai", "minerais", "gravier", "sable", "carriere", "carrieres", "puits", "mine",
          "mines", "minier", "miniere", "barrage", "barrages", "hydroelectrique", "diamants", "charbon", "lithium",
          "cobalt", "bauxite", "uranium", "nickel", "terres", "gisement", "gisements", "prospection", "prospecteurs");
      case ES -> WordSet.of("agua", "aguas", "rio", "rios", "lago", "lagos", "laguna", "arroyo", "pesca", "pescar",
          "peces", "captura", "bosque", "bosques", "madera", "tala", "petroleo", "gas", "oro", "cobre", "estano",
          "mineral", "minerales", "grava", "arena", "cantera", "canteras", "pozos", "mina", "minas", "minera",
          "mineras", "minero", "represa", "represas", "hidroelectrica", "diamantes", "carbon", "litio", "cobalto",
          "bauxita", "uranio", "niquel", "tierras", "yacimiento", "yacimientos", "prospeccion", "cateo");
    };
  }

  /**
   * The rights, titles and shares written in {@code lang} that a body gives over a resource, and the
   * verbs of giving them ({@link PolicyWords#granted}, {@link PolicyWords#issuing}): rights, a
   * concession, a quota, a lease, a contract, royalties, a thing ceded, prospected or exported.
   */
  static Set<String> allotments(Lang lang) {
    Set<String> own = switch (lang) {
      case EN -> WordSet.of("concession", "concessions", "quota", "quotas", "permit", "licence", "license",
          "lease", "leases", "leased", "contract", "contracts", "royalties", "royalty", "allotted", "allocated",
          "allocation", "handed", "exported", "exports", "revenue", "revenues");
      case FR -> WordSet.of("concession", "concessions", "quota", "quotas", "licence", "autorisation",
          "bail", "baux", "contrat", "contrats", "redevances", "redevance", "cede", "cedee", "cedes", "cedees",
          "exporte", "exportee", "exportes", "exportees", "exportations", "recettes", "revenus");
      case ES -> WordSet.of("concesion", "concesiones", "cuota", "cuotas", "permiso",
          "licencia", "autorizacion", "contrato", "contratos", "arriendo", "regalias", "regalia", "canon", "otorgaron",
          "adjudico", "adjudicado", "adjudicada", "asignado", "asignada", "asignaron", "exportado",
          "exportada", "exportaciones", "ingresos");
    };
    return PolicyWords.union(own, rights(lang), sharing(lang), PolicyWords.granted(lang), granting(lang));
  }

  /** The rights written in {@code lang}: "rights", "droits", "derechos" (a title over a thing, or a law). */
  static Set<String> rights(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("rights");
      case FR -> WordSet.of("droits", "droit");
      case ES -> WordSet.of("derechos", "derecho");
    };
  }

  /** The verbs written in {@code lang} of sharing a thing out: "share", "répartir", "repartir", "comparten". */
  static Set<String> sharing(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("share", "shared", "sharing");
      case FR -> WordSet.of("repartissent", "repartir", "repartis", "partage", "partager", "partagent");
      case ES -> WordSet.of("reparten", "repartir", "comparten", "compartir");
    };
  }

  /** The words written in {@code lang} that name a sharing's parties: "between", "among", "entre". */
  static Set<String> parties(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("between", "among", "amongst");
      case FR -> WordSet.of("entre", "parmi");
      case ES -> WordSet.of("entre");
    };
  }

  /**
   * The verbs written in {@code lang} of a body granting a title or signing it away ({@link
   * PolicyWords#issuing} and "signed", "signé", "firmó"): a title told so is the body's act, not one's errand.
   */
  static Set<String> granting(Lang lang) {
    return PolicyWords.union(PolicyWords.issuing(lang), switch (lang) {
      case EN -> WordSet.of("signed");
      case FR -> WordSet.of("signe", "signee", "signes", "signees");
      case ES -> WordSet.of("firmo", "firmaron", "firmado", "firmada", "firmados", "firmadas");
    });
  }

  /**
   * The sites of {@link #resources} written in {@code lang} that a resource is drawn from and a title
   * is held over, and its search: a mine, a quarry, a well, a dam, prospecting ("carrière", "gisement", "cantera").
   */
  static Set<String> sites(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("mine", "mines", "quarry", "quarries", "pit", "pits", "wells", "dam", "dams", "prospecting");
      case FR -> WordSet.of("mine", "mines", "carriere", "carrieres", "puits", "barrage", "barrages", "gisement",
          "gisements", "prospection");
      case ES -> WordSet.of("mina", "minas", "cantera", "canteras", "pozos", "represa", "represas", "yacimiento",
          "yacimientos", "prospeccion", "cateo");
    };
  }

  /**
   * The words written in {@code lang} of owning a thing: "owns", "appartient", "dueño". The owner of a
   * site of {@link #sites}, or of a resource told worked ({@link #working}), holds its title.
   */
  static Set<String> owning(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("owns", "own", "owner", "owners", "owned");
      case FR -> WordSet.of("appartient", "appartiennent", "possede", "possedent", "proprietaire", "proprietaires");
      case ES -> WordSet.of("dueno", "duenos", "duena", "duenas", "propietario", "propietarios", "posee", "poseen");
    };
  }

  /**
   * The verbs written in {@code lang} of working a resource for gain: "exploit", "extract", "exploitent",
   * "explotan". A resource so worked is drawn from a site, as one of {@link #sites} is.
   */
  static Set<String> working(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("exploit", "exploits", "exploited", "extract", "extracts", "extracted");
      case FR -> WordSet.of("exploite", "exploitent", "exploites", "exploitee", "exploitees", "extrait", "extraient");
      case ES -> WordSet.of("explota", "explotan", "explotado", "explotada", "extrae", "extraen", "extraido", "extraida");
    };
  }

  /**
   * The titles of {@link #allotments} written in {@code lang} that one holds as often for oneself, in the
   * singular: a licence, a permit, a contract, a lease ("licence", "permis", "contrato").
   */
  static Set<String> single(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("permit", "licence", "license", "lease", "contract");
      case FR -> WordSet.of("licence", "autorisation", "bail", "contrat");
      case ES -> WordSet.of("permiso", "licencia", "autorizacion", "contrato", "arriendo");
    };
  }

  /** The words written in {@code lang} for money as it goes somewhere: "money", "argent", "plata". */
  static Set<String> money(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("money", "cash", "funds");
      case FR -> WordSet.of("argent", "fonds");
      case ES -> WordSet.of("plata", "dinero", "fondos");
    };
  }

  /** The verbs written in {@code lang} of money reaching those it is owed to: "reaches", "arriver", "llegar". */
  static Set<String> reaching(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of("reach", "reaches", "reached", "reaching");
      case FR -> WordSet.of("arriver", "arrive", "arrivent", "parvient", "parviennent", "parvenir");
      case ES -> WordSet.of("llegar", "llega", "llegan", "llego");
    };
  }

  /**
   * The asker's own leisure told in three words where {@link PolicyWords#ownProjects} holds it in one
   * ("weekend", "finde"): "fin de semana". A licence for it is one's own pastime's.
   */
  static Set<String> pastimes(Lang lang) {
    return switch (lang) {
      case EN -> WordSet.of();
      case FR -> WordSet.of("fin de semaine");
      case ES -> WordSet.of("fin de semana");
    };
  }
}
