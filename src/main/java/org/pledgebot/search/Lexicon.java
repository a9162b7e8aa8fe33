package org.pledgebot.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pledgebot.corpus.Lang;

/**
 * One language's word lists as the analysis of a question reads them, made once from {@link
 * PolicyWords}, the language's {@link LanguagePack} and its everyday words ({@link Commonness}) and
 * read by {@link QuestionCompiler}, {@link PublicMoney}, {@link PublicRecords}, {@link PrivateEnds},
 * {@link VerbReadings} and {@link PlanReadings}: the one place where a reader finds what a language's
 * question is read with. {@link PolicyWords} writes each list once; the lists made of several of them
 * for one reading are made here, once per language. Immutable.
 *
 * @param grammar its closed-class words: whose, which, where a thing is
 * @param publicLife the words of public power: its offices, bodies, holders and what they do
 * @param money the words of money and of who spends it
 * @param records the words of papers and of asking for them
 * @param ownLife the words of one's own life: one's relatives, one's own ends
 * @param companies the words that tell a company's own things from public life's
 * @param words per word, the lists of {@link Flag} that hold it ({@link #flags}); a word in none is absent
 */
record Lexicon(Grammar grammar, PublicLife publicLife, Money money, Records records, OwnLife ownLife,
    Companies companies, Map<String, Set<Flag>> words) {

  /** Every language's lexicon, {@code everyday} telling its everyday words; made once per search. */
  static Map<Lang, Lexicon> every(Commonness everyday) {
    Map<Lang, Lexicon> out = new EnumMap<>(Lang.class);
    Set<String> policyWords = PolicyWords.all();
    for (Lang lang : Lang.values()) {
      Grammar grammar = Grammar.of(lang);
      PublicLife publicLife = PublicLife.of(lang, policyWords, everyday);
      OwnLife ownLife = OwnLife.of(lang);
      Companies companies = Companies.of(lang);
      out.put(lang, new Lexicon(grammar, publicLife, Money.of(lang), Records.of(lang), ownLife,
          companies, words(grammar, publicLife, ownLife, companies)));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The lists the gate ({@code QuestionCompiler}'s {@code onTopic}) asks of every word of a question
   * and of the words beside it. A question's words are looked up once each ({@link #flags}) and the
   * gate and its helpers read the flags, instead of asking each list in turn.
   */
  enum Flag {
    /** {@link Grammar#personal}: the first person singular's possessives. */
    PERSONAL,
    /** {@link Grammar#ours}: the first person plural's possessives. */
    OURS,
    /** {@link Grammar#yours}: the second person's possessives. */
    YOURS,
    /** {@link Grammar#namesArticles}: the articles a name may lead with. */
    ARTICLE,
    /** {@link Grammar#locatives}: the prepositions of place. */
    LOCATIVE,
    /** {@link Grammar#definite}: the determiners that make a division one state or place. */
    DEFINITE,
    /** {@link PublicLife#gateWords}: a word of public life. */
    GATE,
    /** {@link PublicLife#acts}: an act of the field. */
    ACT,
    /** {@link PublicLife#divisions}: a division of the country. */
    DIVISION,
    /** {@link PublicLife#governments}: a division that names a level of government. */
    GOVERNMENT,
    /** {@link PublicLife#holders}: a holder of public office that is no policy word. */
    HOLDER,
    /** {@link PublicLife#citizens}: what one calls one's own as a citizen. */
    CITIZEN,
    /** {@link PublicLife#roles}: a role or workplace of public action. */
    ROLE,
    /** {@link PublicLife#powers}: an office of public power whose word names nothing else. */
    POWER,
    /** {@link PublicLife#officers}: a holder who serves the public at a desk, a border or a roadside. */
    OFFICER,
    /** {@link PublicLife#offices}: an office of public power, its word an everyday thing or not. */
    OFFICE,
    /** {@link PublicLife#publicOwners}: a word that makes a role of any organisation a public one. */
    PUBLIC_OWNER,
    /** {@link PublicLife#services}: a role, service or centre a sector of public action may own. */
    SERVICE,
    /** {@link PublicLife#scope}: a word that only says whose or where a thing is. */
    SCOPE,
    /** {@link PublicLife#instruments}: rules or policy, any organisation's or a government's. */
    INSTRUMENT,
    /** {@link PublicLife#whose}: a policy word that says whose a thing is, not what kind. */
    WHOSE,
    /** {@link OwnLife#kin}: one's relatives. */
    KIN,
    /** {@link OwnLife#settings}: the people and pastimes of private life. */
    PRIVATE_LIFE,
    /** {@link OwnLife#superiors}: whoever holds sway over one in private life. */
    SUPERIOR,
    /** {@link OwnLife#associates}: the people of one's own working life, read where the asker owns them. */
    ASSOCIATE,
    /** {@link OwnLife#crafting}: a verb of making a thing by hand. */
    CRAFT,
    /** {@link OwnLife#projects}: the asker's own study or pastime a thing is wanted for. */
    PROJECT,
    /** {@link Companies#firms}: a company, a firm, a supplier. */
    FIRM,
    /** {@link Companies#societies}: a noun for society at large and a company alike. */
    SOCIETY,
    /** {@link Companies#departments}: a department, a public body's or a firm's. */
    DEPARTMENT,
    /** {@link Companies#incorporation}: a company's legal form or its owners. */
    INCORPORATION,
    /** {@link Companies#ventures}: a business one may run, or those it sells to. */
    VENTURE
  }

  /** The lists of {@link Flag} that hold {@code word}: one lookup, empty for a word in none. */
  Set<Flag> flags(String word) {
    return words.getOrDefault(word, Set.of());
  }

  /** Per word, the lists of {@link Flag} that hold it, each set unmodifiable. */
  private static Map<String, Set<Flag>> words(Grammar grammar, PublicLife publicLife, OwnLife ownLife,
      Companies companies) {
    Map<Flag, Set<String>> lists = new EnumMap<>(Flag.class);
    for (Flag flag : Flag.values()) {
      lists.put(flag, switch (flag) {
        case PERSONAL -> grammar.personal();
        case OURS -> grammar.ours();
        case YOURS -> grammar.yours();
        case ARTICLE -> grammar.namesArticles();
        case LOCATIVE -> grammar.locatives();
        case DEFINITE -> grammar.definite();
        case GATE -> publicLife.gateWords();
        case ACT -> publicLife.acts();
        case DIVISION -> publicLife.divisions();
        case GOVERNMENT -> publicLife.governments();
        case HOLDER -> publicLife.holders();
        case CITIZEN -> publicLife.citizens();
        case ROLE -> publicLife.roles();
        case POWER -> publicLife.powers();
        case OFFICER -> publicLife.officers();
        case OFFICE -> publicLife.offices();
        case PUBLIC_OWNER -> publicLife.publicOwners();
        case SERVICE -> publicLife.services();
        case SCOPE -> publicLife.scope();
        case INSTRUMENT -> publicLife.instruments();
        case WHOSE -> publicLife.whose();
        case KIN -> ownLife.kin();
        case PRIVATE_LIFE -> ownLife.settings();
        case SUPERIOR -> ownLife.superiors();
        case ASSOCIATE -> ownLife.associates();
        case CRAFT -> ownLife.crafting();
        case PROJECT -> ownLife.projects();
        case FIRM -> companies.firms();
        case SOCIETY -> companies.societies();
        case DEPARTMENT -> companies.departments();
        case INCORPORATION -> companies.incorporation();
        case VENTURE -> companies.ventures();
      });
    }
    Map<String, EnumSet<Flag>> words = new HashMap<>();
    lists.forEach((flag, list) -> list.forEach(w -> words.computeIfAbsent(w, k -> EnumSet.noneOf(Flag.class)).add(flag)));
    Map<String, Set<Flag>> out = new HashMap<>();
    words.forEach((w, flags) -> out.put(w, Collections.unmodifiableSet(flags)));
    return Collections.unmodifiableMap(new HashMap<>(out));
  }

  /**
   * The closed-class words of a language.
   *
   * @param closedClass the grammar beyond the stop list ({@link LanguagePack#grammar})
   * @param namesArticles the articles a name may lead with, as the language pack lists them ({@link
   *     LanguagePack#articles}: no French "l")
   * @param articles the definite articles as the question's words hold them ({@link PolicyWords#articles})
   * @param definite the determiners that make a division one state or place ({@link PolicyWords#definite})
   * @param possessives the possessive determiners: "his education office" is someone's
   * @param particulars the definite articles and possessives that name a particular body
   * @param personal the first person singular's possessives ("my", "mon", "mi")
   * @param ours the first person plural's possessives
   * @param yours the second person's possessives
   * @param theirs the third person's possessives ({@link PolicyWords#theirs})
   * @param thirdPossessives {@link PolicyWords#thirdPossessives}
   * @param thirdPersons the third person's pronouns ({@link PolicyWords#thirdPersons})
   * @param speakers {@link PolicyWords#speakers}
   * @param relativePronouns the pronouns that open a clause qualifying a noun ("that", "que")
   * @param ownerBefore whether it names an owner before the thing owned ("the province's money", "ministry money")
   * @param dropsSubject whether a verb's subject pronoun may be left out ("cuánto pagó")
   * @param belonging the prepositions of belonging ({@link PolicyWords#belonging})
   * @param kinds the prepositions of kind ({@link PolicyWords#kinds})
   * @param locatives {@link PolicyWords#locatives}
   * @param sittingPlaces {@link PolicyWords#sittingPlaces}
   * @param borneBy the prepositions that mark who bears a cost after its verb ("costó a la provincia")
   * @param places the prepositions that place a person in a body ("my cousin at the ministry", "mon
   *     cousin au ministère"): a body after one of them is where the subject works, not the subject
   * @param ends the prepositions of an end ({@link PolicyWords#ends})
   * @param sources the prepositions of a source ({@link PolicyWords#sources})
   * @param topics the prepositions that make what follows a topic, not an object ("a show about police files")
   * @param determiners the determiners that open a noun phrase: the articles and every person's
   *     possessives ({@link VerbReadings})
   * @param objects what may follow a verb and not a noun: a determiner, and in English "to" or an
   *     object pronoun ({@link VerbReadings})
   * @param copulas {@link PolicyWords#copulas} ({@link JusticeActs})
   * @param denials the words that say nobody did a thing ({@link PolicyWords#denials}): a complaint's clause
   * @param pointers the third person's pronouns, subject and object, that stand for a body named in an
   *     earlier sentence ("they", "them", "ils", "les", "ellos", "los")
   * @param demonstratives the demonstrative determiners ("that", "ce", "ese") that, before a noun of a
   *     country or a body, point back to one named earlier ("that country", "cette organisation")
   * @param coordinating the conjunctions that join two clauses as equals ({@link PolicyWords#coordinating})
   */
  record Grammar(Set<String> closedClass, Set<String> namesArticles, Set<String> articles, Set<String> definite,
      Set<String> possessives, Set<String> particulars, Set<String> personal, Set<String> ours, Set<String> yours,
      Set<String> theirs, Set<String> thirdPossessives, Set<String> thirdPersons, Set<String> speakers,
      Set<String> relativePronouns, boolean ownerBefore, boolean dropsSubject, Set<String> belonging,
      Set<String> kinds, Set<String> locatives, Set<String> sittingPlaces, Set<String> borneBy, Set<String> places,
      Set<String> ends, Set<String> sources, Set<String> topics, Set<String> determiners, Set<String> objects,
      Set<String> copulas, Set<String> denials, Set<String> pointers, Set<String> demonstratives,
      Set<String> coordinating) {

    static Grammar of(Lang lang) {
      LanguagePack pack = LanguagePack.of(lang);
      // "à", "a" and their contractions with the article: who bears a cost, or where a person works
      Set<String> to = switch (lang) {
        case EN -> Set.<String>of();
        case FR -> WordSet.of("a", "au", "aux");
        case ES -> WordSet.of("a", "al");
      };
      Set<String> determiners = PolicyWords.union(PolicyWords.articles(lang), PolicyWords.possessives(lang),
          PolicyWords.ours(lang), PolicyWords.thirdPossessives(lang), PolicyWords.definite(lang));
      return new Grammar(pack.grammar(), pack.articles(), PolicyWords.articles(lang), PolicyWords.definite(lang),
          PolicyWords.possessives(lang), PolicyWords.union(PolicyWords.articles(lang), PolicyWords.possessives(lang)),
          PolicyWords.personal(lang), PolicyWords.ours(lang), PolicyWords.yours(lang), PolicyWords.theirs(lang),
          PolicyWords.thirdPossessives(lang), PolicyWords.thirdPersons(lang), PolicyWords.speakers(lang),
          switch (lang) {
            case EN -> WordSet.of("that", "which");
            case FR -> WordSet.of("que", "qu");
            case ES -> WordSet.of("que");
          },
          switch (lang) {
            case EN -> true;
            case FR, ES -> false;
          },
          switch (lang) {
            case ES -> true;
            case EN, FR -> false;
          },
          PolicyWords.belonging(lang), PolicyWords.kinds(lang), PolicyWords.locatives(lang),
          PolicyWords.sittingPlaces(lang), to,
          PolicyWords.union(PolicyWords.belonging(lang), to, switch (lang) {
            case EN -> WordSet.of("at", "in", "from", "with", "for", "to");
            case FR -> WordSet.of("chez", "dans", "pour", "avec");
            case ES -> WordSet.of("en", "con", "para");
          }),
          PolicyWords.ends(lang), PolicyWords.sources(lang), switch (lang) {
            case EN -> WordSet.of("about");
            case FR -> WordSet.of("sur");
            case ES -> WordSet.of("sobre");
          }, determiners, PolicyWords.union(determiners, switch (lang) {
            case EN -> WordSet.of("to", "it", "them", "nothing", "everything");
            case FR, ES -> Set.<String>of();
          }), PolicyWords.copulas(lang), PolicyWords.denials(lang),
          PolicyWords.union(PolicyWords.thirdPersons(lang), switch (lang) {
            case EN -> WordSet.of("them");
            case FR -> WordSet.of("les", "leur", "eux");
            case ES -> WordSet.of("los", "las", "les");
          }),
          switch (lang) {
            case EN -> WordSet.of("that", "this", "these", "those");
            case FR -> WordSet.of("ce", "cet", "cette", "ces");
            case ES -> WordSet.of("ese", "esa", "esos", "esas", "este", "esta", "estos", "estas", "aquel", "aquella");
          }, PolicyWords.coordinating(lang));
    }
  }

  /**
   * The words of public power in a language.
   *
   * @param gateWords the words of public life the off-topic gate reads in a question of the language:
   *     every language's, less another language's word that is an everyday word of this one and none
   *     of its own ("mayor")
   * @param offices the offices of public power, their word an everyday thing or not ({@link
   *     PolicyWords#offices}, {@link PolicyWords#homonyms}): whose rules or role are public
   * @param divisions {@link PolicyWords#divisions}
   * @param governments the divisions that name a level of government more than a place to live (a
   *     province, a region, "el país"; not a village, "pueblo"): the government of that place
   * @param treasuries {@link PolicyWords#treasuries}
   * @param seats the public bodies named whole in several words ({@link PolicyWords#seats}: "town hall")
   * @param bodies {@link PolicyWords#bodies}
   * @param assemblies {@link PolicyWords#assemblies}
   * @param instruments {@link PolicyWords#instruments}
   * @param roles {@link PolicyWords#roles}
   * @param services the roles and the services or centres any organisation has: public service
   *     bodies where a sector owns them
   * @param scope the words that only say whose or where a thing is: "the public school" is a public
   *     service body
   * @param whose the policy words that say whose a thing is, not what kind: a scope word or a body of
   *     public power
   * @param holders the holders of public office that are no policy words, less the offices whose word
   *     is as often an everyday thing ("judge" is also a verb and a contest's): a governor, a senator,
   *     "el juez"
   * @param powers the offices of public power whose word names nothing else and is no policy word
   *     ({@link PolicyWords#offices}: the police, a congress, "la fiscalía"), less the assemblies a
   *     body of private people also holds ({@link PolicyWords#assemblies}: a general assembly)
   * @param publicOwners the words that make a role of any organisation a public one: divisions,
   *     offices of public power, prerogatives
   * @param citizens whom or what one calls one's own as a citizen ("my MP", "mon pays", "mi
   *     gobernador"); not the prerogatives: one's passport or one's taxes are one's own errand
   * @param acts the field's acts a public body is asked to do or held to (publish, consult, complain, report)
   * @param actThemes the theme each of those acts says, weak evidence of a question already on topic
   * @param phrasalActs per verb form, per particle, the theme of the act a phrasal verb says ({@link
   *     PolicyWords#phrasalActs}: "hand over", "cover up"), read as {@code actThemes} is
   * @param governing what a holder of public office does in office ({@link PolicyWords#governing})
   * @param hiring {@link PolicyWords#hiring}
   * @param actors the actors a verb's subject names: bodies, divisions, holders of office, firms ({@link VerbReadings})
   * @param fieldVerbs the field's own verbs, whose verb is the act the field names (publish, disclose,
   *     request, spend, pay, take, hire, vote, fund): read as the entries they find ({@link VerbReadings})
   * @param justice {@link PolicyWords#justice} ({@link JusticeActs})
   * @param homonyms {@link PolicyWords#homonyms} ({@link JusticeActs})
   * @param waits {@link PolicyWords#waits} ({@link QuestionCompiler}: a delay)
   * @param lasting {@link PolicyWords#lasting} ({@link QuestionCompiler}: a delay)
   * @param coming {@link PolicyWords#coming} ({@link QuestionCompiler}: a delay)
   * @param spans {@link PolicyWords#spans} ({@link QuestionCompiler}: a delay)
   * @param queues {@link PolicyWords#queues} ({@link QuestionCompiler}: a delay told by a line)
   * @param answering {@link PolicyWords#answering} ({@link QuestionCompiler#unanswered})
   * @param unanswering {@link PolicyWords#unanswering} ({@link QuestionCompiler#unanswered})
   * @param answerable {@link PolicyWords#answerable} ({@link QuestionCompiler#unanswered})
   * @param plans {@link PolicyWords#plans} ({@link PlanReadings})
   * @param planQualifiers {@link PolicyWords#planQualifiers} ({@link PlanReadings})
   * @param officers {@link PolicyWords#officers}: a holder who serves the public at a desk, a border or
   *     a roadside, no policy word ({@link QuestionCompiler}: the office conduct's words need)
   * @param counters {@link PolicyWords#counters} ({@link QuestionCompiler#keptWaiting})
   * @param counterEnds the last words of the counters of several words ({@link PolicyWords#lastWords}): a word
   *     that is none ends no such counter, and no phrase need be made to look it up
   * @param burdens {@link PolicyWords#burdens}, {@link PolicyWords#waits} and {@link PolicyWords#queues}
   *     ({@link QuestionCompiler#keptWaiting})
   * @param served {@link PolicyWords#served} ({@link QuestionCompiler#keptWaiting})
   * @param heedIdioms {@link PolicyWords#heedIdioms} ({@link QuestionCompiler#heedIdioms})
   * @param improving {@link PolicyWords#improving} ({@link QuestionCompiler#improved})
   * @param stateBenefits {@link PolicyWords#stateBenefits} ({@link QuestionCompiler#claimed})
   * @param claimants {@link PolicyWords#served}, {@link PolicyWords#claimants} and the burdens above
   *     ({@link QuestionCompiler#claimed})
   * @param online {@link PolicyWords#online} ({@link QuestionCompiler#offline})
   * @param benefitWords {@link PolicyWords#benefitWords} ({@link QuestionCompiler#claimed}, beside a counter)
   */
  record PublicLife(Set<String> gateWords, Set<String> offices, Set<String> divisions, Set<String> governments,
      Set<String> treasuries, List<List<String>> seats, Set<String> bodies, Set<String> assemblies, Set<String> instruments,
      Set<String> roles, Set<String> services, Set<String> scope, Set<String> whose, Set<String> holders,
      Set<String> powers, Set<String> publicOwners, Set<String> citizens, Set<String> acts, Map<String, String> actThemes,
      Map<String, Map<String, String>> phrasalActs, Set<String> governing, Set<String> hiring, Set<String> actors,
      Set<String> fieldVerbs, Set<String> justice, Set<String> homonyms, Set<String> waits, Set<String> lasting, Set<String> coming,
      Set<String> spans, Set<String> queues, Set<String> answering, Set<String> unanswering,
      Set<String> answerable, Set<String> plans, Set<String> planQualifiers, Set<String> officers,
      Set<String> counters, Set<String> counterEnds, Set<String> burdens, Set<String> served, Map<String, String> heedIdioms,
      Set<String> improving, Set<String> stateBenefits, Set<String> claimants, Set<String> online,
      Set<String> benefitWords) {

    static PublicLife of(Lang lang, Set<String> policyWords, Commonness everyday) {
      Set<String> own = PolicyWords.of(lang);
      Set<String> gateWords = policyWords.stream().filter(w -> own.contains(w) || !everyday.everyday(lang, w))
          .collect(Collectors.toUnmodifiableSet());
      Set<String> office = PolicyWords.union(PolicyWords.offices(lang), PolicyWords.homonyms(lang));
      Set<String> governments = PolicyWords.minus(PolicyWords.divisions(lang), PolicyWords.settlements(lang));
      Set<String> holder = PolicyWords.minus(PolicyWords.officeholders(lang), policyWords, PolicyWords.homonyms(lang));
      Set<String> power = PolicyWords.minus(PolicyWords.offices(lang), policyWords, PolicyWords.homonyms(lang),
          PolicyWords.assemblies(lang));
      return new PublicLife(gateWords, office, PolicyWords.divisions(lang), governments,
          PolicyWords.treasuries(lang), PolicyWords.seats(lang), PolicyWords.bodies(lang), PolicyWords.assemblies(lang),
          PolicyWords.instruments(lang), PolicyWords.roles(lang),
          PolicyWords.union(PolicyWords.roles(lang), PolicyWords.services(lang)), PolicyWords.scope(lang),
          PolicyWords.union(PolicyWords.scope(lang), PolicyWords.treasuries(lang)), holder, power,
          PolicyWords.union(PolicyWords.divisions(lang), office, PolicyWords.prerogatives(lang)),
          PolicyWords.union(PolicyWords.divisions(lang), PolicyWords.offices(lang), PolicyWords.officeholders()),
          PolicyWords.acts(lang), PolicyWords.actThemes(lang), phrasal(PolicyWords.phrasalActs(lang)),
          PolicyWords.governing(lang),
          PolicyWords.hiring(lang),
          PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.divisions(lang), PolicyWords.officeholders(lang),
              PolicyWords.firms(lang), PolicyWords.offices(lang), PolicyWords.bodies(lang)),
          PolicyWords.union(PolicyWords.acts(lang), PolicyWords.disclosing(lang), PolicyWords.spending(lang),
              PolicyWords.asking(lang), PolicyWords.taking(lang), PolicyWords.hiring(lang), PolicyWords.governing(lang)),
          PolicyWords.justice(lang), PolicyWords.homonyms(lang), PolicyWords.waits(lang),
          PolicyWords.lasting(lang), PolicyWords.coming(lang), PolicyWords.spans(lang), PolicyWords.queues(lang),
          PolicyWords.answering(lang), PolicyWords.unanswering(lang), PolicyWords.answerable(lang),
          PolicyWords.plans(lang), PolicyWords.planQualifiers(lang), PolicyWords.officers(lang),
          PolicyWords.counters(lang), PolicyWords.lastWords(PolicyWords.counters(lang)),
          PolicyWords.union(PolicyWords.burdens(lang), PolicyWords.waits(lang), PolicyWords.queues(lang)),
          PolicyWords.served(lang), PolicyWords.heedIdioms(lang),
          PolicyWords.improving(lang), PolicyWords.stateBenefits(lang),
          PolicyWords.union(PolicyWords.served(lang), PolicyWords.claimants(lang), PolicyWords.burdens(lang),
              PolicyWords.waits(lang), PolicyWords.queues(lang)),
          PolicyWords.online(lang), PolicyWords.benefitWords(lang));
    }
  }

  /**
   * Per verb form, per particle, the theme: {@link PolicyWords#phrasalActs} turned to the lookup a
   * question's words are read with.
   */
  private static Map<String, Map<String, String>> phrasal(Map<String, Map<String, Set<String>>> byTheme) {
    Map<String, Map<String, String>> out = new HashMap<>();
    byTheme.forEach((theme, particles) -> particles.forEach((particle, verbs) -> verbs.forEach(
        verb -> out.computeIfAbsent(verb, k -> new HashMap<>()).put(particle, theme))));
    Map<String, Map<String, String>> frozen = new HashMap<>();
    out.forEach((verb, particles) -> frozen.put(verb, Collections.unmodifiableMap(particles)));
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * The words of money in a language.
   *
   * @param funds {@link PolicyWords#funds}
   * @param owners who may own money as public money: a treasury, a division, an office of public
   *     power or a prerogative of the state
   * @param spenders who may spend it: a treasury, a division, an office, or a holder of public office
   * @param bearers who may bear a cost as public money: a public owner, or the taxpayers
   * @param owning the prepositions that name money's owner after it: those of belonging and, in
   *     English, "from" ("the money from the ministry")
   * @param spending {@link PolicyWords#spending}
   * @param handling {@link PolicyWords#handling}
   * @param levies {@link PolicyWords#levies}
   * @param books {@link PolicyWords#books}
   * @param bookPeriods {@link PolicyWords#bookPeriods}
   * @param outlays {@link PolicyWords#outlays}
   * @param taxes {@link PolicyWords#taxes}
   * @param going {@link PolicyWords#going}
   * @param whither {@link PolicyWords#whither}
   * @param directions {@link PolicyWords#directions}
   * @param paying {@link PolicyWords#paying}
   * @param dates {@link PolicyWords#dates}
   * @param goneWhere {@link PolicyWords#goneWhere}
   * @param whereTo {@link PolicyWords#whereTo}
   * @param budgets {@link PolicyWords#budgets}
   * @param enacted {@link PolicyWords#enacted}
   * @param ownBodies the bodies that vote a budget of their own: the private groups of {@link
   *     PolicyWords#assemblies} (not its public {@link PolicyWords#bodies}), {@link PolicyWords#firms} and
   *     {@link PolicyWords#ventures}
   * @param bodies the bodies of public power that own a budget whatever follows their name: {@link
   *     PolicyWords#treasuries} and {@link PolicyWords#divisions} ("the ministry of health")
   * @param payers who may pay the taxes in a clause that qualifies them: the people as a whole ({@link
   *     PolicyWords#thePeople})
   * @param settings the words of a private setting or a condition taxes may be asked in: {@link
   *     PolicyWords#ownLife}, {@link PolicyWords#pastimes}, {@link PolicyWords#games} and {@link
   *     PolicyWords#conditions}
   * @param costing {@link PolicyWords#costing}
   * @param payments {@link PolicyWords#payments} with {@link PolicyWords#gifts}: what is handed over to a holder
   * @param earners who may be paid from public money: a holder of public office ({@link PolicyWords#officeholders})
   * @param earning {@link PolicyWords#earning}
   * @param gaining {@link PolicyWords#gaining}
   * @param amounts {@link PolicyWords#amounts}
   * @param wages {@link PolicyWords#wages}
   * @param receiving {@link PolicyWords#receiving}
   * @param exchange {@link PolicyWords#exchange}
   * @param grants {@link PolicyWords#grants}
   * @param subsidies {@link PolicyWords#subsidies}
   * @param speaking {@link PolicyWords#speakingSubjects}
   * @param invoices {@link PolicyWords#invoices}
   * @param agents {@link PolicyWords#agents}
   * @param contracts {@link PolicyWords#contracts}
   * @param labour {@link PolicyWords#labour}
   * @param payingPlural {@link PolicyWords#payingPlural}
   * @param paid the words that tell money paid or its amount, beside a public body's contracts: {@link
   *     PolicyWords#spending}, {@link PolicyWords#amounts}, {@link PolicyWords#funds}, {@link
   *     PolicyWords#costing} and {@link PolicyWords#grants}
   * @param eachOne {@link PolicyWords#eachOne}
   * @param befalling {@link PolicyWords#befalling}
   * @param what {@link PolicyWords#what}
   * @param managing {@link PolicyWords#managing}
   * @param ends {@link PolicyWords#ends}
   * @param managingNow {@link PolicyWords#managingNow}
   * @param namedTaxes {@link PolicyWords#namedTaxes}
   * @param giving {@link PolicyWords#giving}
   * @param taxKinds the words naming a single tax's kind: {@link PolicyWords#taxKinds}, and its public owner
   *     ({@link PolicyWords#scope}, {@link PolicyWords#divisions}: "the county tax", "la taxe municipale")
   * @param leviedOn {@link PolicyWords#leviedOn}
   * @param costBearers {@link PolicyWords#costBearers}
   * @param destinations {@link PolicyWords#destinations}
   * @param costNouns {@link PolicyWords#costNouns}
   * @param works {@link PolicyWords#publicWorks}
   * @param allotted {@link PolicyWords#enacted} with {@link PolicyWords#allotted}: money voted or set aside
   * @param executing {@link PolicyWords#executing}
   * @param pools {@link PolicyWords#pools}
   * @param calamities {@link PolicyWords#calamities}
   * @param sharingOut {@link PolicyWords#sharingOut}
   * @param meant the money a use may be named for: {@link PolicyWords#funds}, {@link PolicyWords#grants},
   *     {@link PolicyWords#outlays} and {@link PolicyWords#fundings}
   * @param followed the verbs of money followed or shown: {@link PolicyWords#following}, {@link
   *     PolicyWords#seeing} and {@link PolicyWords#acts}, Spanish infinitives also with the pronouns of
   *     {@link PolicyWords#enclitics} joined ("mostrarlo")
   * @param groups {@link PolicyWords#groupsServed}
   * @param indefinite {@link PolicyWords#indefinite}: a thing that costs told with one is a kind of thing priced
   * @param lineItems {@link PolicyWords#lineItems}
   * @param itemizing {@link PolicyWords#itemizing}
   * @param renditions {@link PolicyWords#renditions}
   * @param announcing {@link PolicyWords#announcing}
   * @param sums {@link PolicyWords#sums}
   * @param currencies {@link PolicyWords#currencies}
   * @param amountHeads {@link PolicyWords#amounts} and {@link PolicyWords#amountHeads}
   * @param voting {@link PolicyWords#enacted}, {@link PolicyWords#allotted} and {@link PolicyWords#enactedPast}
   */
  record Money(Set<String> funds, Set<String> owners, Set<String> spenders, Set<String> bearers,
      Set<String> owning, Set<String> spending, Set<String> handling, Set<String> levies,
      Set<String> books, Set<String> bookPeriods, Set<String> costing, Set<String> payments, Set<String> earners, Set<String> earning,
      Set<String> gaining, Set<String> amounts, Set<String> wages, Set<String> receiving, Set<String> exchange,
      Set<String> establishments, Set<String> publicMarks, Set<String> raises, Set<String> raising,
      Set<String> selves, Set<String> outlays, Set<String> taxes, Set<String> going, Set<String> whither, Set<String> directions,
      Set<String> paying, Set<String> dates, Set<String> goneWhere, Set<String> whereTo, Set<String> payers,
      Set<String> budgets, Set<String> enacted, Set<String> ownBodies, Set<String> bodies, Set<String> settings, Set<String> grants,
      Set<String> subsidies, Set<String> speaking, Set<String> invoices,
      Set<String> agents,
      Set<String> contracts, Set<String> labour, Set<String> payingPlural, Set<String> paid, Set<String> eachOne,
      Set<String> befalling, Set<String> what, Set<String> managing,
      Set<String> ends, Set<String> managingNow, Set<String> namedTaxes, Set<String> giving,
      Set<String> taxKinds, Set<String> leviedOn, Set<String> costBearers, Set<String> destinations,
      Set<String> costNouns, Set<String> works, Set<String> allotted, Set<String> executing,
      Set<String> pools, Set<String> calamities, Set<String> sharingOut, Set<String> meant, Set<String> followed,
      Set<String> groups, Set<String> indefinite, Set<String> lineItems, Set<String> itemizing,
      Set<String> renditions, Set<String> announcing, Set<String> sums, Set<String> currencies,
      Set<String> amountHeads, Set<String> voting) {

    static Money of(Lang lang) {
      Set<String> body = PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.divisions(lang),
          PolicyWords.offices(lang));
      Set<String> owner = PolicyWords.union(body, PolicyWords.prerogatives(lang));
      return new Money(PolicyWords.funds(lang), owner, PolicyWords.union(body, PolicyWords.officeholders(lang)),
          PolicyWords.union(owner, PolicyWords.taxpayers(lang)),
          PolicyWords.union(PolicyWords.belonging(lang), switch (lang) {
            case EN -> WordSet.of("from");
            case FR, ES -> Set.<String>of();
          }),
          PolicyWords.spending(lang), PolicyWords.handling(lang),
          PolicyWords.levies(lang), PolicyWords.books(lang), PolicyWords.bookPeriods(lang), PolicyWords.costing(lang),
          PolicyWords.union(PolicyWords.payments(lang), PolicyWords.gifts(lang)),
          PolicyWords.officeholders(lang), PolicyWords.earning(lang), PolicyWords.gaining(lang),
          PolicyWords.amounts(lang),
          PolicyWords.wages(lang), PolicyWords.receiving(lang), PolicyWords.exchange(lang),
          PolicyWords.establishments(lang), PolicyWords.union(PolicyWords.scope(lang), PolicyWords.divisions(lang)),
          PolicyWords.raises(lang), PolicyWords.raising(lang), PolicyWords.selves(lang),
          PolicyWords.outlays(lang), PolicyWords.taxes(lang), PolicyWords.going(lang), PolicyWords.whither(lang),
          PolicyWords.directions(lang), PolicyWords.paying(lang), PolicyWords.dates(lang),
          PolicyWords.goneWhere(lang), PolicyWords.whereTo(lang), PolicyWords.thePeople(lang),
          PolicyWords.budgets(lang), PolicyWords.enacted(lang),
          PolicyWords.union(PolicyWords.assemblies(lang).stream()
              .filter(w -> !PolicyWords.bodies(lang).contains(w)).toList(), PolicyWords.firms(lang),
              PolicyWords.ventures(lang)),
          PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.divisions(lang)),
          PolicyWords.union(PolicyWords.ownLife(lang), PolicyWords.pastimes(lang),
          PolicyWords.games(lang), PolicyWords.conditions(lang)), PolicyWords.grants(lang),
          PolicyWords.subsidies(lang), PolicyWords.speakingSubjects(lang), PolicyWords.invoices(lang),
          PolicyWords.agents(lang), PolicyWords.contracts(lang), PolicyWords.labour(lang),
          PolicyWords.payingPlural(lang),
          PolicyWords.union(PolicyWords.spending(lang), PolicyWords.amounts(lang), PolicyWords.funds(lang),
              PolicyWords.costing(lang), PolicyWords.grants(lang)),
          PolicyWords.eachOne(lang), PolicyWords.befalling(lang), PolicyWords.what(lang),
          PolicyWords.managing(lang), PolicyWords.ends(lang), PolicyWords.managingNow(lang),
          PolicyWords.namedTaxes(lang), PolicyWords.giving(lang),
          PolicyWords.union(PolicyWords.taxKinds(lang), PolicyWords.scope(lang), PolicyWords.divisions(lang)),
          PolicyWords.leviedOn(lang), PolicyWords.costBearers(lang), PolicyWords.destinations(lang),
          PolicyWords.costNouns(lang), PolicyWords.publicWorks(lang),
          PolicyWords.union(PolicyWords.enacted(lang), PolicyWords.allotted(lang)), PolicyWords.executing(lang),
          PolicyWords.pools(lang), PolicyWords.calamities(lang), PolicyWords.sharingOut(lang),
          PolicyWords.union(PolicyWords.funds(lang), PolicyWords.grants(lang), PolicyWords.outlays(lang),
              PolicyWords.fundings(lang)),
          followed(lang), PolicyWords.groupsServed(lang), PolicyWords.indefinite(lang), PolicyWords.lineItems(lang),
          PolicyWords.itemizing(lang), PolicyWords.renditions(lang), PolicyWords.announcing(lang),
          PolicyWords.sums(lang), PolicyWords.currencies(lang),
          PolicyWords.union(PolicyWords.amounts(lang), PolicyWords.amountHeads(lang)),
          PolicyWords.union(PolicyWords.enacted(lang), PolicyWords.allotted(lang), PolicyWords.enactedPast(lang)));
    }

    /** {@link PolicyWords#following}, {@link PolicyWords#seeing} and {@link PolicyWords#acts}, with enclitics joined. */
    private static Set<String> followed(Lang lang) {
      Set<String> verbs = PolicyWords.union(PolicyWords.following(lang), PolicyWords.seeing(lang), PolicyWords.acts(lang));
      Set<String> out = new HashSet<>(verbs);
      for (String verb : verbs) {
        if (verb.endsWith("r")) {
          for (String pronoun : PolicyWords.enclitics(lang)) {
            out.add(verb + pronoun);
          }
        }
      }
      return WordSet.copyOf(out);
    }
  }

  /**
   * The words of papers in a language.
   *
   * @param papers {@link PolicyWords#papers} and {@link PolicyWords#inquiries}
   * @param disclosing {@link PolicyWords#disclosing}, and its infinitives with the pronouns of {@link
   *     PolicyWords#enclitics} joined to them ("darme", "entregarnos")
   * @param keepers the bodies whose papers are public records: a policy word that is not only a
   *     scope ({@link PolicyWords#of} without {@link PolicyWords#scope}), or an office of public power
   * @param granted {@link PolicyWords#granted}
   * @param seeing {@link PolicyWords#seeing}, with the same pronouns joined to its infinitives ("mostrarme")
   * @param watching {@link PolicyWords#watching}
   * @param issuing {@link PolicyWords#issuing}
   * @param tallies {@link PolicyWords#tallies}
   * @param tallied {@link PolicyWords#tallied}
   * @param requests {@link PolicyWords#requests}
   * @param answering {@link PolicyWords#answering}
   * @param grounds {@link PolicyWords#grounds}
   * @param writingFor {@link PolicyWords#writingFor}
   * @param publishing {@link PolicyWords#publicising}
   * @param unasked {@link PolicyWords#unanswering} and {@link PolicyWords#deadlines}
   */
  record Records(Set<String> papers, Set<String> disclosing, Set<String> keepers, Set<String> granted,
      Set<String> seeing, Set<String> watching, Set<String> issuing, Set<String> tallies,
      Set<String> tallied, Set<String> requests, Set<String> answering, Set<String> grounds, Set<String> writingFor,
      Set<String> publishing, Set<String> unasked) {

    static Records of(Lang lang) {
      Set<String> body = new HashSet<>(PolicyWords.of(lang));
      body.removeAll(PolicyWords.scope(lang));
      body.addAll(PolicyWords.offices(lang));
      Set<String> disclosing = withEnclitics(PolicyWords.disclosing(lang), lang);
      // papers a body hides are asked of it as those it will not hand over
      disclosing.addAll(PolicyWords.withholding(lang));
      // what a body found by looking into a thing is asked of it as its papers are
      return new Records(WordSet.copyOf(PolicyWords.union(PolicyWords.papers(lang), PolicyWords.inquiries(lang))),
          WordSet.copyOf(disclosing),
          WordSet.copyOf(body), PolicyWords.granted(lang),
          WordSet.copyOf(withEnclitics(PolicyWords.seeing(lang), lang)), PolicyWords.watching(lang),
          PolicyWords.issuing(lang), PolicyWords.tallies(lang), PolicyWords.tallied(lang), PolicyWords.requests(lang),
          PolicyWords.answering(lang), PolicyWords.grounds(lang), PolicyWords.writingFor(lang),
          PolicyWords.publicising(lang),
          // an asking denied, or ahead of which the papers come out ("before anyone asks")
          WordSet.copyOf(PolicyWords.union(PolicyWords.unanswering(lang), PolicyWords.deadlines(lang))));
    }

    /** {@code verbs} and their infinitives with the pronouns of {@link PolicyWords#enclitics} joined ("mostrarme"). */
    private static Set<String> withEnclitics(Set<String> verbs, Lang lang) {
      Set<String> out = new HashSet<>(verbs);
      for (String verb : verbs) {
        if (verb.endsWith("r")) {
          for (String pronoun : PolicyWords.enclitics(lang)) {
            out.add(verb + pronoun);
          }
        }
      }
      return out;
    }
  }

  /**
   * The words of one's own life in a language.
   *
   * @param kin {@link PolicyWords#kin}
   * @param relatives kin and elders: whom one's own money may come from or go to
   * @param ownPeople a holder's own people and things: kin, or what a possessive "own" names ({@link
   *     PolicyWords#theirOwn})
   * @param ownLife {@link PolicyWords#ownLife}
   * @param settings the people and pastimes of private life a thing may be told among: relatives,
   *     elders, friends, a hotel, a match, a dish, a church, one neighbour ({@link PolicyWords#kin}, {@link
   *     PolicyWords#elders}, {@link PolicyWords#pastimes}, {@link PolicyWords#worship}, {@link PolicyWords#pets},
   *     {@link PolicyWords#neighbour}); not one's own ends and money ({@link PolicyWords#ownLife}: a
   *     bank, a house, also the central bank's and the House's)
   * @param firstSingular {@link PolicyWords#firstSingular}: the asker alone, whose burden is an errand
   * @param withTheAsker {@link PolicyWords#withTheAsker}: the words joining a person to the asker
   * @param electing {@link PolicyWords#electing}: a relative's own election, told after the relative
   * @param enquiring {@link PolicyWords#enquiring}: a person's verbs of asking or wanting to know
   * @param superiors {@link PolicyWords#superiors}: who holds sway over one in private life
   * @param associates {@link PolicyWords#associates}: the people of one's own working life
   * @param crafting {@link PolicyWords#crafting}: the verbs of making a thing by hand
   * @param leisure one's own ends and the games one plays ({@link PolicyWords#ownLife}, {@link
   *     PolicyWords#games}): an office seen or watched among them is a holiday's visit or a game's
   *     ({@code QuestionCompiler.atWorkInView})
   * @param projects {@link PolicyWords#ownProjects}: the asker's own study or pastime
   * @param pets {@link PolicyWords#pets}: the animals kept at home, a service told for whom is the owner's
   * @param pursuits {@link PolicyWords#pursuits}: the pastimes, worship and games a field's word may be
   *     told in, taking their sense
   * @param figures {@link PolicyWords#gameNouns}: the pursuits' words said of conduct as often as of play
   * @param puzzles {@link PolicyWords#puzzles}: the word puzzles whose clues the field's words may be
   */
  record OwnLife(Set<String> kin, Set<String> relatives, Set<String> ownPeople, Set<String> ownLife,
      Set<String> settings, Set<String> firstSingular, List<List<String>> withTheAsker, Set<String> electing,
      Set<String> enquiring, Set<String> superiors, Set<String> associates, Set<String> crafting, Set<String> leisure,
      Set<String> projects, Set<String> pets, Set<String> pursuits, Set<String> figures, List<List<String>> puzzles) {

    static OwnLife of(Lang lang) {
      Set<String> relatives = PolicyWords.union(PolicyWords.kin(lang), PolicyWords.elders(lang));
      return new OwnLife(PolicyWords.kin(lang), relatives,
          PolicyWords.union(PolicyWords.kin(lang), PolicyWords.theirOwn(lang)), PolicyWords.ownLife(lang),
          PolicyWords.union(relatives, PolicyWords.pastimes(lang), PolicyWords.worship(lang), PolicyWords.pets(lang),
              PolicyWords.neighbour(lang)),
          PolicyWords.firstSingular(lang),
          PolicyWords.withTheAsker(lang), PolicyWords.electing(lang), PolicyWords.enquiring(lang),
          PolicyWords.superiors(lang), PolicyWords.associates(lang), PolicyWords.crafting(lang),
          PolicyWords.union(PolicyWords.ownLife(lang), PolicyWords.games(lang)), PolicyWords.ownProjects(lang),
          PolicyWords.pets(lang), PolicyWords.pursuits(lang), PolicyWords.gameNouns(lang), PolicyWords.puzzles(lang));
    }
  }

  /**
   * The words of a company in a language, read by the gate to tell a company's society or department
   * from public life's.
   *
   * @param firms {@link PolicyWords#firms}
   * @param societies {@link PolicyWords#societies}
   * @param departments {@link PolicyWords#departments}
   * @param incorporation {@link PolicyWords#incorporation}
   * @param ventures {@link PolicyWords#ventures}
   * @param apps {@link PolicyWords#apps}: an application on a phone, a firm's product as often as a public body's
   * @param agencies {@link PolicyWords#agencies}: a public body's word and a business's alike
   * @param agencyTrades {@link PolicyWords#agencyTrades}: the trades that make an agency a business
   * @param customers {@link PolicyWords#customers}: those a business sells to
   */
  record Companies(Set<String> firms, Set<String> societies, Set<String> departments, Set<String> incorporation,
      Set<String> ventures, Set<String> apps, Set<String> agencies, Set<String> agencyTrades,
      Set<String> customers, Set<String> memberBodies, Set<String> orders) {

    static Companies of(Lang lang) {
      return new Companies(PolicyWords.firms(lang), PolicyWords.societies(lang), PolicyWords.departments(lang),
          PolicyWords.incorporation(lang), PolicyWords.ventures(lang), PolicyWords.apps(lang),
          PolicyWords.agencies(lang), PolicyWords.agencyTrades(lang), PolicyWords.customers(lang),
          PolicyWords.memberBodies(lang), PolicyWords.orders(lang));
    }
  }
}
