package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.testing.Shipped;

/**
 * What a question means to search, on the shipped corpus: a question about a theme reaches its
 * pledgers without the thesaurus' exact words; an everyday use of a domain word reaches nobody;
 * a pledger sharing only a generic word with the question is no peer.
 */
class MeaningTest {

  private static PledgeSearch shipped;

  /**
   * The rules' readings are tested here, on a search whose theme model knows nothing ({@link
   * PledgeSearch#prepareRulesAlone}): a retrained model moves none of them. What the model changes is
   * measured on the relevance sets and shown in {@link ThemeModelRulesTest}.
   */
  @BeforeAll
  static void index() throws IOException {
    Thesaurus thesaurus = Shipped.thesaurus();
    shipped = PledgeSearch.inMemory(PledgeSearch.prepareRulesAlone(thesaurus, Commonness.load()));
    shipped.sync(Shipped.corpus(thesaurus));
  }

  @AfterAll
  static void close() throws IOException {
    shipped.close();
  }

  private static List<String> ids(String question) {
    return shipped.search(SearchRequest.of(question)).hits().stream().map(h -> h.pledge().id()).toList();
  }

  private static Set<String> of(String theme) {
    Set<String> out = new HashSet<>();
    shipped.byTheme(theme).stream().map(Pledge::id).forEach(out::add);
    return out;
  }

  /** Each question gets no pledger. */
  private static void silent(String... questions) {
    for (String q : questions) {
      assertEquals(List.of(), ids(q), q);
    }
  }

  /** Each question gets some pledger. */
  private static void answered(String... questions) {
    for (String q : questions) {
      assertFalse(ids(q).isEmpty(), q);
    }
  }

  /** The first three hits are pledgers of the theme (one with more pledgers than a page lists). */
  private static void opens(String theme, String question) {
    List<String> got = ids(question);
    assertTrue(got.size() >= 3 && of(theme).containsAll(got.subList(0, 3)), question + " -> " + got);
  }

  /** The first hits are exactly the theme's pledgers. */
  private static void leads(String theme, String question) {
    Set<String> expected = of(theme);
    List<String> got = ids(question);
    assertTrue(got.size() >= expected.size(), question + " -> " + got);
    assertEquals(expected, Set.copyOf(got.subList(0, expected.size())), question + " -> " + got);
  }

  /**
   * A post left for the party it dealt with ({@link IntegrityStories#moved}) is the revolving door,
   * whatever party is named; the same move in one's own working life names no post and stays silent.
   */
  @Test
  void aPostLeftForThePartyItDealtWithIsPublicIntegrity() {
    leads("public-integrity", "a retired judge advises the insurers he judged");
    leads("public-integrity", "l'ancien préfet conseille la compagnie qu'il autorisait");
    silent("my former boss advises a startup now");
  }

  /**
   * One member of a legislature heeding the people before his bill ({@link ThemeDetector}'s heeded) is
   * their say in his own work: engagement opens, the house's openness stays for its own work in view.
   */
  @Test
  void oneMemberHeedingThePeopleBeforeHisBillIsTheirSay() {
    opens("citizen-engagement", "the senator will listen to residents before she drafts her water bill");
    opens("citizen-engagement", "la sénatrice va écouter les habitants avant de rédiger sa proposition de loi");
    opens("citizen-engagement", "el senador consultará a los vecinos antes de presentar su proyecto de ley");
    leads("legislative-openness", "the senators should publish how each of them votes on the water bill");
  }

  /**
   * The public putting forward ideas of a reform, or voting on them (ThemeDetector's heeded), is their say
   * with no body named; people's ideas for a kitchen's renovation are their own.
   */
  @Test
  void thePublicsIdeasOfAReformAreTheirSay() {
    opens("citizen-engagement", "an app where citizens suggest ideas for the tax reform");
    opens("citizen-engagement", "un site où les gens proposent des idées de réforme et les votent");
    silent("la gente propone ideas para la reforma de la cocina");
  }

  /**
   * A seat at the table in a question naming a public matter (ThemeDetector's seated) is a say in it,
   * whoever asks for it; a seat at a wedding's or a restaurant's table stays silent.
   */
  @Test
  void aSeatAtTheTableOfAPublicMatterIsASay() {
    opens("citizen-engagement", "tenant unions want a seat at the table when the city drafts its rent rules");
    opens("citizen-engagement", "les syndicats agricoles réclament une place à la table quand le ministère écrit la loi");
    opens("citizen-engagement", "las cooperativas piden un asiento en la mesa cuando el gobierno redacta el decreto");
    silent("can my aunt have a seat at the table next to the bride?",
        "reservar un lugar en la mesa del restaurante para el cumpleaños");
  }

  /**
   * The people asked only once a public text was finished ({@link LateSay}) is their say come too late:
   * engagement leads; a family's, a firm's or a party's plan finished before anyone was asked stays silent.
   */
  @Test
  void thePeopleAskedOnceAPublicTextWasFinishedIsTheirSayComeTooLate() {
    opens("citizen-engagement", "the parking regulation was adopted before the ministry asked the shopkeepers");
    opens("citizen-engagement", "la réforme des transports était signée quand les usagers ont été invités");
    opens("citizen-engagement", "el decreto ya estaba aprobado cuando el gobierno consultó a los campesinos");
    silent("the holiday plan was already decided when dad asked the kids",
        "our company strategy was signed before the boss asked the staff",
        "le programme de la fête était déjà bouclé quand on a invité les familles",
        "el plan de vacaciones ya estaba cerrado cuando invitaron a las familias");
  }

  /**
   * The same say told the other way round ({@link LateSay#early}: asked for before or while a public text is
   * made), the people's ideas put to a public body and its answer ({@link LateSay#unanswered}), a
   * consultation held once all was decided ({@link LateSay#sham}) and a public text co-written by a group
   * of the public beside its body: engagement leads; a wedding's plan, one's own thesis, a family's party,
   * a dentist's consultation and a band's songs stay silent.
   */
  @Test
  void thePeoplesSayAskedBeforeOrWhileAPublicTextIsMadeIsTheirSay() {
    opens("citizen-engagement", "how can commuters be heard before the county adopts its new parking strategy?");
    opens("citizen-engagement", "faire participer les habitants pendant que la commune prépare son plan de circulation");
    opens("citizen-engagement", "¿cómo consultar a los vecinos mientras el municipio redacta su reglamento de terrazas?");
    opens("citizen-engagement", "our ideas sent to the council last spring never got a reply, how do towns answer residents?");
    opens("citizen-engagement", "nuestras sugerencias al ayuntamiento nunca tuvieron respuesta");
    opens("citizen-engagement", "la consultation sur le nouveau quartier a eu lieu quand tout était déjà décidé");
    opens("citizen-engagement", "young people co-write the city's youth strategy in evening sessions");
    opens("citizen-engagement", "nous voulons être entendus avant que le conseil régional vote le schéma des transports");
    opens("citizen-engagement", "los vecinos quieren opinar mientras el ayuntamiento prepara la ordenanza de ruido");
    silent("can I give my opinion on the menu before the wedding plan is settled?",
        "mon frère veut donner son avis avant que je rédige mon projet de mémoire",
        "mis ideas para la fiesta nunca tuvieron respuesta de mis primos",
        "my consultation with the dentist finished early",
        "the band members co-write their songs before the tour plan is decided",
        "je veux être consulté avant que mon syndic décide des travaux",
        "I want to be consulted before my landlord decides on the new kitchen");
  }

  /**
   * The people's say on bills or amendments before their vote is the legislature opening its law-making:
   * a bill is a draft as the legislature holds it, so the reading of a say asked for before a public text
   * is made ({@link LateSay#early}) leaves it to the legislature's theme, as where the chamber is named.
   */
  @Test
  void thePeoplesSayOnBillsBeforeTheirVoteIsTheLegislaturesOpenness() {
    leads("legislative-openness", "how do countries let the public give their views on bills before they are voted?");
    leads("legislative-openness", "commenter les amendements avant le vote, quels pays le permettent aux citoyens ?");
    leads("legislative-openness", "¿cómo opinan los ciudadanos sobre las enmiendas antes de la votación?");
  }

  /**
   * A message telling the government's commitments to the partnership, whose ask is how the public takes
   * part in writing them (co-creation): the public's part is how the plan is made, so the ask's lead
   * ({@link AskSentence#led}) leaves the plan's process first.
   */
  @Test
  void anAskOfThePublicsPartInAPlansProcessLeavesThePlanFirst() {
    opens("action-plans", "Our ministry owes the partnership its new commitments by June and no association was asked."
        + " Who could coach us on running a real co-creation?");
    opens("action-plans", "Le ministère doit envoyer ses nouveaux engagements au Partenariat en juin sans avoir consulté"
        + " personne. Qui pourrait nous guider pour une vraie co-création ?");
    opens("action-plans", "El ministerio debe enviar sus nuevos compromisos a la Alianza en junio y no consultó a nadie."
        + " ¿Quién nos orienta para hacer una verdadera co-creación?");
  }

  @Test
  void aHolderOfSeveralWordsIsOnesOwnAsACitizenAndPapersAreAskedWithAJoinedPronoun() {
    // "my" before a holder named by several words says whose citizen the asker is, as "my MP" does
    answered("where do I find how my member of parliament voted on the pension reform");
    silent("my member of the golf club never pays his dues", "my memories of the city are fading");
    // a Spanish infinitive of disclosure carries its pronoun joined to it
    answered("la alcaldía se niega a mostrarnos los expedientes del contrato de basura");
    silent("el banco se niega a darme una copia del contrato", "mi abuela quiere darme sus cartas antiguas");
  }

  @Test
  void anOfficeOfPublicPowerNamedWithAProcedureOfItsOwnSupportsItsTheme() {
    answered("which senates stream their committee hearings and post the recordings afterwards");
    // a school's parliament and its sittings, one word each, are no procedure of an office
    silent("my daughter joined the youth parliament at school and loves its sittings",
        "parliament street restaurants with outdoor seating");
  }

  @Test
  void aPeoplesAdjectiveTakenByAWordOfALanguagesUseIsTheLanguage() {
    silent("my son wants to study Swedish at university", "nous voulons apprendre le norvégien cet été",
        "busco un profesor de húngaro", "please translate our restaurant menu into Dutch");
    // a theme's question in a language named stays the theme's: the country is not what it names
    assertEquals("wg-open-data", ids("please translate our open data guide into Dutch").get(0));
    // the people, after an article or a preposition of source, and an adjective qualifying a noun, stay the country's
    assertEquals("NL", ids("what could our ministry learn from the Dutch?").get(0));
    assertEquals("NO", ids("Norwegian commitments on extractives?").get(0));
    // where languages are written in small letters, a capital names the people
    assertEquals("HR", ids("experts en Croate").get(0));
    assertTrue(ids("experts en croate").isEmpty());
  }

  @Test
  void aBodyItsMembersOwnOwnsTheFieldsWordsToldOfIt() {
    // a cooperative, a union, a profession's order: their governance, audits and accounts are their own
    silent("la gouvernance de la mutuelle doit-elle changer avec la fusion",
        "l'ordre des architectes veut faire vérifier ses comptes annuels par un expert",
        "el colegio de médicos va a auditar sus cuentas del año pasado",
        "soy secretaria del gremio y tengo que cuadrar las cuentas con el extracto del banco");
    // the same bodies asking of public governance keep their answers
    answered("le syndicat demande que le ministère publie son budget",
        "la cooperativa pide al ayuntamiento que publique los contratos públicos");
  }

  @Test
  void aPrivateSubjectOwnsWhatItsPossessivePointsBackTo() {
    // a private body, the sentence's subject, doing a thing of the field to its own things
    silent("our hikers' association is rewriting its bylaws", "notre association de marcheurs modifie son règlement",
        "nuestra asociación de senderistas cambia su reglamento interno",
        "l'entreprise publie son procès-verbal du conseil");
    // a public body between them is the possessive's owner: its budget is public
    answered("our association asks the ministry to publish its budget",
        "notre association demande au gouvernement de publier son budget",
        "nuestra asociación pide al ministerio que publique su presupuesto");
  }

  @Test
  void aRelativesOwnElectionIsNoWordOfPublicLife() {
    silent("my niece was elected to the student parliament, should she give a speech",
        "mon neveu est élu délégué de sa classe, que lui offrir");
    // elected to a public office, the office still speaks
    answered("my brother was elected to parliament and hired his wife as his assistant");
  }

  @Test
  void aCountryNamedAsWhereTheAskerLivesIsWhoAsksNotWhatIsAsked() {
    // a theme asked from one's home country: the theme's pledgers answer, the country is not named
    assertEquals(List.of("HU", "NO"), ids("I live in Georgia and want to know how officials declare their assets"));
    assertEquals(List.of("HU", "NO"), ids("j'habite au Mexique, comment lutter contre la corruption des fonctionnaires ?"));
    assertFalse(ids("soy de Italia y quiero pedir documentos a un ministerio").contains("IT"));
    // asked of elsewhere in the question, the country is asked about
    assertEquals("GE", ids("I live in Georgia, what did Georgia pledge on public services?").get(0));
  }

  @Test
  void aNameWhoseSentenceAsksWhatItPledgedIsAskedAboutHoweverLongThePreamble() {
    assertEquals("CR", ids("We hope to set up a call with Costa Rica next month to go over what they pledged").get(0));
    assertEquals("PA", ids("Nuestra oficina quiere organizar una llamada con Panamá el mes próximo para revisar lo que prometieron").get(0));
    // an offer told to the asker, or after an everyday word, is no pledge
    silent("I visited Chile last year and my friend offered me a tour");
  }

  @Test
  void theWordsOfAPhraseMayComeInAnyOrder() {
    leads("open-data", "how do I make my data open?");
    leads("access-to-information", "access to government information");
  }

  @Test
  void aShortTypoInsideAPhraseIsForgiven() {
    for (String q : List.of("opne data", "open dta", "open daat", "donées ouvretes")) {
      leads("open-data", q);
    }
    assertEquals(List.of(), ids("open dta plan for my phone"), "a short typo is everyday evidence");
  }

  @Test
  void vocabularyReachesTheThemeWithoutItsSynonyms() {
    leads("budget-transparency", "où va l'argent de nos impôts ?");
    leads("public-integrity", "anciens fonctionnaires qui passent dans le secteur privé");
    leads("citizen-engagement", "comment impliquer les citoyens");
    leads("access-to-information", "how do citizens request documents from ministries?");
  }

  @Test
  void anEverydayWordNeedsSupportFromTheRestOfTheQuestion() {
    silent("my bank account is locked", "how to delete my account", "budget travel to Paris",
        "parliament street restaurants", "service delivery of my parcel", "mine de crayon",
        "transparence des rideaux", "gold mine tour for tourists", "action plan for losing weight",
        "corrupted video file recovery");
    for (String q : List.of("budget", "budget law", "local budget", "who can help with our municipal budget?")) {
      leads("budget-transparency", q);
    }
    leads("natural-resources", "mining revenue transparency");
  }

  @Test
  void spanishNamesOfLocalGovernmentAndItsRulesSupportEverydayWordsOfATheme() {
    // the town hall of Spain, the municipality of Latin America, rules and regulations: each a
    // word of public life as "council", "municipality" and "rules" are in English
    for (String q : List.of("consultar a los vecinos sobre el nuevo reglamento",
        "consultar a los vecinos de la municipalidad", "que el ayuntamiento consulte a los vecinos")) {
      assertTrue(ids(q).containsAll(of("citizen-engagement")) && !ids(q).isEmpty(), q + " -> " + ids(q));
    }
    silent("consultar al médico sobre mi dieta", "los vecinos del quinto hacen ruido");
  }

  @Test
  void twoEverydayEntriesOfOneThemeNeedAThirdWordOfTheField() {
    silent("copper and cobalt earrings on sale", "du pétrole et du charbon pour la cheminée",
        "oro y cobre para unas joyas");
    // a third word of the field says the pair is about public life
    leads("natural-resources", "publishing copper and cobalt contracts");
    leads("natural-resources", "copper and cobalt");
    // put as a question, the pair is asked about; a word lifted from the theme's own phrases stands
    // beside its entry as those phrases do
    leads("natural-resources", "what about copper and cobalt sales?");
    leads("accountability", "peers handle grievances");
  }

  @Test
  void aLoneEverydayCueNeedsMoreThanAPublicVersionOfAThing() {
    // one cue that is an everyday word, beside a word saying only whose or where a thing is
    silent("regional train to the airport", "le marché local du dimanche",
        "el día nacional del libro", "the council of my building");
    // an institution or a person of public life says the cue is about governing
    answered("le marché du ministère", "ministries at the local level", "train officials");
  }

  @Test
  void localElectedRepresentativesAndTheStatesLocalOfficeAreWordsOfPublicLife() {
    // an everyday word of a theme beside a councillor, a prefecture, a regidor, an intendente or
    // "govt" is about governing, as beside a mayor, a mairie or an alcalde
    answered("what do the councillors spend", "les dépenses de la préfecture",
        "los gastos del regidor", "la oficina del intendente y sus gastos", "govt spending");
    // with no word of a theme beside them, they name nothing
    silent("el intendente del edificio no arregla el ascensor",
        "my councillor friend is throwing a birthday party");
  }

  @Test
  void theSpanishGovernmentsAboveTheTownAreWordsOfPublicLife() {
    // an everyday word of a theme beside a governorate, an intendencia, a prefectura or a GAD is
    // about governing, as beside an alcaldía or a French préfecture
    answered("los gastos de la gobernación", "la intendencia y sus gastos", "las compras de la prefectura",
        "los gastos del GAD");
    // with no word of a theme beside them, they name nothing
    silent("mi tía trabaja en la gobernación desde hace años",
        "el campamento tiene una intendencia con comida y tiendas");
  }

  @Test
  void theCouncilOfAPrivateBodyIsNoWordOfPublicLife() {
    // everyday words of the field beside the council of a school, a student body, a building
    silent("student council elections at university", "school council elections",
        "when does the tenants' council of our building meet?");
    // the council itself, one's own, or one named by a level of government or a division of the country
    answered("council spending", "what does my council spend on roads?", "city council spending",
        "county council spending", "how does the district council spend its money?");
  }

  @Test
  void aDivisionBesideAnActOfTheFieldIsTheGovernmentOfThatPlace() {
    // a town or a district asked to publish, consult or answer complaints: its government
    answered("will the district publish what it paid the road builders",
        "neighbours want the town to consult them about the new car park",
        "pourquoi le canton ne publie pas ses dépenses de voirie",
        "los vecinos piden que la provincia consulte antes de cerrar la escuela");
    // the same places and everyday words with no act of the field: no question of governing
    silent("which bakery in our town has the best bread", "the district line is closed this weekend",
        "our town's football team lost the final", "un paseo en bici por la provincia este verano");
  }

  @Test
  void aRoleASectorOwnsBesideAnActOfTheFieldIsAPublicService() {
    // an office of education or health asked to publish, consult or answer complaints
    answered("las familias quieren que la secretaría de educación consulte el nuevo calendario",
        "la direction de l'éducation ne publie pas ce que coûte chaque collège");
    // the same roles owned by a club or by someone, or with no act of the field
    silent("my sister complains her school office is too noisy",
        "la secretaría del club de tenis publica los horarios",
        "where is the education office car park");
  }

  @Test
  void aServiceOrCentreASectorOwnsBesideAnotherThemesEvidenceIsAPublicService() {
    // a health centre whose staff's pay went missing, or whose users want a say: the money or the
    // engagement is told of the public service, with no act of the field
    answered("les aides-soignantes du centre de santé ne touchent plus rien et personne ne sait où va l'argent",
        "las enfermeras del centro de salud no cobran y nadie sabe dónde quedó el dinero",
        "los vecinos quieren opinar sobre los horarios del centro de salud");
    // the same centre for one's own errand or its hours; a service whose kind a noun typed before it says
    silent("el centro de salud abre a las ocho", "l'infirmière du centre de santé m'a vacciné hier",
        "the IT service desk reset my account");
  }

  @Test
  void aThingOfTheFieldThatTakesMonthsToComeIsAServiceFailing() {
    // a permit or a pension that takes months to reach those who asked for it: a public service
    // failing them, though no body is named
    answered("building permits take eight months to arrive in our county",
        "las pensiones tardan cuatro meses en llegar a los jubilados del pueblo");
    // a thing that takes years to form, a shop's waiting list, one's own licence, a parcel
    silent("the oil takes millions of years to form under the sea", "the waiting list for the new bicycle is months long",
        "it took two years to get my driving licence back", "le colis met deux mois à arriver de Chine");
  }

  @Test
  void aLongWayTravelledForAPaperOfTheFieldIsAServiceOutOfReach() {
    // the people made to cover a long way to renew a paper, or a kiosk that spares it: the state's
    // counter stands too far from those it serves
    answered("residents of the islands travel three days by boat to renew their identity cards",
        "les habitants doivent parcourir cinquante kilomètres pour refaire leur carte d'identité",
        "los vecinos tienen que viajar hasta la ciudad para renovar el pasaporte");
    // one's own trip with one's own passport, a walk to a school or a hospital, a trip for pleasure
    silent("I travel to Paris next week, do I need to renew my passport?",
        "the walk to the school takes an hour for the children", "le trajet jusqu'à l'hôpital prend une heure",
        "viajar a Roma con el pasaporte de mi hermano", "les gens parcourent des kilomètres pour voir le concert");
  }

  @Test
  void anOfficeReachedThroughAChannelIsAServiceAtADistance() {
    // a public body people reach by a phone, a text or a messaging app, no paper named: its service
    answered("can villagers contact the ministry through WhatsApp?", "peut-on joindre la préfecture par SMS ?",
        "¿se puede contactar al ministerio por WhatsApp?");
    // a landlord, a plumber, a shop reached the same way
    silent("can I reach my landlord by WhatsApp?", "peut-on joindre le plombier par SMS ?",
        "¿se puede contactar a la tienda por WhatsApp?");
  }

  @Test
  void peopleQueueingForAThingOfTheFieldAreAServiceFailing() {
    // a line of people beside another thing of the field: a service keeping its users waiting at its
    // counter, told without a count
    answered("patients queue all morning at the district hospital to get a prescription",
        "trois heures de queue pour refaire un passeport",
        "los enfermos hacen fila toda la noche frente al hospital");
    // a line for a shop, a cinema or a concert, one's own errand, a waiting list
    silent("the queue at the bakery was long this morning", "I queued for two hours for my own passport photo",
        "la file d'attente du cinéma faisait le tour du pâté de maisons", "la fila para el concierto empezó a las seis",
        "the dance school has a waiting list for the summer class");
  }

  @Test
  void aPublicBodyThatNeverAnswersIsAServiceFailingItsUsers() {
    // an answer denied by a public body that supports it: a town hall, the tax office
    answered("la mairie ne répond jamais à nos courriers sur l'éclairage public",
        "I have written to the tax office three times and nobody has replied",
        "el ayuntamiento nunca responde a nuestras cartas sobre el alumbrado");
    // the same denial of a bank, a landlord, a friend, a plumber, or one's own errand: nothing supports it
    silent("my bank never replies to my emails", "le propriétaire ne répond pas quand le chauffage tombe en panne",
        "mi novio nunca contesta mis mensajes", "the plumber said he would call back and never did",
        "mon opérateur téléphonique ne répond jamais");
  }

  @Test
  void aPledgerNamedWeaklyStaysFirstBesideAnAnswerDenied() {
    // a people's adjective read weakly (made from a listed one) beside another theme and a public body
    // that never answers: the piece that answer adds joins below that theme without lifting it past the name
    assertEquals("SK", ids("el ayuntamiento nunca contesta las cartas de los vecinos, ¿las autoridades eslovacas podrían orientarnos?").get(0));
    assertEquals("UY", ids("en la alcaldía nadie responde las solicitudes de acceso, quizá el gobierno uruguayo nos pueda asesorar").get(0));
  }

  @Test
  void theTaxCollectorIsAHolderOfPublicOffice() {
    // "percepteur" names the public treasury's tax collector and nothing else: a holder acting in office
    answered("le percepteur a embauché son neveu");
  }

  @Test
  void aServiceOrCentreASectorOwnsBesideAnActOfTheFieldIsAPublicService() {
    // a health service or centre asked to publish or disclose, or complained about
    answered("where can residents complain when the health centre loses their files",
        "le service de santé refuse de divulguer ce qu'il dépense en intérim",
        "dónde reclamar cuando el servicio de salud pierde los análisis");
    // the same bodies beside one's own things, owned by no sector, or with no act of the field
    silent("my brother published a video of the health centre on youtube",
        "ma sœur a publié une photo du centre de santé",
        "cómo consultar mis vacunas en el centro de salud",
        "where can I complain about the customer service of the airline",
        "le centre commercial publie ses horaires de noël");
    // the public one of a sector's things beside an act of the field, but not its own word as the act
    answered("where can parents complain when the public school hides its exam results",
        "los padres quieren que la escuela pública consulte el calendario");
    silent("la escuela pública cierra en agosto", "my nephew's public school published the photos of the play");
  }

  @Test
  void aSectorOfPublicActionNeedsPublicLifeBesideItInEveryLanguage() {
    // a health service named for an errand, with nothing of public life beside it
    silent("el servicio de salud queda lejos de la estación", "hay que ir al servicio de salud a las ocho");
    // beside a word of public life it is the sector still
    answered("el gobierno recorta los servicios de salud", "the government cuts health services");
  }

  @Test
  void theRulesOfAPrivateOwnerNamedByAPossessiveAreNoWordOfPublicLife() {
    // a lone everyday cue beside the policy or rules of a hostel, a hotel, a firm, a shop
    silent("the hostel's house rules about noise after midnight", "the bike shop's repair policy",
        "the hotel's pet policy for small dogs", "the car rental firm's fuel policy");
    // owned by a word of public life, a division of the country, an office of public power or a
    // name; or no possessive at all
    answered("the ministry's policy on school buildings", "the country's rules for elections",
        "the nation's energy policy", "the party's policy on housing", "the president's rules on travel",
        "Kenya's health policy", "housing policy");
  }

  @Test
  void theRulesOfAnyOrganisationDoNotSupportEverydayCuesAlone() {
    // words lifted from the field's phrases that everyday language uses ("only", "check", "shop"
    // and "items") beside rules or a policy that a compound or a possessive gives a private owner
    silent("swimming pool rules say caps only", "hotel check-out policy, can I leave late",
        "the shop's policy on returning sale items");
    // the rules, bare, rules with a public owner, or rules named by the evidence
    answered("who checks that the rules are followed", "the city's new parking rules", "how are new rules made");
  }

  @Test
  void theRulesOfAnyOrganisationNamedAfterThemDoNotSupportEverydayCuesAlone() {
    // a shop's, a supermarket's, a hotel's policy, named after a preposition of belonging, beside
    // words lifted from the field's phrases that everyday language uses ("retour", "jours", "días", "check")
    silent("quelle est la politique de retour de la boutique en ligne ?", "la politique du magasin sur les jours fériés",
        "la política del supermercado sobre los días festivos", "the policy of the hotel on late check-out");
    // a division of the country named there owns a public policy
    answered("la politique de la région sur les jours fériés");
  }

  /**
   * The rules or policy of a private thing support no evidence made only of everyday words of the
   * language, whether those words are lifted from the field's phrases or are entries of their own
   * ("participation", "transparent", "acceso"), and however long the sentence.
   */
  @Test
  void theRulesOfAnyOrganisationDoNotSupportEverydayWordsOfTheLanguage() {
    silent("the uniform policy of the dance school asks for participation from every parent",
        "El gimnasio tiene una política de cancelación transparente y acceso libre a la piscina.");
    // a public owner, or an owner the evidence names, keeps the policy public
    answered("la política de compras del ayuntamiento", "the ministry's procurement policy",
        "la politique de santé de la région est décidée sans consulter les habitants");
  }

  /**
   * The first person plural's possessive before a relative ("our kids", "notre famille", "nuestra
   * familia") makes the question one of the asker's household, private life as "my" does: theme
   * evidence beside it is no question of governing without a word of public life.
   */
  @Test
  void theThingsOfOnesHouseholdAreOnesOwn() {
    silent("our kids' budget for the year and their phone data contract",
        "notre famille a un budget serré et un contrat de données mobiles",
        "nuestra familia tiene un presupuesto y un contrato de datos para los móviles");
    // a word of public life beside the household, or a place owned by "our", keeps the question public
    answered("our children deserve open budget data from the ministry", "our city should publish its budget data",
        "nuestros hijos merecen que el ministerio publique los datos del presupuesto");
  }

  /**
   * One's own things are read by the possessives of the question's language only: the Spanish "mi"
   * inside a French compound ("à mi-parcours", halfway) owns nothing.
   */
  @Test
  void onesOwnThingsAreSaidInTheQuestionsLanguage() {
    answered("rapport à mi-parcours : qui peut nous conseiller ?", "des conseils sur l'évaluation à mi-parcours");
  }

  /**
   * The asker's own group, a household or a private body that "our" names, owns what a theme's own
   * words say beside it: strong evidence that names a theme is its private matter unless something
   * public stands beside it.
   */
  @Test
  void aThemesOwnWordsAboutOurOwnGroupAreOurOwnMatter() {
    silent("our hiking club would like an open budget for the new tents",
        "notre amicale de pétanque veut un budget transparent pour le tournoi",
        "nuestro club de montaña quiere un presupuesto participativo para las excursiones",
        "transparence budgétaire à la maison entre nos enfants",
        "queremos datos abiertos en nuestra familia sobre los gastos del mes");
    // a public body beside the group, or a division of the country it asks about, keeps it public
    answered("our hiking club wants an open budget from the ministry for mountain paths",
        "notre amicale de pétanque demande un budget transparent à la région",
        "our residents' association wants budget transparency from the town",
        "our tenants' association wants to know what the village spends on lighting each year");
  }

  /**
   * A particular thing named as the owner by a possessive in small letters, no word of public life
   * and no word of the question's evidence (the cinema's, the gym's), is a private owner read
   * from the sentence: the things it owns are its own affairs, as one's own are, and its everyday
   * or vocabulary evidence needs a word of public life beside it.
   */
  @Test
  void aPrivateOwnersThingsNamedByItsPossessiveAreItsOwnAffairs() {
    silent("the cinema's customer service has published its complaints procedure",
        "the gym's shareholders demand accountability from the board");
    // a public owner, a word of public life beside it, or no article before the owner (a kind of
    // people, residents', rather than a particular owner) keeps it public
    answered("the ministry's customer service has published its complaints procedure",
        "the gym's shareholders demand accountability from the city council",
        "the housing office keeps ignoring residents' complaints, who holds it to account");
  }

  @Test
  void anEnglishEverydayWordIsEverydayInTheLanguageThatBorrowsIt() {
    // "online" is in no Spanish list of everyday words but in the English one: a shop's policy beside it alone
    silent("la política de cambios de la tienda online para zapatillas");
    answered("la política de datos abiertos del gobierno online");
  }

  @Test
  void aPolicyWordJoinedByABareDeToAPrivateThingNamesThatThing() {
    // a refit of a bathroom, of a living room: the thing after the bare "de" says what was done to
    silent("presupuesto aproximado para la reforma de salón y pasillo", "quel budget pour une réforme de salle de bains ?");
    // an article before the thing, or a public owner named further on, keeps the act public
    answered("el presupuesto de la reforma de la ley de aguas", "presupuesto para la reforma de salud del gobierno");
    // a rarer word or a slip after it may be the field's own (a slip for "finances")
    answered("est-ce que la loi de nances existe au niveau local ?");
  }

  @Test
  void aPolicyWordThatSaysWhatKindOfBodyAPrivateOwnerHasSupportsNothing() {
    // a board of directors, as a building firm or a start-up has: "administration" is its kind
    silent("el consejo de administración de la constructora aprobó los bonos para los gerentes",
        "le conseil d'administration de la start-up valide le plan de recrutement");
    // a public owner after it keeps the public reading
    answered("el consejo de administración de la administración pública aprobó el plan");
  }

  @Test
  void aBoardWithNoOwnerBesideEverydayWordsIsAnyFirmsBoard() {
    // no owner named at all: the board any firm or club has, beside everyday words of the language only
    silent("le conseil d'administration valide le plan de recrutement",
        "el consejo de administración aprueba el plan de vacaciones");
    // its owner named public keeps it public
    answered("le conseil d'administration de l'hôpital public publie le plan de recrutement");
  }

  @Test
  void aFrenchSocieteAloneIsACompany() {
    // "la société" alone names a company in everyday French; civil society says so with "civile"
    silent("la société publie ses comptes annuels sur son site");
    answered("la société civile demande les comptes de la commune");
  }

  @Test
  void aSpanishSociedadBesideTheCompanysOwnWordsIsThatCompany() {
    // beside its legal form or its shareholders "la sociedad" is a company, no society at large
    silent("los socios de la sociedad limitada revisan el presupuesto de la oficina",
        "los accionistas de la sociedad anónima revisan el presupuesto de la oficina");
    // alone, or as civil society, it stays a word of public life
    answered("la sociedad revisa el presupuesto de la oficina",
        "los socios de la sociedad civil revisan el presupuesto de la oficina");
  }

  @Test
  void aDepartmentBesideAFirmIsTheFirms() {
    // a question that names a firm makes its department the firm's, no public body
    silent("the company's accounting department sends the budget to clients by email");
    // with no firm named, or beside another word of public life, it stays public
    answered("the accounting department sends the budget to clients by email",
        "the ministry's accounting department sends the budget to the company by email");
  }

  @Test
  void aDepartmentBesideOnesOwnThingsOrTheAddresseesIsTheAddressees() {
    // a department in a message about one's own things, or the addressee's, is where an errand is done
    silent("the accounting department sends my budget statement by email every month",
        "your accounting department sends the budget to clients by email");
    // a department alone, or beside another word of public life, stays public
    answered("the accounting department sends the budget to clients by email",
        "the ministry's accounting department sends my budget statement by email every month");
  }

  @Test
  void whatAFirmOwnsIsItsOwnAffair() {
    // a firm owns the field's words (its possessive, "our"), nothing of public life beside them
    silent("the company's code of ethics hotline: how do I file a report as a shareholder?",
        "should our company disclose the board members' interests to the staff?");
    // firms in general, a firm money comes from, a firm of a trade the field reads, or a firm beside
    // public life stay the field's
    answered("should mining companies disclose what they pay?", "les entreprises doivent-elles déclarer leurs lobbyistes ?",
        "the judge accepted cash from the businessman to close the case",
        "does the state oil company disclose its payments to the government?",
        "l'entreprise qui a obtenu le marché doit-elle publier le contrat du ministère ?");
  }

  @Test
  void theAskersOwnBusinessOwnsTheFieldsWordsItNames() {
    // the first person's possessive with a firm, a business or its customers: the business's own affair
    silent("how can our company improve accountability and transparency toward shareholders",
        "ma boutique cherche à rendre des comptes à ses fournisseurs",
        "nuestros clientes exigen transparencia presupuestaria en la factura del catering");
    // a public body, a level of government or a bribe beside it stays the field's
    answered("our start-up wants to reuse the open data the ministry publishes",
        "notre entreprise veut savoir quels pays publient leurs contrats miniers",
        "our firm refuses to pay bribes, how do others fight bribery",
        "nuestra empresa recibe pedidos de sobornos cada mes");
  }

  @Test
  void anAgencyOfATradeOrOneServingItsOwnCustomersIsABusiness() {
    // an agency of a trade only a business sells, and the asker's own calls or service beside customers
    silent("our design agency needs an action plan to win new clients",
        "notre agence de voyages veut un plan d'action pour ses clients",
        "nuestra agencia inmobiliaria necesita un plan de acción para el verano",
        "our call center wants to improve the service our clients get");
    // the asker's own agency whose kind is a private trade, listed or not: its charter, its plans, its data
    silent("notre agence de publicité veut une charte de déontologie pour ses commerciaux",
        "nuestra agencia de modelos quiere un plan de acción para sus redes",
        "notre agence de baby-sitting veut une charte d'éthique pour ses nounous");
    // and its own everyday paperwork: its registers, its files, its forms
    silent("comment archiver les dossiers de notre agence de baby-sitting",
        "notre agence de communication veut numériser ses archives et ses formulaires");
    // a government agency, a country asked about, or a state's document the customers queue for stay the field's
    answered("which government agency publishes open data on transport",
        "our customers wait months for passports, which countries improved passport services",
        "our customers queue for hours to renew their driving licence",
        "nuestra agencia de publicidad perdió una licitación pública, qué gobiernos publican los contratos");
    // so do an officer of public power, a bribe (hyphens and all), a public owner or a government beside it
    answered("notre agence de voyages a reçu une demande de pot-de-vin d'un douanier",
        "our travel agency was asked for a bribe by a customs officer",
        "notre agence de voyages veut réutiliser les données ouvertes du gouvernement",
        "notre agence de santé publique veut un code de déontologie pour ses agents");
  }

  @Test
  void aFirmsOrAClubsOwnPolicyIsItsOwn() {
    // the rules or policy of a firm or a body private people form, beside its evidence, are its own
    silent("la directiva de nuestra empresa redacta una política de integridad para los viajes del personal");
    // a government's policy named beside it stays the field's
    answered("our company must follow the ministry's new integrity policy for suppliers");
  }

  @Test
  void aBoardOfTheAskersOwnOwnsTheFieldsWordsItNames() {
    // a board of directors the asker's possessive owns, or owns the firm or body it belongs to
    silent("notre conseil d'administration veut une charte de déontologie pour les achats de fournitures",
        "el consejo de administración de nuestra cooperativa debe rendir cuentas a los socios del huerto");
    // a public register, a town or a bribe beside it stay the field's
    answered("nuestro consejo de administración quiere saber si el ayuntamiento publica sus contratos",
        "el consejo de administración de mi empresa denuncia un soborno pedido por un funcionario",
        "notre conseil d'administration veut réutiliser les données ouvertes du gouvernement");
  }

  @Test
  void aPostTheSpeakerNamesBesideHisOwnThingsIsTheVoiceNotTheMatter() {
    // "I'm a councillor", "je suis fonctionnaire", "soy funcionario" told beside one's own things or
    // private life: who asks, supporting nothing of what is asked
    silent("I'm a councillor and my own tax return is late, what's the fine?",
        "je suis fonctionnaire et je cherche une recette de gâteau pour mes enfants",
        "soy funcionario y quiero ir de vacaciones a la playa con mi familia, ¿qué destino?");
    // the people it serves spoken of, or evidence of the field's own, stay the field's
    answered("I'm a mayor and my neighbours complain the council never publishes its spending, where can they see it?",
        "soy alcaldesa y mis vecinos quieren opinar sobre el presupuesto del municipio, ¿cómo lo hacemos?",
        "je suis conseiller municipal et mon frère a obtenu un marché de la mairie sans appel d'offres");
  }

  @Test
  void theFieldsWordsNamingTheAskersOwnUnitAreTheVoiceNotTheMatter() {
    // "our open data team", "je travaille au service des ressources naturelles": the unit's chores
    silent("our open data team wants a new coffee machine for the kitchen, which brand is best",
        "je travaille au service des ressources naturelles et je cherche une nouvelle chaise de bureau");
    // the unit asking what governments or other towns do stays the field's
    answered("our open data team wants to know which governments publish their data as open data",
        "as the council's participation officer, what have other towns done?",
        "soy técnica de transparencia, ¿qué han hecho otros gobiernos?");
  }

  @Test
  void aPublicPlaceOrPostFramingTheAskerSupportsNothingBeyondIt() {
    // the public place or post the asker works at or as, named by a word of public life, then a chore:
    // where or as what the asker works, no governing
    silent("as a court clerk, what do I write in a leaving card for a colleague after twenty years?",
        "soy secretaria de la fiscalía, ¿qué escribo en una tarjeta para un compañero que se jubila?",
        "I work at the county court, which shoes are best for standing all day?",
        "trabajo en la fiscalía, ¿qué auriculares sirven para llamadas largas?");
    // a post named alone at the head of the question, its own clause, frames it as "I'm" does
    silent("agent au tribunal, quelles plantes vertes pour un bureau sombre ?",
        "juge d'instruction, quel sac à dos pour aller au travail à vélo ?");
    // the same frame asking of the body's public work, its peers or the people stays the field's
    answered("I work at the county court, which countries publish their court rulings online?",
        "juge d'instruction, quels pays protègent les lanceurs d'alerte ?",
        "trabajo en la fiscalía, ¿qué países publican sus datos de corrupción como datos abiertos?");
  }

  @Test
  void aTownsStationeryFurnitureAndFeastsAreItsErrands() {
    // what a town hall has printed, its benches, its Christmas market: the office owns an everyday thing
    silent("la mairie doit commander des enveloppes pour envoyer les voeux du maire, où les acheter ?",
        "the council needs new benches for the town hall foyer, which ones last longest?",
        "el ayuntamiento organiza el mercadillo de Navidad en la plaza, ¿cuántos puestos caben?");
    // what it spent on them, or the people's say in them, stay the field's
    answered("combien la mairie a dépensé pour les illuminations de Noël et où est-ce publié ?",
        "the council spent 40,000 on Christmas lights without a tender, who checks that?");
  }

  @Test
  void anOfficeNamedOnlyAsAnEverydayThingsSettingIsNoGovernance() {
    // a body's building as the place, owner or destination of an everyday thing (OfficeSetting): silent
    // (answered on main, the office's word alone read as governance)
    silent("the wifi at the statistics office keeps dropping after lunch, is a second router worth it",
        "la photo pour le formulaire de la préfecture doit faire quelle taille",
        "el ascensor del ministerio de hacienda no funciona, hay escaleras accesibles");
    // the same body spending, awarding, hiring or answering for it stays the field's
    answered("how much did the transport ministry pay for its new canteen and was there a tender",
        "la diputación provincial contrató al sobrino del presidente para llevar la cafetería");
    // what the office's people go on to do ("to" ends the office's phrase): their colleagues are no setting
    answered("staff who quit the ministry to lobby their old colleagues",
        "advisers quitting the cabinet office to lobby ex-colleagues");
  }

  @Test
  void aPersonsOwnErrandAtAnOfficeIsNoGovernance() {
    // the day it opens, one's own appointment, the bus there, a ramp at its door (OfficeSetting.Errands):
    // silent (the first three answered on main, the office's word read as governance)
    silent("I have an appointment at the prefecture, which papers do I take",
        "la sous-préfecture est-elle ouverte le mercredi après-midi",
        "¿qué autobús llega a la municipalidad desde el puerto?",
        "can customers pay by card at the senate bookshop",
        "¿hay rampa en la entrada del ayuntamiento?",
        "can a group of pupils visit the national assembly",
        // a verb that shuts the office beside a day it shuts on is its hours; one's own thing makes it one's errand
        "¿la agencia tributaria cierra los domingos?",
        "faut-il un rendez-vous pour refaire mon passeport à la mairie");
    // the office closing, lacking, legislating or opening up as a matter of governance stays the field's
    answered("the council closed the library on sundays to save money",
        "the city hall has no interpreter on saturdays for deaf residents",
        "a law on public holidays was passed by parliament without debate",
        "which countries let citizens book appointments at every public office online",
        "el ayuntamiento debería abrir el registro los sábados y publicar sus horarios");
    // a visit is the office's where its work is watched or a delegation or a purpose of study pays it
    answered("can students visit the senate to watch its debates",
        "how many study visits did the ministry of finance pay for last year",
        // a relative's appointment the line never answers is the service's failing
        "the regional hospital's appointment line never answers and my grandmother gave up",
        // peers asked about as a class: what governments require of every building is policy
        "which governments require ramps at the entrance of every public building",
        "¿qué países obligan a los edificios públicos a tener rampas en la entrada?");
  }

  @Test
  void theAskersOwnPresenceAtAnOfficeToldByItsLogisticsIsNoGovernance() {
    // the asker (or a visitor, or "faut-il", "hay que") going to, getting into or paying at an office, with no
    // thing of a listed errand named (OfficeSetting.present): silent (answered on main)
    silent("where do visitors leave their bikes at the provincial parliament",
        "faut-il payer en liquide au guichet de la préfecture",
        "¿puedo pagar con el móvil en la ventanilla del consulado?",
        "¿puedo llevar comida a la tribuna del parlamento?");
    // taking part in the body's sittings, speaking there, or what one asks of it stays the field's
    answered("can i speak at the next sitting of the town council",
        "¿puedo asistir a los plenos del concejo municipal?",
        "where can i report a bribe asked at the customs office");
  }

  @Test
  void anOfficesHoursAColleaguesFarewellOrOnesOwnNeighbourAreItsSetting() {
    // the time of day it opens or shuts at, the floor a desk is on, a present for a colleague who leaves,
    // one's own neighbour on one's plot, one's own appointment told by a Spanish verb alone (OfficeSetting)
    silent("what time does the consulate's reception open",
        "à quelle heure ouvre la sous-préfecture",
        "¿hasta qué hora abre la oficina de extranjería?",
        "is the visa desk on the first floor of the embassy",
        "we want to give the court usher a present for his retirement",
        "un cadeau pour le départ à la retraite du concierge de la préfecture",
        "mi vecino levantó una valla en mi jardín según el registro de la propiedad",
        "necesito un turno con el pediatra del hospital",
        // what a consultation with a specialist there costs is the patient's bill
        "what does a consultation with the cardiologist at the university hospital cost",
        "¿cuánto cuesta la consulta con el dermatólogo del hospital provincial?");
    // hours kept waiting, longer hours as a reform, gifts to officials as conduct, a resident's request
    answered("the passport office should open at earlier hours because citizens queue for hours",
        "which countries publish the gifts their ministers receive when they retire",
        "el ministro aceptó un regalo de una constructora por su jubilación",
        "my neighbour is a civil servant at the land registry and takes bribes",
        "mi vecino denunció al ayuntamiento por ocultar los planos del catastro",
        // a specialist lacking or sought while patients wait is the service's staff
        "the regional hospital has had no dermatologist for a year",
        "le centre hospitalier cherche un cardiologue depuis deux ans, les patients attendent");
  }

  @Test
  void anExchangeVisitOrAnAppointmentWaitedForIsNoErrand() {
    // peers visiting one another to learn (a visit's purpose), and people told waiting for an appointment
    // (the service's burden), are the field's, not one person's errand (OfficeSetting.Errands)
    answered("an exchange visit between municipal one-stop shops",
        "visite d'échange entre maisons de services au public",
        "visita de intercambio entre ventanillas únicas municipales",
        "à la préfecture on attend des heures pour un rendez-vous, des idées ailleurs ?",
        "patients wait all morning for an appointment at the public clinic, who fixed that?");
    // one's own appointment nobody is told waiting for stays one's errand
    silent("j'ai rendez-vous à la mairie lundi, c'est ouvert à quelle heure ?");
  }

  @Test
  void theIntegrityOfAnEverydayThingIsItsSoundness() {
    // a server's hard disk, whoever owns it
    silent("l'intégrité du disque dur du serveur de la mairie est compromise, comment sauvegarder ?");
    // a holder's, a body's or a process's integrity stays the field's
    answered("l'intégrité des élus de la commune est mise en cause",
        "l'intégrité du processus de recrutement de la mairie est mise en cause",
        "comment renforcer l'intégrité de la fonction publique ?");
  }

  @Test
  void theInterestALoanBearsIsMoneysNotAHoldersInterests() {
    // interest of a loan or a placement declared: a household's or a firm's accounts
    silent("comment déclarer les intérêts d'un prêt familial aux impôts ?",
        "déclaration des intérêts d'un placement à l'étranger, quel formulaire ?");
    // a holder's interests beside his loans stay the field's
    answered("un élu doit-il déclarer ses intérêts dans une banque qui lui a accordé un prêt ?",
        "¿los diputados declaran sus intereses y sus préstamos?");
  }

  @Test
  void aPlanABudgetOrATakingPartOfATownsFeastIsTheFeasts() {
    // a feast's own estimate or plan, and the residents as its guests: the errand's, not the body's work
    silent("soy concejal y necesito el presupuesto de la feria del pueblo, cuántas casetas ponemos",
        "trabajo en el ayuntamiento y me encargan un plan para preparar el carnaval, por dónde empiezo",
        "le maire veut que les habitants participent au carnaval, quels chars faire avec les enfants");
    // a budget shared out, one asked to be seen, or the people's say on it stay the field's
    answered("el concejal se llevó parte del presupuesto de las fiestas",
        "quiero ver el presupuesto de la feria del ayuntamiento",
        "los vecinos queremos participar en el presupuesto de las fiestas",
        "cuál fue el presupuesto de la feria del municipio este año");
  }

  @Test
  void aPrivateBodyOfTheAskersOwnOwnsTheFieldsWordsItNames() {
    // "my" club as "our" club: the treasurer's conflict of interest is the club's
    silent("le trésorier de mon club de pétanque a un conflit d'intérêts avec le traiteur");
    // a holder of public office asked about stays the field's
    answered("mon club de foot veut savoir si le maire a un conflit d'intérêts");
  }

  @Test
  void theWordsOfConductToldOfTheAskersOwnThingsAreTheirs() {
    // one's own estate, one's building manager, one's former boss: the asker's affairs
    silent("comment déclarer mon patrimoine à la banque pour un prêt immobilier",
        "mon syndic de copropriété a un conflit d'intérêts avec l'entreprise de travaux",
        "le pantouflage de mon ancien chef dans une entreprise concurrente");
    // an office of public power, a bribe, the company that asks, or a private owner's board stay the field's
    answered("est-ce que mon député doit déclarer son patrimoine",
        "comment déclarer mes conflits d'intérêts quand je suis fonctionnaire",
        "j'ai payé un pot-de-vin pour avoir mon permis de construire, à qui le signaler",
        "mes amis et moi voulons lutter contre la corruption, qui peut nous aider ?",
        "the central bank's board of directors and conflicts of interest");
  }

  @Test
  void aPersonOfTheAskersOwnWorkingLifeIsASettingOfPrivateLife() {
    // a partner, an accountant, a colleague or a secretary the asker owns, directly or through a thing of
    // the asker's: his accounts and his conflicts of interest are the firm's or the office's affair
    silent("mon associé ne me rend pas de comptes sur ses dépenses",
        "mi contadora no me rinde cuentas a tiempo, la cambio?",
        "ma comptable a un conflit d'intérêts, elle conseille aussi mon concurrent",
        "el gestor de mi comunidad de vecinos no rinde cuentas de las derramas");
    // an office of public power, a public body owning the person, or a bribe to an inspector stay the field's
    answered("mi socio y yo queremos saber si el alcalde rinde cuentas del presupuesto",
        "la secretaria de mi municipio no responde mi solicitud de acceso a la información",
        "mi socio es concejal y tiene un conflicto de intereses con una licitación",
        "mon comptable veut savoir si les élus doivent déclarer leurs conflits d'intérêts");
  }

  @Test
  void naturalResourcesNamedPlainlyForHomeworkAreALesson() {
    // the theme's plain name alone beside the asker's own study: a pupil's lesson
    silent("my son's homework asks for three natural resources found in the ocean",
        "devoirs: citer trois ressources naturelles renouvelables",
        "para el colegio necesito una maqueta sobre recursos naturales");
    // how they are governed, exploited or paid for, told beside the same study, stays the field's
    answered("homework: how do governments make mining companies disclose payments",
        "tarea: por qué es importante que el estado publique los contratos petroleros",
        "tarea de civismo: cómo se vigila la explotación de recursos naturales por empresas");
  }

  @Test
  void oneBodyCalledPrivateOwnsTheFieldsWords() {
    // one clinic, school or firm called private by its adjective owns its ethics and its data
    silent("does the private hospital have a code of ethics for its nurses?",
        "l'école privée a-t-elle une charte éthique pour ses professeurs ?",
        "¿el colegio privado tiene un código de ética para sus entrenadores?");
    // a holder of public office beside it, the private sector, or such bodies in general stay the field's
    answered("a private company bribed the minister to win the contract",
        "une entreprise privée a payé un pot-de-vin au ministre",
        "the revolving door between ministers and the private sector",
        "do private hospitals publish their codes of ethics?");
  }

  @Test
  void anotherLanguagesPolicyWordThatIsAnEverydayWordHereSupportsNothing() {
    // Spanish "mayor" is older or bigger, no English mayor
    silent("mi prima mayor compara el plan de datos de dos compañías",
        "venden al por mayor los datos de contacto de las tiendas?");
    // in English it is the office; Spanish own policy words still count
    answered("does the mayor publish the budget online?", "el alcalde publica el presupuesto en internet?");
  }

  @Test
  void theSecondPersonsThingsArePrivateLifeAsTheFirstPersonsAre() {
    silent("mandame los datos de tu cuenta para la transferencia");
    // what the one spoken to calls public stays public
    answered("how does your government publish the budget?", "cómo publica tu gobierno el presupuesto?",
        "votre ministère publie-t-il le budget ?");
  }

  @Test
  void theAffairsOfABodyThatPrivatePeopleFormAreTheirOwn() {
    // a neighbours' board, a residents' association, a cooperative's board: whatever the evidence
    silent("la junta de vecinos quiere cambiar la puerta del garaje",
        "the residents' association votes on who cleans the stairs",
        "la junta directiva de la cooperativa subió las cuotas de los socios");
    // a word of public life they do not own makes it public life; a sector of the field owns a public body
    answered("las juntas de vecinos pueden proponer obras al ayuntamiento",
        "the residents' association asked the ministry for the building permits",
        "minutes of the parliamentary committees online", "the water board refused to share the lead test results");
  }

  @Test
  void legalOnlySaysThatTheLawGovernsAThing() {
    // beside the weakest everyday evidence, "legal" is no word of public life: every private matter has a legal side
    silent("legal advice on selling a house we own together");
    // beside a word for an institution or strong evidence it changes nothing
    answered("legal framework for open data in ministries", "protección legal de los denunciantes de corrupción");
  }

  @Test
  void aWordOfPublicLifeSeatedAtAPrivatePlaceIsThatPlacesOwn() {
    // beside everyday evidence only, a ministry or a board at a church, a seminary or a gym is theirs
    silent("the women's ministry at our chapel meets on thursdays for training",
        "the ministry at our parish is looking for volunteers for the food bank");
    // at a public place, or beside a word of public life of its own, nothing changes
    answered("volunteers at the ministry of health", "the ministry at the centre of the bribery scandal");
  }

  @Test
  void aCouncilOfAPrivateThingNamedAfterItIsNoWordOfPublicLife() {
    silent("the council of our condominium votes on the new lift", "can the council of the school ban phones");
    answered("the council of ministers approved the budget", "the council of the city publishes its spending",
        "the council of our town should hold public hearings", "the Council of Europe and open data");
  }

  @Test
  void anEverydayWordIsNoTypoAmongEverydayWords() {
    assertEquals(List.of(), ids("public speaking classes for shy teenagers"), "speaking is not spending");
    leads("budget-transparency", "public spnding");
    leads("budget-transparency", "pubilc spending");
    // a word of the field that everyday language does not use says the slip was one
    assertFalse(ids("parlez-moi de somme du PGO").isEmpty());
  }

  @Test
  void aLoneWordBorrowedFromAnotherLanguagesEntriesNeedsSupport() {
    assertEquals(List.of(), ids("we met in the lobby of the hotel"), "a Spanish entry is an English hall");
    leads("public-integrity", "lobby register");
    leads("public-integrity", "registro del lobby");
    leads("public-integrity", "que disent-ils des lobbyistse ?");
  }

  @Test
  void aQuestionAboutOnesOwnThingsNeedsMoreThanVocabulary() {
    assertEquals(List.of(), ids("la junta de vecinos de mi portal se reúne el lunes"), "vocabulary beside mi");
    leads("citizen-engagement", "las juntas de vecinos de mi municipio");
    leads("citizen-engagement", "juntas de vecinos");
    leads("open-data", "how do I make my data open?");
  }

  @Test
  void aStemSharedWithAnEverydayWordIsNoEvidence() {
    assertTrue(ThemeDetector.inflection("law", "laws") && ThemeDetector.inflection("donnée", "données"));
    assertFalse(ThemeDetector.inflection("account", "accountability"));
    assertFalse(ThemeDetector.inflection("corrupted", "corruption"));
    leads("accountability", "accountability");
    assertEquals(List.of(), ids("how to delete my account"));
  }

  @Test
  void theSpecificThemeLeads() {
    for (String q : List.of("transparence du budget", "transparency of the budget", "spending transparency")) {
      leads("budget-transparency", q);
      List<String> got = ids(q);
      assertTrue(got.subList(0, Math.min(10, got.size())).containsAll(List.of("IT", "SE")), q + " -> " + got);
    }
    leads("natural-resources", "EITI implementation support");
    leads("natural-resources", "transparence des revenus miniers");
  }

  @Test
  void aPledgerSharingOnlyAGenericWordIsNoPeer() {
    List<String> got = ids("public procurement reform");
    assertFalse(got.contains("US") || got.contains("SL"), got.toString());
    assertFalse(ids("accountability").contains("IT"), "\"account\" in Italy's text is no accountability");
  }

  @Test
  void withinAThemeThePledgerWhoseTextHoldsTheQuestionLeads() {
    assertEquals("wg-open-data", ids("open data working group").get(0));
    assertEquals("international-budget-partnership", ids("budget").get(0), "the text that says budget most");
    // Pledges of one pledge group share a text but for the pledgers' names; any other two differ.
    for (String q : List.of("budget", "how do citizens request documents from ministries?", "open dta")) {
      List<Hit> hits = shipped.search(SearchRequest.of(q)).hits();
      for (int i = 1; i < hits.size(); i++) {
        Hit a = hits.get(i - 1);
        Hit b = hits.get(i);
        if (!template(a.pledge()).equals(template(b.pledge()))) {
          assertTrue(a.score() != b.score(), q + ": " + a.pledge().id() + " and " + b.pledge().id() + " tie");
        }
      }
    }
  }

  /** A pledge's English text with every pledger's names and aliases blanked out, its group's list cut. */
  private static String template(Pledge p) {
    String text = p.text(org.pledgebot.corpus.Lang.EN).replaceAll("(Others|Its partner) in this pledge group.*", "");
    List<String> names = new ArrayList<>();
    for (Pledge other : shipped.all()) {
      other.name().values().forEach(names::add);
      other.aliases().values().forEach(names::addAll);
    }
    names.sort(java.util.Comparator.comparingInt(String::length).reversed());
    for (String name : names) {
      text = text.replace(name, "X");
    }
    return text.replaceAll("(?i)the X", "X");
  }

  @Test
  void anOffTopicQuestionStillFindsThePledgerItNames() {
    assertEquals(List.of("idb"), ids("la Banque interaméricaine"));
    assertEquals("NO", ids("Norway weather").get(0));
  }

  /**
   * A people's adjective names its country; a people named after an article ("the norwegians")
   * also leads when another theme is told at length before it.
   */
  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      NO | Norwegian commitments
      BR | l'offre brésilienne
      UY | el compromiso uruguayo
      HU | Hungarian pledge
      NO | our parliament wants to open its plenary sessions to the public, what did the norwegians offer?
      HU | nous voulons publier les contrats miniers, les Hongrois peuvent-ils aider ?
      NO | nuestro parlamento quiere abrir sus sesiones al público, ¿qué ofrecen los noruegos?
      """)
  void aPeopleNamesItsCountryFirstAloneOrAfterAnotherThemeToldAtLength(String country, String question) {
    assertEquals(country, ids(question).get(0), question);
  }

  @Test
  void anIrregularPeoplesAdjectiveNamesItsCountryInEveryForm() {
    assertEquals("NL", ids("the Dutch offer").get(0));
    assertEquals("GB", ids("les britanniques").get(0));
    assertEquals("GB", ids("el gobierno británico").get(0));
    assertEquals("NL", ids("la propuesta neerlandesa").get(0));
  }

  @Test
  void aOneWordNameInsideAnEverydayPhraseNamesNoPledger() {
    assertTrue(ids("canada goose jacket sale").isEmpty());
    assertTrue(ids("dutch oven bread recipe").isEmpty());
    assertEquals("CA", ids("Canada weather").get(0));
    assertEquals("CA", ids("how do others handle Canada?").get(0));
    assertEquals("world-bank", ids("World Bank office hours").get(0));
  }

  @Test
  void aCountryBesideTwoEverydayWordsAndNoThemeIsAThingNamedAfterIt() {
    assertTrue(ids("panama hat sizes").isEmpty());
    assertTrue(ids("salsa de chile habanero").isEmpty());
    // weak evidence of a theme, a capitalised acronym, an organisation or its capital keep the name
    assertEquals("MX", ids("méxico plan de accion").get(0));
    assertEquals("idb", ids("la BID amerique latine").get(0));
    assertEquals("oxfam", ids("oxfam staff nairobi").get(0));
    assertEquals("CL", ids("Chile Santiago meeting").get(0));
  }

  @Test
  void aOneWordNameAskedAboutAfterALongSituationStillNamesItsPledger() {
    // many everyday words before the question, none of them evidence for a theme: the name stands
    // beside the words of a question to this bot, as a people's adjective may
    assertEquals("undp", ids("after a long day of visits with friends from abroad, what did the undp pledge?").get(0));
    assertEquals("FI", ids("après une longue journée de visites avec des amis de passage, que propose la Finlande ?").get(0));
    assertEquals("oecd", ids("después de un largo día de visitas con amigos de fuera, ¿qué prometió la ocde?").get(0));
    // beside everyday things, still no pledger
    assertTrue(ids("chile con carne with rice and beans recipe").isEmpty());
    assertTrue(ids("panama hat for the summer beach trip").isEmpty());
  }

  @Test
  void aPledgerNamedLeadsAThemeToldAtLength() {
    // three phrases of one theme weigh more than a name did; the pledger asked about leads, the theme's follow
    List<String> en = ids("our anti-corruption commission wants help with asset declarations and conflicts of interest, what did Oxfam pledge?");
    assertEquals("oxfam", en.get(0));
    assertTrue(en.containsAll(of("public-integrity")), en.toString());
    assertEquals("oxfam", ids("notre commission anticorruption veut de l'aide sur les déclarations de patrimoine et les conflits d'intérêts, qu'a promis Oxfam ?").get(0));
  }

  @Test
  void aPeopleOrAcronymBesideTheFillersVerbAsAQuestionReportsItNamesItsPledger() {
    // "promis", "prometieron", "ofreció" are no filler, but say what this bot is asked as the filler does
    assertEquals("NO", ids("qu'ont promis les Norvégiens").get(0));
    assertEquals("CA", ids("que prometieron los canadienses").get(0));
    assertEquals("undp", ids("qu'a offert le pnud").get(0));
    assertEquals("undp", ids("que ofrecio el pnud").get(0));
    assertEquals("NO", ids("what have the norwegians promised").get(0));
    // beside an everyday thing still no pledger, whatever the verb
    assertTrue(ids("une omelette norvégienne").isEmpty());
    assertTrue(ids("swedish meatballs").isEmpty());
  }

  @Test
  void theEnglishPluralOfAPeoplesNounCutFromTheNameNamesItsCountry() {
    // "Slovak-s", "Croat-s": the name's stem, no ending of its own, and a plural "s"
    assertEquals("SK", ids("what are the slovaks offering on open data").get(0));
    assertEquals("HR", ids("the croats citizen engagement").get(0));
    // never the name itself in the plural, a short stem, nor a word of a name of several words
    assertTrue(ids("brass band for the city council").isEmpty());
    assertEquals(of("open-data"), Set.copyOf(ids("articles about open data")));
  }

  @Test
  void aLowerCaseAcronymBesideItsPledgersFieldNamesItsPledger() {
    // "action plan", "accountability": theme evidence too weak alone, but the field of the acronym's pledger
    assertEquals(List.of("oecd"), ids("oecd action plan support"));
    assertEquals(List.of("undp"), ids("pnud plan de accion"));
    assertEquals(List.of("oecd"), ids("plan d'action ocde"));
    assertEquals(List.of("making-all-voices-count"), ids("mavc accountability"));
    // a one-word name beside an everyday word of its field is not judged so
    assertTrue(ids("budget pour un voyage en Italie cet été").isEmpty());
  }

  @Test
  void aPeoplesAdjectiveBesideAnEverydayThingNamesNoPledger() {
    assertTrue(ids("swedish meatballs").isEmpty());
    assertTrue(ids("une omelette norvégienne").isEmpty());
    assertTrue(ids("irish stew").isEmpty(), "an alias that is an adjective");
    assertTrue(ids("queso holandés").isEmpty(), "a letter from Holanda, still the adjective");
    assertEquals("SE", ids("how is the Swedish pledge different?").get(0));
    assertEquals("HR", ids("l'engagement croate").get(0));
    assertEquals("CR", ids("le gouvernement costaricien").get(0), "the adjective of a name of two words");
    assertEquals("GR", ids("greek").get(0));
  }

  @Test
  void aPeoplesAdjectiveBesideAnotherThemesWordsLeadsThatTheme() {
    // the adjective made from the name by an ending, or a listed one's plural, as written, is the
    // country: it leads a theme that is not its own as the name itself would
    assertEquals("CA", ids("la transparence budgétaire canadienne").get(0));
    assertEquals("NO", ids("le ministère norvégien des finances").get(0));
    assertEquals("NO", ids("el ministerio noruego de hacienda").get(0));
    assertEquals("GT", ids("les finances publiques guatémaltèques").get(0));
    // the theme's pledgers still follow it
    List<String> es = ids("el ministerio noruego de hacienda");
    assertTrue(es.containsAll(of("budget-transparency")), es.toString());
    // an adjective made from a listed adjective ("americano" from "American") stays a weak reading
    assertFalse(ids("americano coffee and budget transparency").get(0).equals("US"));
    // nor does a word typed in capitals, an acronym ("GRECO", of the Council of Europe, is no "grec-o")
    assertFalse(ids("tell me about GRECO").get(0).equals("GR"));
  }

  @Test
  void aCountryNamedBesideAnOrganisationIsWhereThatOneWorks() {
    // whichever word order, the organisation leads and the country follows
    assertEquals(List.of("oxfam", "GT"), ids("el equipo de Oxfam en Guatemala"));
    assertEquals(List.of("oecd", "CL"), ids("l'OCDE au Chili"));
    assertEquals(List.of("world-bank", "ID"), ids("Indonesia World Bank team"));
    // the country's own theme does not lift it above the organisation
    assertEquals("undp", ids("UNDP work with Costa Rica on citizen participation").get(0));
    // two countries stay two names
    assertEquals(Set.of("CA", "NO"), Set.copyOf(ids("Canada and Norway")));
  }

  @Test
  void aPeoplesAdjectiveInsideAnotherPledgersNameIsThatNamesWord() {
    assertEquals(List.of("idb"), ids("Inter-American Development Bank"));
    assertEquals("idb", ids("who can help with Itner-American Development Bank?").get(0));
    assertEquals("idb", ids("la banque inter-américaine").get(0));
    assertEquals("US", ids("the American pledge").get(0));
  }

  @Test
  void courtesyOrPraiseBesideAPeoplesAdjectiveMakesNoWordOfPublicLife() {
    assertTrue(ids("the best swedish meatballs").isEmpty());
    assertTrue(ids("un queso holandés por favor").isEmpty());
    assertEquals("SE", ids("the swedish pledge please").get(0));
    assertEquals("CO", ids("el compromiso colombiano por favor").get(0));
  }

  @Test
  void aNameOfSeveralWordsIsFoundInAnotherOrder() {
    assertEquals("wg-open-data", ids("el grupo de datos abiertos").get(0));
    assertEquals("wg-legislative-openness", ids("apertura legislativa grupo de trabajo").get(0));
    assertEquals("transparency-international", ids("transparancy international").get(0));
  }

  @Test
  void aNameWithItsWordsRunTogetherOrSplitIsThatName() {
    assertEquals("world-bank", ids("worldbank").get(0));
    assertEquals("web-foundation", ids("the webfoundation pledge").get(0));
    assertEquals("wg-open-data", ids("opendata working group").get(0));
    assertEquals("ZA", ids("sud africa").get(0), "Sudáfrica split");
  }

  @Test
  void aWordOfTheQuestionIsNoNameWordCutShort() {
    // "government" and "can" would read as "Government of Canada" with its last word cut short
    assertEquals(List.of("MX"), ids("Mexico City, who in Mexico's government can advise us?"));
    assertEquals("wg-open-data", ids("open data wg").get(0));
  }

  @Test
  void aPeoplesAdjectiveOfTwoWordsOrMistypedNamesItsCountry() {
    assertEquals("ZA", ids("l'offre sud-africaine").get(0));
    assertEquals("CR", ids("costa rican pledge").get(0));
    assertEquals("CO", ids("the columbian government").get(0));
    assertEquals("BR", ids("brazillian government").get(0));
  }

  @Test
  void anAcronymTypedInSmallLettersCountsOnlyWithoutAnotherReading() {
    assertTrue(ids("bid increments").isEmpty());
    assertEquals("idb", ids("BID increments").get(0));
    assertEquals("idb", ids("l'aide de la bid").get(0));
    assertEquals("world-bank", ids("que propose la BM ?").get(0));
  }

  @Test
  void aWordThatOnlyBeginsLikeANameIsNoDemonym() {
    assertTrue(ids("canal boat holidays").isEmpty());
    assertTrue(ids("finals of the cup").isEmpty());
  }

  @Test
  void aQuestionAboutOnesOwnThingsNeedsAWordOfPublicLife() {
    assertTrue(ids("help with my pensions").isEmpty());
    assertTrue(ids("mi pensión").isEmpty());
    assertTrue(ids("¿quién me ayuda con mi pasaporte?").isEmpty());
    assertFalse(ids("my city's budget").isEmpty());
  }

  @Test
  void theWordsOfConductAmongPrivateLifeNeedAnOfficeOfPublicPower() {
    // a conflict of interest, lobbying, a revolving door among friends, relatives, a hotel or a
    // match are that group's or that thing's
    silent("conflict of interest at my cousin's birthday picnic, who pays",
        "la porte tournante de l'hôtel grince quand mes amis passent",
        "hacer lobby con mis abuelos para ir a la playa");
    // the same words beside an office of public power, or with nothing of private life, are the field
    answered("lobbying of ministers by my cousin's firm",
        "conflits d'intérêts des juges", "un registro de lobby para el congreso");
    // one's own thing alone is no setting: one's thesis, article or association on the field is the field
    answered("pour mon mémoire sur la corruption, quels pays ont pris des engagements");
  }

  @Test
  void answerabilityToldOfOnesOwnPrivateLifeIsThatLifes() {
    // accounting for one's acts asked of one's own relatives or pastimes, no office anywhere
    silent("my nephew must account for the coffee money he borrowed from my wallet",
        "mon neveu doit rendre des comptes sur le café qu'il me doit",
        "mi sobrina tiene que rendir cuentas de su paga a su madre",
        // or of whoever holds sway over one in private life, or in-laws
        "mon patron veut que je lui rende des comptes sur mes notes de frais",
        "mi arrendador no rinde cuentas del depósito de mi piso",
        "mi suegro quiere que le rinda cuentas de mis vacaciones");
    // the same words beside an office of public power or a word of public life, a relative as the
    // asker's company or asking through the asker, or a capital that may name a pledger
    answered("my nephew asks how citizens can hold the mayor accountable",
        "mes neveux et moi voulons demander des comptes au maire",
        "how can my daughter take part in public consultations",
        "mi sobrino quiere saber quién rinde cuentas por las farolas rotas de nuestra calle",
        "my landlord is a city councillor, who holds him accountable for my building",
        "ma patronne se demande comment les ministres rendent des comptes",
        "mi sobrino pregunta cómo rinde cuentas Uruguay a sus ciudadanos");
    // a pledger named in small letters still leads (a weak reading needs the question on topic)
    assertEquals("CR", ids("mi sobrina tiene que rendir cuentas como en costa rica").get(0));
    assertEquals("CL", ids("mon neveu doit rendre des comptes comme au chili").get(0));
  }

  @Test
  void resourcesAndDataToldAsTheAskersOwnThingsAreThatLifes() {
    // one's own data made open data, or resources a thing is crafted from, no public holder anywhere
    silent("can I post my swimming data as open data for my friends",
        "je veux partager mes données de sommeil en données ouvertes",
        "quelles ressources naturelles pour construire une cabane au jardin",
        "¿qué recursos naturales hacen falta para fabricar velas?");
    // everyday money words beside accounting for one's acts, among relatives, name no budget
    silent("ma nièce doit me rendre des comptes sur l'argent qu'elle dépense");
    // one neighbour is private life beside the words of conduct
    silent("ma voisine a soudoyé le concierge avec un gâteau, c'est de la corruption ?");
    // the same words beside a public holder, public money, a country asked about, or said once
    answered("how do I make my data open?",
        "which governments publish open data on natural resources",
        "mis padres exigen que rindan cuentas de lo que gastan con nuestros impuestos",
        "mon voisin est fonctionnaire et accepte des pots-de-vin",
        "my grandfather worked in the mines, which countries now publish mining revenues");
  }

  @Test
  void aGiftTakenByAnOfficerIsHandedToOfficeUnlessPrivateLifeStandsBeside() {
    // an officer serving the public taking gifts: the gift is handed over to office, as money is
    answered("the tax inspector accepted gifts from the shopkeepers he audits",
        "les inspecteurs du travail acceptent des cadeaux des entreprises");
    // the same words among relatives, a feast or a contest are private life's
    silent("mi abuelo es juez y recibió regalos de Navidad de sus nietos",
        "the judge of our baking contest accepted gifts from the contestants");
  }

  @Test
  void aPossessiveOwningACountryOrAnOfficeOfPublicLifeSaysWhoseCitizenTheAskerIs() {
    answered("le plan d'action de mon pays", "el plan de acción de mi país");
    silent("un plan d'action pour mon jardin cet été", "a plan of action for my wedding");
  }

  @Test
  void aSpanishVillageAfterMiSaysWhoseCitizenTheAskerIs() {
    // "mi pueblo" says whose citizen the asker is, as "mi país" does: before the division was
    // listed, the possessive made the village hospital one's own errand
    answered("el hospital de mi pueblo no tiene médicos hace meses");
    // the village's feast is still private life
    silent("mi pueblo tiene una fiesta bonita en agosto");
  }

  @Test
  void aWordOfPublicLifeInsideStrongEvidenceKeepsOnesOwnThingsFromMakingItPrivate() {
    // the asker's children or pupils beside the bills of parliament: the bill is no private matter,
    // though "loi" is a word of the evidence itself
    answered("mes enfants aimeraient lire les projets de loi avant leur adoption",
        "mis hijos quieren leer los proyectos de ley antes de su aprobación");
    // one's own things beside strong evidence with no word of public life stay private
    silent("un plan d'action pour mon jardin cet été", "a plan of action for my wedding");
  }

  @Test
  void twoEverydayWordsOfOneThemeAreNoPairBesideOnlyOtherEverydayWords() {
    // hospital and school are entries of public services, waiting and doctor cues of it, the house
    // a cue of another theme: all of them words of everyday French or Spanish
    assertTrue(ids("un hôpital et une école à côté de la nouvelle maison").isEmpty());
    assertTrue(ids("tiempos de espera del médico y del hospital").isEmpty());
    // a word of the field that everyday language does not use makes the pair
    assertFalse(ids("reducir la espera en la ventanilla de pasaportes").isEmpty());
  }

  @Test
  void twoWordsOfOneThemesFieldThatEverydayLanguageDoesNotUseVouchForEachOther() {
    // pipelines and refineries: entries of natural resources that need context, neither an
    // everyday word of the language, beside as many ordinary words
    leads("natural-resources", "les oléoducs et les raffineries qui traversent la région");
    leads("natural-resources", "gasoductos y refinerías que atraviesan la región del sur");
    // everyday words of one theme do not ("gold", "diamonds")
    assertTrue(ids("gold and diamonds for a wedding ring").isEmpty());
  }

  @Test
  void aRareWordLiftedFromAThemesPhrasesVouchesForAnEntryOfTheTheme() {
    // "format" of the open-data phrase "open formats", beside its entry "reusable"/"téléchargeable",
    // neither an everyday word of the language, beside as many ordinary words
    leads("open-data", "weather readings in a reusable format");
    leads("open-data", "les relevés météo en format téléchargeable");
    // nor do everyday words of another language: the English words of a pledger's name in a
    // French question are its name, not rare words of a theme's field
    assertEquals(List.of("making-all-voices-count"), ids("parlez-moi de Making All Voices Count"));
  }

  @Test
  void anAcronymTypedInSmallLettersIsNoAcronymWhereItIsAnEverydayWord() {
    // "cada" is Spanish for "each", the French CADA typed in small letters
    assertFalse(detected("el presupuesto de cada escuela", Lang.ES).containsKey("access-to-information"));
    assertTrue(of("access-to-information").containsAll(ids("saisir la CADA")));
    assertFalse(ids("saisir la CADA").isEmpty());
  }

  @Test
  void aPhraseThatNeedsContextInOneLanguageNeedsItInAll() {
    assertTrue(ids("un plan de acción para la dieta").isEmpty());
    assertFalse(ids("plan de acción nacional").isEmpty());
    // a marked word met only through its stem does not mark the theme's own word
    assertEquals(of("public-integrity"), Set.copyOf(ids("des nouvelles sur la corruption")));
    assertEquals(of("public-services"), Set.copyOf(ids("how do peers run public services?")));
  }

  @Test
  void aWordOfAThemePhrasesFamilyIsACueForTheTheme() {
    assertEquals(ThemeDetector.root("declaracion"), ThemeDetector.root("declaren"));
    assertEquals(ThemeDetector.root("disclosure"), ThemeDetector.root("disclose"));
    // a family's root may keep five letters: "oblig", "evalu"
    assertEquals(ThemeDetector.root("obligations"), ThemeDetector.root("obliger"));
    assertEquals(ThemeDetector.root("evaluation"), ThemeDetector.root("evaluer"));
    // Spanish relational adjectives in -ario and -ivo, and plurals in -os/-as, join their noun's
    // family: a Spanish phrase says "presupuestario" where English puts the noun "budget" first
    assertEquals(ThemeDetector.root("presupuesto"), ThemeDetector.root("presupuestarios"));
    assertEquals(ThemeDetector.root("consulta"), ThemeDetector.root("consultivos"));
    assertEquals(ThemeDetector.root("vecino"), ThemeDetector.root("vecinas"));
    assertTrue(of("budget-transparency").containsAll(ids("abrir los datos del presupuesto")));
    assertFalse(ids("abrir los datos del presupuesto").isEmpty());
    assertTrue(of("public-services").containsAll(ids("simplificar el papeleo de los negocios")));
    assertFalse(ids("simplificar el papeleo de los negocios").isEmpty());
  }

  @Test
  void insideAPhraseAWordOfTheFamilyOfAnEntrysWordCountsBesideAWordFoundAsItIs() {
    // the Spanish verb of an entry's noun, as Porter makes "declare" and "declaration" one word
    float verb = detected("declaren sus bienes", Lang.ES).getOrDefault("public-integrity", 0f);
    float noun = detected("declaración de bienes", Lang.ES).getOrDefault("public-integrity", 0f);
    assertEquals(noun, verb, "declaren sus bienes");
    assertFalse(ids("declarar los bienes").isEmpty());
    assertTrue(of("public-integrity").containsAll(ids("declarar los bienes")));
    // never the family alone: a phrase needs one of its words as it is
    assertFalse(detected("declaren sus riquezas", Lang.ES).containsKey("public-integrity"));
  }

  @Test
  void aFrenchOrSpanishVerbMeetsItsActionNounByItsLanguagesRules() {
    // nouns and verbs no ending joins: each language rewrites one to the other's root
    assertEquals(ThemeDetector.root("publier"), ThemeDetector.verbalRoot(Lang.FR, "publication"));
    assertEquals(ThemeDetector.verbalRoot(Lang.FR, "communication"), ThemeDetector.verbalRoot(Lang.FR, "communiquent"));
    assertEquals(ThemeDetector.verbalRoot(Lang.FR, "attente"), ThemeDetector.verbalRoot(Lang.FR, "attendre"));
    assertEquals(ThemeDetector.verbalRoot(Lang.FR, "plainte"), ThemeDetector.verbalRoot(Lang.FR, "plaignent"));
    assertEquals(ThemeDetector.root("regulacion"), ThemeDetector.verbalRoot(Lang.ES, "regulaba"));
    assertEquals(ThemeDetector.root("reutilizacion"), ThemeDetector.verbalRoot(Lang.ES, "reutilizarlos"));
    assertEquals(ThemeDetector.root("publicacion"), ThemeDetector.verbalRoot(Lang.ES, "publiquen"));
    assertEquals(ThemeDetector.root("cumplir"), ThemeDetector.verbalRoot(Lang.ES, "cumplimiento"));
    // inside a phrase, beside a word found as it is, the verb counts as the noun does
    assertEquals(detected("refus de communication", Lang.FR).get("access-to-information"),
        detected("refus de communiquer", Lang.FR).get("access-to-information"));
    assertEquals(detected("entrega de documentos", Lang.ES).get("access-to-information"),
        detected("que entreguen los documentos", Lang.ES).get("access-to-information"));
    assertEquals(detected("cumplimiento de compromisos", Lang.ES).get("accountability"),
        detected("que cumplan sus compromisos", Lang.ES).get("accountability"));
    assertFalse(ids("refus de communiquer un dossier").isEmpty());
    assertTrue(of("access-to-information").containsAll(ids("refus de communiquer un dossier")));
    // a language's rewrites join its own words only: English "attend" is no French "attente"
    float lists = detected("listes", Lang.FR).getOrDefault("public-services", 0f);
    assertTrue(detected("listes attend", Lang.FR).getOrDefault("public-services", 0f) > lists);
    assertEquals(detected("listes", Lang.EN).getOrDefault("public-services", 0f),
        detected("listes attend", Lang.EN).getOrDefault("public-services", 0f));
  }

  @Test
  void aVerbMeetsItsActionNounInSionWhereTheNounChangesTheVerbsLastConsonant() {
    // Spanish: the noun's "-sión" stands where the verb's stem ends in t, d, nd or ed
    String transmision = ThemeDetector.root("transmision");
    assertEquals(transmision, ThemeDetector.root("transmisiones"));
    for (String verb : List.of("transmitir", "transmiten", "transmitio", "transmitieron", "transmitido")) {
      assertEquals(transmision, ThemeDetector.verbalRoot(Lang.ES, verb), verb);
    }
    assertEquals(ThemeDetector.root("decision"), ThemeDetector.verbalRoot(Lang.ES, "deciden"));
    assertEquals(ThemeDetector.root("difusion"), ThemeDetector.verbalRoot(Lang.ES, "difunde"));
    assertEquals(ThemeDetector.root("inversion"), ThemeDetector.verbalRoot(Lang.ES, "invierte"));
    assertEquals(ThemeDetector.root("inversion"), ThemeDetector.verbalRoot(Lang.ES, "invirtio"));
    assertEquals(ThemeDetector.root("concesiones"), ThemeDetector.verbalRoot(Lang.ES, "concede"));
    // French: "-ision" of "-ider", "-ission" of "-ettre"
    assertEquals(ThemeDetector.root("decisions"), ThemeDetector.verbalRoot(Lang.FR, "decident"));
    assertEquals(ThemeDetector.root("retransmission"), ThemeDetector.verbalRoot(Lang.FR, "retransmettre"));
    // a noun in "-ida" is no subjunctive, nor "comité" a present; "penser" is no verb of "pension"
    assertNull(ThemeDetector.verbalRoot(Lang.ES, "comida"));
    assertNull(ThemeDetector.verbalRoot(Lang.ES, "comite"));
    assertNull(ThemeDetector.verbalRoot(Lang.FR, "penser"));
    // inside a phrase, beside a word found as it is, the verb counts as its noun does
    float noun = detected("transmisión de las sesiones", Lang.ES).getOrDefault("legislative-openness", 0f);
    assertTrue(noun > 0);
    assertEquals(noun, detected("transmitir las sesiones", Lang.ES).getOrDefault("legislative-openness", 0f));
    assertEquals(noun, detected("transmiten las sesiones", Lang.ES).getOrDefault("legislative-openness", 0f));
  }

  @Test
  void theOneWhoDoesAnActIsOfTheActsFamilyInFrench() {
    // the French agent nouns in -eur and -ateur
    assertEquals(ThemeDetector.root("peche"), ThemeDetector.agentRoot(Lang.FR, "pecheurs"));
    assertEquals(ThemeDetector.root("demande"), ThemeDetector.agentRoot(Lang.FR, "demandeuse"));
    assertEquals(ThemeDetector.root("legislation"), ThemeDetector.agentRoot(Lang.FR, "legislateurs"));
    // too short to tell: "acteurs" is no family of "acte"; and not Spanish's "-ador"
    assertNull(ThemeDetector.agentRoot(Lang.FR, "acteurs"));
    assertNull(ThemeDetector.agentRoot(Lang.ES, "programadores"));
    // an agent noun the thesaurus writes itself names its own entry, not another act's
    assertEquals(Set.of("open-data"), detected("des conseils pour les développeurs", Lang.FR).keySet());
    // inside a phrase, beside a word found as it is, the one who does the act counts as the act does
    assertTrue(detected("licences aux pêcheurs", Lang.FR).containsKey("natural-resources"));
    assertTrue(detected("licences aux pêcheurs", Lang.FR).get("natural-resources")
        > detected("licences aux", Lang.FR).getOrDefault("natural-resources", 0f));
  }

  @Test
  void theTitlesThatGovernAResourceBesideItsSectorsPeopleReadAsItsGovernance() {
    // "licences de pêche" said of the fishermen: the sector's word of the pair is of its family
    Map<String, Float> people = detected("qui délivre les licences aux pêcheurs étrangers", Lang.FR);
    assertEquals(Set.of("natural-resources"), people.keySet());
    assertEquals(detected("qui délivre les licences de pêche aux étrangers", Lang.FR).get("natural-resources"),
        people.get("natural-resources"));
    List<String> got = ids("qui délivre les licences aux pêcheurs étrangers dans nos eaux");
    assertFalse(got.isEmpty());
    assertTrue(of("natural-resources").containsAll(got), got.toString());
    // one's own paper stays an errand
    assertTrue(ids("j'ai perdu ma licence de pêcheur").isEmpty());
  }

  @Test
  void aThemeCloseBehindTheBestOnEverydayEvidenceIsKeptWhenAnEntryOfItsOwnNamesIt() {
    // everyday evidence weighs less than a lone generic word: the spending (0.375) was dropped
    // beside the drinking water (0.75), and none of the budget pledgers was listed
    Map<String, Lang> questions = Map.of("les dépenses de la mairie pour l'eau potable", Lang.FR,
        "los gastos de la alcaldía en agua potable", Lang.ES);
    for (Map.Entry<String, Lang> e : questions.entrySet()) {
      String q = e.getKey();
      assertEquals(Set.of("public-services", "budget-transparency"), detected(q, e.getValue()).keySet(), q);
      List<String> got = ids(q);
      assertTrue(got.containsAll(of("budget-transparency")), q + " -> " + got);
      assertTrue(got.containsAll(of("public-services")), q + " -> " + got);
    }
    // a common word lifted from a theme's phrases alone keeps no second theme: "entreprise" is a
    // cue of public services (0.25) within half of the journalist's access to information (0.375)
    assertEquals(Set.of("access-to-information"), detected("un journaliste et une entreprise", Lang.FR).keySet());
    // nor does another language's entry met through a stem: French "promis" is English "promises"
    // (accountability, 0.375) to Porter, within half of the neighbourhood councils (0.75)
    assertEquals(Set.of("citizen-engagement"), detected("le maire a promis des conseils de quartier", Lang.FR).keySet());
  }

  @Test
  void aCompanyBesideAHolderOfPublicOfficeIsThePrivateSector() {
    // public office meeting private business: no entry holds these words, and the company words
    // were cues of other fields (natural resources, citizen engagement)
    leads("public-integrity", "a retired minister became chairman of a company he had licensed");
    leads("public-integrity", "une ministre rejoint le conseil d'administration d'une entreprise qu'elle a subventionnée");
    // a title written with the prefix of one who held it names public office as the title does
    leads("public-integrity", "la exministra ahora asesora a una constructora");
    assertTrue(detected("un exalcalde y una constructora", Lang.ES).containsKey("public-integrity"));
    // a company without a holder of public office, or an "ex" of private life, is no such reading
    silent("our company hired a new designer last week", "ma cousine travaille dans une entreprise de jouets",
        "mi ex jefe abrió una empresa de zapatos", "mi exnovio trabaja en una empresa de seguros",
        "el exalcalde abrió una panadería");
    assertFalse(detected("un exnovio y una constructora", Lang.ES).containsKey("public-integrity"));
  }

  @Test
  void aTradesCompaniesNamedOtherwiseThanTheThesaurusPhraseReadAsThatPhrase() {
    // the feminine adjective standing alone as the noun, after an article or a preposition, is the
    // trade's companies ("empresas mineras", "sociétés minières"); after a noun it is that noun's
    float alone = natural("el estado cobra poco a una minera", Lang.ES);
    assertTrue(alone > natural("el estado cobra poco a una ciudad minera", Lang.ES), "una minera " + alone);
    assertTrue(natural("l'État taxe peu une pétrolière", Lang.FR)
        > natural("l'État taxe peu une région pétrolière", Lang.FR));
    // the trade's word beside another noun for a company: "mining companies" as "mining firm"
    assertTrue(natural("the state taxes the mining firm", Lang.EN) > natural("the state taxes the mining town", Lang.EN));
    assertTrue(natural("el estado cobra poco a la compañía minera", Lang.ES)
        > natural("el estado cobra poco a la ciudad minera", Lang.ES));
    // a word that only the phrase makes a company's is no trade of its own: a ghost, a front
    assertEquals(detected("un fantasma en la casa", Lang.ES).getOrDefault("public-integrity", 0f),
        typed("un fantasma en la casa", Lang.ES).getOrDefault("public-integrity", 0f));
  }

  @Test
  void aTradesCompaniesReadFromAnEverydayWordStayEverydayEvidence() {
    // the reading of an everyday trade word ("mining", "minera") needs context as the word does
    silent("a welding job at a mining firm near Perth", "busco empleo de chofer en una petrolera de Neuquén",
        "offre de stage dans une minière du Québec");
    answered("the ministry never published what the mining firm paid", "el ministerio oculta lo que paga la minera");
  }

  @Test
  void aTradesCompanyBesideAHolderOfPublicOfficeIsThePrivateSectorFirst() {
    // public office meeting a trade's company: the private sector leads, the trade's phrase does not
    // outweigh it
    leads("public-integrity", "los funcionarios de energía se van a trabajar a las petroleras");
    // French names the trade's company by its adjective as Spanish does: a company beside office
    assertTrue(detected("un député actionnaire d'une pétrolière", Lang.FR).containsKey("public-integrity"));
    assertTrue(detected("une ministre au conseil d'une minière", Lang.FR).containsKey("public-integrity"));
  }

  @Test
  void aRelativeBesideAHolderOfPublicOfficeIsOfficeUsedForKinWhenTheQuestionIsOfPublicLife() {
    // office used for kin: the relatives were no evidence, and the contract, the works, the payroll
    // read as budgets or parliaments
    leads("public-integrity", "the minister's nephew got the bridge contract without a tender");
    leads("public-integrity", "le maire a confié les travaux de la piscine à son gendre");
    leads("public-integrity", "el alcalde le dio la obra del mercado a su cuñado");
    // family news about a holder of public office tells no dealing of public life: no reading
    silent("the mayor's son broke his arm skiing", "le fils du ministre joue du violon",
        "el hijo del alcalde se rompió el brazo esquiando");
    // the reading is everyday evidence: it does not answer what the gate silences without it
    silent("the senator's wife wrote a book about gardening", "la esposa del gobernador visitó el hospital de niños");
    // a relative with no holder of public office beside him is no such reading
    assertFalse(detected("the waiter's nephew got the bridge contract without a tender", Lang.EN)
        .containsKey("public-integrity"));
  }

  @Test
  void aHolderOfPublicOfficeThatIsItselfTheEvidenceSupportsItBesideAnActOfOversightOnPublicMoney() {
    // the senators are the only word of public life and evidence themselves: overseeing spending
    // makes them the legislature at work
    answered("the senators audited the navy's spending in secret");
    // named alone beside everyday words of other themes they may be a game's
    silent("the senators in the card game must win three rounds");
  }

  @Test
  void anOfficeOfPublicPowerWhoseWordNamesNothingElseSupportsTheEvidenceBesideIt() {
    // a congress, a prosecutor's office: no policy words, yet public power wherever they stand
    answered("los gastos de la marina escapan al control del congreso",
        "el fiscal general archiva las denuncias sobre el presupuesto de la fiscalía");
    // an assembly is also a body private people form: its general meeting stays their affair
    silent("l'assemblée générale du club de judo vote les cotisations en juin");
    // an office that only says where a thing is, is a landmark
    silent("a quiet guesthouse near the parliament building");
  }

  @Test
  void moneyAskedForByAnOfficerServingThePublicIsABribeWhenTheQuestionIsOfPublicLife() {
    // a bribe told as money: the cash was the budget's, or nothing was found
    leads("public-integrity", "police officers demand money from taxi drivers at the airport");
    leads("public-integrity", "le douanier réclame une enveloppe pour dédouaner les marchandises");
    leads("public-integrity", "el aduanero pidió plata para liberar la mercadería");
    // an officer asking for papers, money asked for by no officer, money won or found: no reading
    silent("le douanier m'a demandé mon passeport", "el agente de tránsito me pidió los papeles",
        "the waiter asked for cash only", "my landlord wants cash", "el inspector ganó dinero en la lotería",
        "the inspector won money at the lottery", "le policier a perdu son argent au casino");
    // an elected officeholder asking for money for a hospital asks for a budget
    leads("budget-transparency", "the mayor wants more money for the hospital");
    // money that is the question's only word of public life is no bribe
    leads("budget-transparency", "I'm a councillor and nobody can tell me where the park money went");
  }

  @Test
  void moneyTakenByAnyHolderAndKinGivenAPostReadAlikeInEveryLanguage() {
    // French money is a thesaurus word of its own ("argent": the budget's), and the French bribe a
    // phrase ("pot-de-vin"): the reading was dropped beside the money's own match, and the French
    // words around it found no other theme, so these were silent
    leads("public-integrity", "les gendarmes réclament de l'argent aux camionneurs");
    leads("public-integrity", "un juge qui accepte de l'argent pour acquitter un accusé");
    // money taken, pocketed or received by an elected holder: silent, or a budget
    leads("public-integrity", "the senator pocketed cash from a casino owner");
    leads("public-integrity", "la députée a empoché de l'argent d'un promoteur immobilier");
    leads("public-integrity", "el alcalde recibió plata de un constructor para aprobar el edificio");
    // an elected holder asking for money still asks for a budget
    leads("budget-transparency", "le maire demande de l'argent à la région pour la piscine");
    // a relative given a post by a holder of public office, with nothing else of public life found
    assertTrue(detected("the governor appointed his nephew", Lang.EN).containsKey("public-integrity"));
    assertTrue(detected("la alcaldesa contrató a su yerno como chofer", Lang.ES).containsKey("public-integrity"));
    assertTrue(detected("le maire a embauché son gendre comme chauffeur", Lang.FR).containsKey("public-integrity"));
    // a post given to someone else for the family, or by no holder of public office: no reading
    assertFalse(detected("the governor hired a nanny for his children", Lang.EN).containsKey("public-integrity"));
    assertFalse(detected("le ministre a embauché un jardinier pour sa famille", Lang.FR).containsKey("public-integrity"));
    assertFalse(detected("my aunt hired her nephew at the bakery", Lang.EN).containsKey("public-integrity"));
    silent("el ministro contrató a una niñera para sus hijos", "my aunt hired her nephew at the bakery");
  }

  @Test
  void moneyOrAPostForTheHoldersOwnLifeIsNoDealingOfOffice() {
    // money asked for or taken for a private end, or out of one's own life, read as a bribe on main
    silent("the sheriff took money out of the bank for a holiday in spain",
        "le gendarme a demandé de l'argent à sa tante pour son anniversaire",
        "el juez le pidió plata a su padre para la boda de su hermana",
        "l'inspectrice a pris de l'argent dans son sac pour le voyage",
        "the prosecutor received money from her grandfather for the honeymoon");
    // a relative hired to mind the holder's own children
    silent("la ministre a embauché son neveu pour garder ses enfants");
    // money for an act of office keeps the reading, whoever gave it, whoever the act is for
    leads("public-integrity", "the sheriff took money from a bar owner to let his bar stay open late");
    leads("public-integrity", "the senator took money from the builder for his son");
    leads("public-integrity", "el juez recibió plata del acusado para liberar a su hermano");
    assertTrue(detected("the governor appointed his nephew", Lang.EN).containsKey("public-integrity"));
  }

  @Test
  void anAttendantInAPublicCompoundServesThePublic() {
    // a guard, an agent, an employee named by a public owner or beat: silent on main
    leads("public-integrity", "the border guards at the bridge took cash from every driver");
    leads("public-integrity", "les gardes-frontières réclament de l'argent aux chauffeurs de bus");
    leads("public-integrity", "el agente de tránsito aceptó plata del camionero");
    leads("public-integrity", "una empleada de la municipalidad cobra plata por cada certificado");
    // a security guard, a bank clerk, an estate agent: no such holder
    silent("the security guard took cash from the drivers at the gate",
        "un agent immobilier a réclamé de l'argent aux locataires", "el empleado del banco cobró plata por el trámite");
    // one's own pay is no bribe
    silent("les gardes-frontières demandent plus d'argent pour leurs salaires");
  }

  @Test
  void moneyOwnedOrSpentByAPublicBodyIsPublicSpending() {
    // money told in everyday words with a public owner or spender: silent, or a budget cue the
    // gate silenced
    leads("budget-transparency", "what does the province do with that money");
    leads("budget-transparency", "the ministry bought forty ambulances last winter and never said what they paid");
    leads("budget-transparency", "l'argent de la préfecture sert à quoi exactement");
    leads("budget-transparency", "cuánto invirtió la gobernación en la feria del libro");
    leads("budget-transparency", "qué hace la gobernación con el dinero de los peajes");
    // a bakery's, a parish's, a club's or a neighbour's money is no public money
    silent("what does the bakery do with that money", "la paroisse a dépensé tout l'argent de la kermesse",
        "el club gastó la plata de las rifas en un asado", "my neighbour spent her money on a boat",
        "how much does the county charge for a fishing licence");
    // a public body after a verb whose subject is the asker is paid, it does not spend
    assertFalse(detected("nous avons payé la préfecture pour une carte grise", Lang.FR)
        .containsKey("budget-transparency"));
  }

  @Test
  void papersAskedOfAPublicBodyArePublicRecords() {
    // papers in everyday words asked for, to be seen or handed over, a public body named: silent, or
    // led by the theme of a stray word beside them
    leads("access-to-information", "our union asked the ministry for copies of the emails about the closure");
    leads("access-to-information", "how do i get the department to show me the minutes of last year's meetings");
    leads("access-to-information", "la préfecture ne veut pas nous transmettre les courriers du promoteur");
    leads("access-to-information", "pedimos al ministerio las actas de las reuniones y nadie contesta");
    // papers read, asked for or shown with no public body named, or sent by one to the asker
    silent("how do i read the letters my grandmother kept from the war", "i asked my boss for a copy of the sales report",
        "can you show me how to write the reports for my bakery", "the council sent me a letter about my bins",
        "ma voisine m'a demandé de lire les lettres de son fils", "le pedí a mi hermano las copias de las fotos de la boda");
    // one's own papers asked of a public body are an errand; papers a show is about are no request
    silent("how do i ask the town hall for a copy of my birth certificate",
        "which tv show about police files should i watch tonight");
  }

  @Test
  void thePoliceOrACourtToldActingIsHeldToAccount() {
    // the power of force or judgment told acting beside another word of public life: holding it to
    // account is among what the question asks
    for (String q : List.of("the prosecution dropped the case against the minister's cousin",
        "le parquet a abandonné les poursuites contre le député")) {
      List<String> got = ids(q);
      assertTrue(got.containsAll(of("accountability")), q + " -> " + got);
    }
    // the same words as a compound's part, a contest's judge, a yard, a font
    silent("my nephew loves the police cars at the toy shop", "the judge of the talent show cried",
        "la cour carrée du louvre est fermée", "changer la police d'écriture du titre");
  }

  @Test
  void whatThePoliceOrACourtDidLeadsBesideItsActing() {
    // the acting weighs as the one word it is: a bribe it takes leads
    leads("public-integrity", "los jueces cobran coimas a los abogados");
  }

  @Test
  void whatThePoliceDealtLeadsAndTheActingWeighsBelowIt() {
    // a bribe asked by the power acting: the dealing is the question's theme, and the acting weighs
    // below it, not as the next theme
    Set<String> integrity = of("public-integrity");
    for (String q : List.of("los policías piden dinero a los taxistas para no ponerles multas",
        "how to stop the police asking taxi drivers for money")) {
      leads("public-integrity", q);
      assertFalse(of("accountability").contains(ids(q).get(integrity.size())), q + " -> " + ids(q));
    }
  }

  @Test
  void publicMoneyToldByASeatAComplementAPronounALevyBooksOrACost() {
    // a seat named whole, a subject with its complement, a pronoun for the body the question opens
    // with, a levy, a public body's books, a cost a public body bears or its thing costs
    leads("budget-transparency", "how much did city hall waste on that fountain");
    leads("budget-transparency", "the ministry of culture paid a fortune for one statue");
    leads("budget-transparency", "the county repaved the main road, what did they pay for it");
    leads("budget-transparency", "la gobernación pintó las escuelas, cuánto pagó por la pintura");
    leads("budget-transparency", "où finit l'argent des péages du pont");
    leads("budget-transparency", "are the province's accounts published anywhere");
    leads("budget-transparency", "combien coûteront les travaux de la préfecture");
    leads("budget-transparency", "le conseil régional cache ses comptes");
    leads("budget-transparency", "the borough never explains what it does with its money");
    // a village hall, a club's books, a neighbour's pronoun, a price, a body after a person's place
    silent("the village hall paid the band with the raffle money", "les comptes de mon club de rugby sont faux",
        "my cousin bought a tractor, how much did it cost him", "cuánto cuesta la entrada al museo de la ciudad",
        "the sister of the governor spent her savings on a horse", "mon club de judo cache ses comptes",
        "el presidente del club de tenis pagó la cena");
  }

  @Test
  void anActAppliedToASectorLeadsTheSectorsTheme() {
    // a sector of public services ("hospitals", "eau potable", "escuelas públicas") weighed as much
    // as the act asked about (the budget, the residents' choice), or more, and its pledgers came first
    leads("budget-transparency", "how much of the health budget reaches the hospitals");
    leads("citizen-engagement", "les habitants veulent choisir les travaux d'eau potable de la commune");
    leads("citizen-engagement", "los vecinos quieren decidir las obras de agua potable del municipio");
    // the sector's theme is still kept, after the act's
    assertEquals(Set.of("budget-transparency", "public-services"),
        detected("how much of the health budget reaches the hospitals", Lang.EN).keySet());
    Map<String, Float> water = detected("les habitants veulent choisir les travaux d'eau potable de la commune", Lang.FR);
    assertTrue(water.get("citizen-engagement") > water.get("public-services"), water.toString());
    // delivering the service itself (booking online, a word of the theme that names no sector) stays
    // the sector's theme, and so does a sector alone
    Map<String, Float> booking = detected("an app to book a school place online", Lang.EN);
    assertTrue(booking.get("public-services") > booking.get("open-data"), booking.toString());
    leads("public-services", "les listes d'attente des hôpitaux publics");
  }

  @Test
  void theGrammarOfTheLanguageDoesNotOutnumberTwoEverydayWordsOfATheme() {
    // "nobody", "ever", "each", "about", "same", "every", "can't", "still", "nadie", "todavía": words
    // that say how a thing is said, not what about, beside two everyday words of one theme
    leads("budget-transparency", "nobody ever knows what the county spends each year");
    leads("budget-transparency", "the province spends about the same every year and nobody can tell on what");
    leads("budget-transparency", "nadie sabe todavía en qué gastó el presupuesto la provincia");
    answered("we still can't see how each senator voted on the bill");
    // grammar set aside, a pair's own words must outnumber the rest, other themes' evidence included
    silent("the gym still won't open the door even with the new access code",
        "nobody at the shop ever answers complaints about the wrong size",
        "still can't move money between my two savings accounts");
  }

  @Test
  void aWordOfPublicLifeThatIsAnEntrySupportsAnotherThemesEverydayEvidence() {
    // "ley" is an entry of legislative openness; beside the everyday words of citizen engagement
    // ("consultar", "barrio") it says the question is about public life, as it would were it no entry
    answered("consultar a la gente del barrio antes de aprobar una ley");
    // beside its own theme's evidence only, it is one more word of that theme, and a lone
    // everyday word of a theme beside it stays as silent as before
    silent("draft legislation essay for my class",
        "a lead agency for fashion models",
        "la ley de Murphy en la cocina",
        "la loi de l'attraction pour trouver l'amour");
  }

  @Test
  void aRoleOfAnyOrganisationIsPublicLifeWhenItsCompoundSaysWhose() {
    // an office, a clerk, a chief: public when a division, an office of public power or a
    // prerogative of the state owns it, beside a piece of the field of its own
    leads("budget-transparency", "the borough treasurer never shows anyone the budget");
    answered("customs office staff take cash to wave trucks through the queue",
        "the parish clerk keeps the budget to herself");
    // never alone, never any organisation's, never across punctuation
    silent("the passport office is closed on sundays",
        "the school office keeps losing the report cards",
        "the hotel desk clerk wants a budget for the staff party",
        "at 4 PM, office budget meeting");
  }

  @Test
  void aHolderOfPublicOfficeIsPublicLifeUnlessAPrivateThingOwnsIt() {
    // a governor, a senator, "el gobernador", "le gouverneur": no policy words, yet public life as
    // one is, beside a piece of the field that is no everyday word of the language
    answered("the governor signed oil deals without asking anyone",
        "el gobernador no dice cuánto cobra por el gas", "la jueza no explica cuánto le pagan por el petróleo",
        "le gouverneur a cédé la forêt à une entreprise étrangère");
    // a private thing owns the holder: a game's governor, school governors
    silent("el gobernador del videojuego no dice cuánto cobra por el gas",
        "the school governors signed oil deals without asking anyone");
    // beside everyday words of the language only, a holder is not enough: money for schools
    silent("the governor wants more money for rural schools");
  }

  @Test
  void aHolderActingInOfficeIsPublicLifeBesideEverydayWordsUnlessTheActIsForTheirOwn() {
    // a holder of public office as the subject of an act of office: what was promised, closed, cut, a post given
    answered("the governor promised a new bridge for the valley and forgot it",
        "el gobernador cerró la escuela rural sin avisar a nadie",
        "le gouverneur a nommé son cousin directeur de l'aéroport");
    // the same acts done for the holder's own: presents for the grandchildren, a pool for a daughter
    silent("the governor promised his grandchildren a puppy for christmas",
        "el gobernador prometió a sus nietos una bicicleta",
        "le gouverneur a construit une piscine pour sa fille");
    // no act of office: a holder's wish beside everyday words stays silent
    silent("the governor wants more money for rural schools");
  }

  @Test
  void aDivisionThatGovernsIsPublicLifeUnlessItOnlySaysWhereOrIsAPlaceToLive() {
    // a province, a region, a country: the government of that place, as a holder of office is
    answered("quién se beneficia del cobre que sale de nuestra provincia",
        "el país no cobra casi nada a las mineras por el litio",
        "who gets the gas money from our region", "où va l'argent du cuivre de notre pays");
    // where a thing is ("in the country", "en el país"), a village or "mi pueblo", a private owner's province
    silent("the best oil paintings in the country", "las mejores playas con arena de oro en el país",
        "en mi pueblo juntamos dinero para la fiesta de agosto",
        "our village fair raised money for the new playground", "the village pub sells oil lamps and coal for the stove",
        "la provincia de mi abuela tiene minas de plata abandonadas para visitar");
    // a country asked about among others, the frame of a question put to this bot, governs nothing
    silent("what countries have cheap rent for renting a flat", "quels pays sont bons pour un stage de yoga");
  }

  @Test
  void aFrenchOrSpanishRoleIsPublicLifeWhenThePrepositionAfterItSaysWhose() {
    // French and Spanish name the owner after a preposition: a prerogative of the state there makes
    // the office, the counter or the staff a public one, beside a piece of the field of its own
    answered("le guichet des douanes réclame une enveloppe pour chaque camion",
        "las ventanillas de pasaportes piden dinero por debajo para dar turno",
        "les employés des impôts vendent les copies de dossiers sous le manteau");
    // never alone, never any organisation's, never across punctuation
    silent("le guichet des douanes ferme à midi",
        "le guichet de la banque réclame une enveloppe pour chaque chèque",
        "la ventanilla del cine pide dinero por debajo para dar turno",
        "le bureau, des impôts en retard, une enveloppe à poster");
  }

  @Test
  void aFrenchOrSpanishRoleIsPublicLifeWhenAnOfficeOrDivisionOfPublicPowerOwnsIt() {
    // an office or a division of public power after the preposition, beside a piece of the field
    answered("les employés du cadastre vendent les plans sous le manteau",
        "el personal de la tesorería esconde el gasto de la obra",
        "los agentes de la gobernación piden dinero por debajo para dar turno");
    // a private kind of the office (a court of commerce, an arbitration court), or the office alone
    silent("le greffe du tribunal de commerce vend les copies des statuts sous le manteau",
        "los agentes del tribunal de arbitraje piden dinero por debajo para dar turno",
        "le guichet de la gendarmerie ferme à midi");
  }

  @Test
  void aPeoplesAdjectiveBesideAnOfficeOfPublicPowerNamesItsState() {
    // a treasury, an embassy, the courts: no policy words, but the state's own offices
    assertEquals(List.of("MX"), ids("the Mexican treasury"));
    assertEquals(List.of("MX"), ids("l'ambassade mexicaine"));
    assertEquals(List.of("HR"), ids("les tribunaux croates"));
    // beside a word that is as often an everyday thing in some language (a treasure, a font, an
    // estate, court shoes), it names a thing
    silent("un trésor mexicain dans le grenier", "une police italienne élégante pour le menu",
        "una hacienda colombiana para la boda", "Italian court shoes with a low heel in navy blue");
  }

  @Test
  void aCountryThatOwnsAnOfficeNamedBeforeItIsTheStateWhoseOfficeItIs() {
    // an office of public power, its field, then the country past a preposition of belonging,
    // among more everyday words than a one-word name alone is kept beside
    assertEquals(List.of("UY"), ids("el ministerio de turismo de uruguay busca socios nuevos este año"));
    assertEquals(List.of("CL"), ids("le ministère des sports du Chili veut trouver des partenaires pour l'été prochain"));
    // an everyday office (a tourist office) or none owns nothing of the state
    silent("la oficina de turismo de colombia abre sus puertas el lunes por la mañana",
        "una receta de la abuela de colombia con arroz y frijoles");
  }

  @Test
  void aCountryNamedBySeveralWordsIsJudgedAmongEverydayWordsAsOneNamedByOne() {
    // a place to go, whatever the length of its name
    silent("vuelos baratos a el salvador en mayo", "best beaches in Costa Rica for surfing in july",
        "el clima de sierra leona en la estación de lluvias");
    // asked about, or beside its government, it names the pledger still
    assertEquals(List.of("CR"), ids("Costa Rica weather"));
    assertEquals(List.of("GB"), ids("what did the United Kingdom pledge"));
    assertEquals("CR", ids("el gobierno de costa rica").get(0));
  }

  @Test
  void aNameBeforeAPrivateOwnerIsThatOwnersThingInAnOffTopicQuestion() {
    // a charity shop of one's street, with no word of the field anywhere
    silent("horario del oxfam de mi barrio");
    // the pledger asked about, or before a public owner, is the pledger still
    assertEquals("article-19", ids("artículo 19 qué ofrece sobre libertad de expresión").get(0));
    assertEquals("world-bank", ids("el banco mundial de mi pueblo").get(0));
  }

  @Test
  void aPolicyWordBeforeAnEverydayHeadOfMyOwnIsItsKindInEnglish() {
    // a firm of lawyers of one's own, whose word is only a cue of a theme: no word of public life
    silent("the partnership at my law firm pays well enough", "my law firm hired two new partners");
    // the same firm beside what a public body does is still asked about
    assertEquals("wg-access-to-information", ids("my law firm advises the ministry on access to information").get(0));
    // a policy word that says whose the head is (one's city's hall) is its owner, not its kind
    answered("can I get access to papers held by my city hall");
    // a policy word owned by no possessive keeps its reading
    assertEquals("international-budget-partnership", ids("my MP wants a new law on budget transparency").get(0));
  }

  @Test
  void cuesAloneDoNotMakeAPrivateOwnersThingAThingOfTheField() {
    // a contract or the rules of a building are words lifted from theme phrases (cues), yet here
    // they are the owner's own: the name before them is that owner's article, not the pledger
    silent("article 19 of my employment contract", "l'article 19 du règlement de notre immeuble");
    // a theme the question names still makes it a question about the pledger
    assertEquals("article-19", ids("article 19 of my employment contract and access to information laws").get(0));
  }

  @Test
  void anAcronymAfterAnElidedArticleIsTypedInCapitals() {
    // "l'OCDE" is the acronym typed in capitals, not "ocde" in small letters (an ordinary word
    // maybe, dropped beside everyday words in an off-topic question)
    assertEquals("oecd", ids("l'OCDE à Genève peut-elle nous répondre ?").get(0));
  }

  @Test
  void aPeoplesAdjectiveBesideAnInstitutionTypedWithCapitalsNamesItsState() {
    // a homonym or a prerogative typed with a capital, in French or Spanish, is the state's office
    assertEquals(List.of("UY"), ids("le Trésor uruguayen"));
    assertEquals(List.of("CL"), ids("la Secretaría de Hacienda chilena"));
    assertEquals(List.of("GT"), ids("las Aduanas guatemaltecas"));
    assertEquals(List.of("PA"), ids("la Corte de Cuentas panameña"));
    // in small letters, after an indefinite article, beside an adjective typed with a capital
    // (a name's), or in English, which capitalises titles and brands: a thing
    silent("le trésor uruguayen", "un Trésor uruguayen dans le grenier", "la Hacienda Chilena, restaurante en Miami",
        "Mexican Party Supplies for a birthday", "a Swedish Army knife for camping");
  }

  @Test
  void aPeoplesAdjectiveThatChangesOnlyTheNamesEndIsJudgedAsTheAdjectiveWhereNoWordNamesATheme() {
    // one letter from the name at its end ("colombie-n", "croat-e", "uruguay-o"), or a name of two
    // words made an adjective ("South African"): beside an everyday thing it qualifies the thing
    silent("un gendre colombien", "une nappe croate", "mi cuñado uruguayo", "Croatian grandparents",
        "Indonesian sarong?", "South African rooibos tea");
    // a slip inside the name is still the name mistyped, also beside an everyday word
    assertEquals(List.of("PH"), ids("expliquez-moi Philippinees"));
    // an office or a prerogative whose word is also an everyday thing keeps the name's reading
    assertEquals(List.of("GE"), ids("Georgian visa"));
    assertEquals(List.of("UY"), ids("la aduana uruguaya"));
    assertEquals(List.of("ZA"), ids("South African army"));
  }

  @Test
  void aDelegationBesideAPeoplesWordOrANameNamesThatStateUnlessPrivateLifeIsTold() {
    // a party a state sends is that state's, however many everyday words the message holds
    assertEquals("PH", ids("next month we welcome the Philippine delegation, could you brief me beforehand").get(0));
    assertEquals("SE", ids("la délégation suédoise arrive lundi et repart mercredi matin").get(0));
    assertEquals("UY", ids("mañana llega la delegación de Uruguay, hay que preparar la sala").get(0));
    // a country's athletes, a sports party or a delegation beside one's own life is no state asking
    silent("the Philippine delegation won three medals at the Olympics",
        "la délégation sportive suédoise a raté son avion", "la delegación uruguaya de rugby llegó al estadio",
        "my cousin joined the Swedish delegation for the wedding");
  }

  @Test
  void anOrganisationTakenOnAsFunderPartnerOrGuestIsAskedAbout() {
    // a verb or noun of funding, partnering, inviting or meeting right before the name, past an
    // article, "with" and the body's office, or its verb right after it
    assertEquals("oecd", ids("our foundation wants to fund the OECD for a training of mayors next autumn").get(0));
    assertEquals("oecd", ids("shall we invite the OECD to our workshop next spring with the councillors").get(0));
    assertEquals("oxfam", ids("nous cherchons un partenariat avec Oxfam pour notre appel à projets, à qui écrire").get(0));
    assertEquals("undp", ids("¿invitamos al pnud a nuestro taller de la semana con los vecinos?").get(0));
    assertEquals("undp", ids("demande de rendez-vous avec le bureau du pnud à Dakar").get(0));
    assertEquals("world-bank", ids("I read that the World Bank finances groups like ours, how do we apply").get(0));
    // a country so engaged is a place or a people; a body beside an everyday errand is no partner
    silent("can we fund a trip to Italy for the choir next spring?", "invite the Dutch neighbours to our barbecue?",
        "je voudrais postuler au pnud, quel salaire ?", "horario de la tienda de Oxfam en el centro");
  }

  @Test
  void aStudyOrWorkingVisitBesideANameNamesThatStateUnlessPrivateLifeIsTold() {
    // a visit of study or work, named as such, is a party sent to a state to learn from it
    assertEquals("SE", ids("we are preparing a study visit to Sweden for our directors next autumn").get(0));
    assertEquals("PA", ids("préparation d'une visite de travail au Panama pour notre équipe").get(0));
    assertEquals("GE", ids("organizamos una gira de estudio a Georgia con los directores en octubre").get(0));
    // a visit of no purpose, a trip, or one's class or family on it, is private life
    silent("a visit to Sweden for the long weekend with the dog", "study trip to Sweden with my daughter's class",
        "visite d'étude au Panama pour les enfants de ma sœur, quel hôtel");
  }

  @Test
  void modalsAndAdverbsBesideAOneWordNameAreNotCountedAsEverydayWords() {
    // how sure or how soon the asker is says nothing of private life: the one-word name still asks
    assertEquals("PA", ids("Panama had probably already helped its neighbours, how").get(0));
    assertEquals("IE", ids("l'Irlande pourra sûrement nous conseiller, sur quoi").get(0));
    assertEquals("FI", ids("Finlandia quizás podrá orientarnos, sobre qué").get(0));
    // the same hedges beside a match, a holiday or a shop leave that scene's words counted
    silent("le Chili pourra sûrement battre le Pérou dimanche", "Irlanda quizás ganará el partido del domingo",
        "Panama should probably be too hot for the honeymoon", "la tienda dice que el sofá de Suecia quizás llegará tarde");
  }

  @Test
  void aHedgeToldInSeveralWordsBesideAOneWordNameIsNeitherAnEverydayWordNorAnOwner() {
    // its noun ("doubt", "coup", "vez", "visto") says how sure or how often, as a one-word hedge does
    assertEquals("PA", ids("Panama no doubt already coaches other governments, how").get(0));
    assertEquals("PA", ids("le Panama à coup sûr a déjà aidé ses voisins, comment").get(0));
    assertEquals("UY", ids("Uruguay tal vez podría orientarnos, en qué temas").get(0));
    assertEquals("HR", ids("Croacia por lo visto ya ofrecía apoyo a otros países").get(0));
    // after the name, its preposition names no owner of the name
    assertEquals("UY", ids("Uruguay of course could advise us, on what").get(0));
    assertEquals("IE", ids("l'Irlande de temps en temps accompagne d'autres pays, sur quoi").get(0));
    // nor is a filler word inside it ("fait") a word of this bot's questions beside a holiday, and
    // the scene's own words stay counted
    silent("l'Italie en fait était trop chère pour nos vacances en juillet", "of course Chile will win the match on Sunday",
        "Noruega sin duda es demasiado cara para la luna de miel");
  }

  @Test
  void aSpeakersTalkWordsBesideAOneWordNameAreNoEverydayWordsWhereTheQuestionAsksThisBot() {
    // spoken or reported ("bon alors", "pues", "we were told", "creo"), a question to this bot is
    // told among talk words: beside a word of its questions they are not counted as a scene
    assertEquals("HR", ids("bon alors la Croatie, elle proposait quoi").get(0));
    assertEquals("IE", ids("oye, Irlanda ofrecía asesoría con el plan de acción, ¿no?").get(0));
    assertEquals("PH", ids("le ministre a dit que les Philippines pouvaient nous conseiller, bon").get(0));
    // told around a scene alone they stay counted, and a scene of private life stays one
    silent("bueno, nos dijeron que Italia tiene la mejor pizza del mundo", "bueno pues Noruega juega contra Suecia el sábado",
        "ok so we were told Croatia has lovely islands, which one should we visit");
  }

  @Test
  void aPeopleNamedAfterAnArticleBesideThemeEvidenceIsJudgedAsTheCountrysName() {
    // a people is a noun, not an adjective qualifying the word beside it: beside evidence of a
    // theme, too weak alone, it asks about its country as the country's name would
    assertEquals(List.of("IE"), ids("los irlandeses y la participación").stream().limit(1).toList());
    assertEquals(List.of("CL"), ids("the Chileans and participation").stream().limit(1).toList());
    assertEquals(List.of("SE"), ids("les Suédois et la participation").stream().limit(1).toList());
    // with no theme evidence at all, the people at play or as they look stay silent
    silent("los suecos juegan contra los daneses el domingo", "the Swedes are so tall",
        "les Hollandais jouent contre les Suédois ce soir");
  }

  @Test
  void aPeopleInSmallTalkIsNoCountryBesideACueOrAnEverydayPredicate() {
    // a cue alone (a height, a taste) is no theme a people after an article is asked about
    silent("¿los daneses son altos?", "¿los noruegos son altos?");
    // a verb telling what a people is or does is the predicate's, not this bot's: the word after it decides
    silent("les Norvégiens font les meilleures gaufres", "les Danois font du vélo partout");
    // the bot's own question with that verb still lists the country
    assertEquals("NO", ids("qu'ont fait les Norvégiens ?").get(0));
    // a people owning the state's share past "of" names its state, as its adjective after the share does
    assertEquals("CL", ids("¿y el aporte de los chilenos?").get(0));
  }

  @Test
  void theFillersVerbReportedInThePluralIsAWordOfThisBotsQuestions() {
    // "hizo" is filler; its plural reports what a people did as the singular does what a country did
    assertEquals(List.of("IE"), ids("¿los irlandeses hicieron algún compromiso sobre participación?").stream().limit(1).toList());
  }

  @Test
  void aCountryNamedOnlyInsideTheNameOfACityIsWhereTheWriterIs() {
    // the city named after its country is a place in the message; the pledger asked about leads
    assertEquals("ID", ids("after the summit in Mexico City we want to contact the Indonesian team on open data").get(0));
    assertEquals("FI", ids("tras el encuentro en Ciudad de Panamá, ¿qué ofrece Finlandia en datos abiertos?").get(0));
    assertEquals("SE", ids("depuis la ville de Panama, que propose la Suède sur les données ouvertes ?").get(0));
    // alone, the city still lists its country
    assertEquals("MX", ids("Mexico City").get(0));
    assertEquals("PA", ids("datos abiertos en la Ciudad de Panamá").get(0));
  }

  @Test
  void aPledgerNamedOnlyInASentenceThatAsksNothingIsWhereTheWriterIs() {
    // the sentence marked as a question names the pledger asked about; a greeting, the writer's
    // office or a signature names where the writer is
    assertEquals(List.of("SE"), ids("Hello from Guatemala! Could you tell us what Sweden offers on open data?").stream().limit(1).toList());
    assertEquals(List.of("FI"), ids("Bonjour, je travaille au ministère des Finances du Mexique. Que propose la Finlande sur les données ouvertes ?")
        .stream().limit(1).toList());
    // an abbreviation's full stop ends no sentence; with no question mark nothing changes
    assertEquals(Set.of("US", "CA"), Set.copyOf(ids("the U.S. and Canada: what do they offer?")));
    assertEquals(Set.of("US", "CA"), Set.copyOf(ids("I am from the U.S. What does Canada offer?")));
    assertEquals(List.of("NO", "SE"), ids("Norway. Sweden."));
  }

  @Test
  void anInstitutionTypedWithCapitalsThatAPrivateOwnerOrATimeFollowsIsAThing() {
    // a private owner or a time after a preposition of belonging (the compiler's one reader of it)
    silent("le Trésor mexicain de mon grand-père", "la Hacienda mexicana de mis abuelos en Jalisco",
        "el Partido colombiano del domingo", "la Corte italiana del palacio de mis bisabuelos");
    // the state's own office, or one owned by a name typed with a capital, still names its state
    assertEquals(List.of("MX"), ids("le Trésor mexicain"));
    assertEquals(List.of("CL"), ids("le Trésor chilien de la République"));
    assertEquals(List.of("SV"), ids("la Corte de Cuentas salvadoreña"));
  }

  @Test
  void aContractionIsNoTypoOfAThesaurusWord() {
    // "I'm" is one edit from the acronym "IRM": read as it, "I'm a reporter" was the IRM's report
    for (String q : List.of("I'm a reporter covering the council documents", "I\u2019m a reporter covering the council documents")) {
      assertEquals(detected("I am a reporter covering the council documents", Lang.EN), detected(q, Lang.EN), q);
      assertFalse(detected(q, Lang.EN).containsKey("action-plans"), q);
    }
  }

  /** The theme weights a detector on the shipped thesaurus gives a question's words. */
  /** The weight of natural resources in {@link #typed}. */
  private static float natural(String text, Lang lang) {
    return typed(text, lang).getOrDefault("natural-resources", 0f);
  }

  /**
   * What the detector finds in {@code text} given, as the compiler gives it, which words follow a
   * function word ({@link ThemeDetector#detect}'s last argument).
   */
  private static Map<String, Float> typed(String text, Lang lang) {
    Analysis analysis = new Analysis();
    ThemeDetector detector = new ThemeDetector(analysis, Shipped.thesaurus(), Commonness.load());
    List<Word> all = analysis.words(analysis.surface(text));
    List<Word> words = new ArrayList<>();
    Set<Integer> afterFunctionWord = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      if (!analysis.isFunctionWord(all.get(i).surface())) {
        if (i > 0 && analysis.isFunctionWord(all.get(i - 1).surface())) {
          afterFunctionWord.add(words.size());
        }
        words.add(all.get(i));
      }
    }
    return detector.detect(words, Collections.nCopies(words.size(), false), lang, Set.of(), Set.of(), Set.of(),
        afterFunctionWord, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        new ThemeDetector.Stories(Set.of(), Set.of(), Set.of())).themes();
  }

  private static Map<String, Float> detected(String text, Lang lang) {
    Analysis analysis = new Analysis();
    ThemeDetector detector = new ThemeDetector(analysis, Shipped.thesaurus(), Commonness.load());
    List<Word> words = new ArrayList<>();
    for (Word w : analysis.words(analysis.surface(text))) {
      if (!analysis.isFunctionWord(w.surface())) {
        words.add(w);
      }
    }
    return detector.detect(words, Collections.nCopies(words.size(), false), lang).themes();
  }

  @Test
  void aWordOfTheEnquirersTradeLiftsNoThemeAloneButItsPhraseKeepsIt() {
    // the asker's school presentation, research or study of an everyday matter names no theme
    assertTrue(detected("je fais un exposé sur le ministère d'un pasteur", Lang.FR).isEmpty(),
        detected("je fais un exposé sur le ministère d'un pasteur", Lang.FR).toString());
    assertFalse(detected("researcher on birds", Lang.EN).containsKey("action-plans"),
        detected("researcher on birds", Lang.EN).toString());
    assertFalse(detected("investigo el origen de una canción", Lang.ES).containsKey("accountability"),
        detected("investigo el origen de una canción", Lang.ES).toString());
    assertFalse(detected("un estudio de fotografía", Lang.ES).containsKey("natural-resources"),
        detected("un estudio de fotografía", Lang.ES).toString());
    // the thesaurus phrases that hold them keep their themes
    assertTrue(detected("IRM researcher", Lang.EN).containsKey("action-plans"),
        detected("IRM researcher", Lang.EN).toString());
    assertTrue(detected("estudios de impacto ambiental", Lang.ES).containsKey("natural-resources"),
        detected("estudios de impacto ambiental", Lang.ES).toString());
  }

  @Test
  void anInflectionOfAThesaurusWordIsNoTypoOfAnother() {
    // "quartiers" is the plural of a citizen-engagement word, not a slip for "quarries"
    Map<String, Float> themes = detected("les quartiers", Lang.FR);
    assertFalse(themes.containsKey("natural-resources"), themes.toString());
    assertTrue(themes.containsKey("citizen-engagement"), themes.toString());
  }

  @Test
  void aWordOfAThesaurusWordsVerbalFamilyInOneLanguageIsNoTypoOfAnotherLanguagesWord() {
    // "fiscaliza" is a Spanish verb of the family of "fiscalización", not a slip for French "fiscalité"
    Map<String, Float> themes = detected("quién fiscaliza a los ministros", Lang.ES);
    assertFalse(themes.containsKey("budget-transparency"), themes.toString());
    assertTrue(themes.containsKey("accountability"), themes.toString());
  }

  @Test
  void anActOfOversightOnPublicMoneyKeepsBothThemesTheMoneyFirst() {
    // a verb of overseeing beside public money: accountability is kept beside budget transparency,
    // whose phrase weighs most and stays first
    for (Map<String, Float> themes : List.of(detected("civil society audits of the national budget", Lang.EN),
        detected("who oversees the budget of the city hall", Lang.EN),
        detected("comment contrôler l'usage de l'argent des contribuables", Lang.FR),
        detected("quién fiscaliza el gasto de los ministerios", Lang.ES))) {
      assertTrue(themes.containsKey("accountability"), themes.toString());
      assertTrue(themes.get("budget-transparency") >= themes.get("accountability"), themes.toString());
    }
    // a phrase of accountability's own beside an everyday money word keeps the money too
    Map<String, Float> answer = detected("les élus doivent rendre des comptes sur les dépenses de la commune", Lang.FR);
    assertTrue(answer.containsKey("budget-transparency"), answer.toString());
  }

  @Test
  void anActInsideTheMoneysOwnPhraseOrMoneyReadFromASlipNamesOneTheme() {
    // the act is part of the budget phrase: no money of its own to act on
    Map<String, Float> phrase = detected("budget oversight experts", Lang.EN);
    assertFalse(phrase.containsKey("accountability"), phrase.toString());
    // "treasurer" is one edit from "treasury": a slip names no money
    Map<String, Float> slip = detected("the club treasurer audited the membership fees", Lang.EN);
    assertFalse(slip.containsKey("accountability"), slip.toString());
  }

  @Test
  void aVerbFormReadsThroughItsFamilyNotAsATypoOfItsOwnFamilysNoun() {
    // "fiscalizaron" is two edits from "fiscalización": a form of the verb, read as "fiscalizan" is
    assertEquals(detected("los diputados fiscalizan", Lang.ES), detected("los diputados fiscalizaron", Lang.ES));
  }

  @Test
  void aWordOfOneLanguagesFamilyIsStillASlipInAQuestionOfAnotherLanguage() {
    // "coment" is of the family of Spanish "comentar", but in English a slip for "comment"
    Map<String, Float> english = detected("notice and coment", Lang.EN);
    assertEquals(detected("notice and comment", Lang.EN), english);
  }

  @Test
  void aSpanishVerbInIzarWritesItsZAsCBeforeEAndStaysInItsFamily() {
    // the subjunctive "fiscalice" is of the family of "fiscalización", not a slip for "fiscalité"
    Map<String, Float> themes = detected("fiscalice", Lang.ES);
    assertFalse(themes.containsKey("budget-transparency"), themes.toString());
    assertTrue(themes.containsKey("accountability"), themes.toString());
  }

  @Test
  void aWordTheThesaurusWritesOnlyAsAnAcronymIsNoCueInSmallLettersWhereItIsAnEverydayWord() {
    // "cada" is Spanish "each": no cue lifted from the phrases of the French CADA
    Map<String, Float> each = detected("cuánto pagamos cada año", Lang.ES);
    assertFalse(each.containsKey("access-to-information"), each.toString());
    // the acronym's own phrase still finds its theme
    assertTrue(detected("avis de la CADA", Lang.FR).containsKey("access-to-information"));
  }

  @Test
  void aThreeLetterStemOfOneLanguageAloneIsNoSupport() {
    // "copies" is cut to "cop" by the French stemmer only: no mining word
    Map<String, Float> copies = detected("copies", Lang.EN);
    assertFalse(copies.containsKey("natural-resources"), copies.toString());
    // a short stem two stemmers agree on is the word's: "taxes" is "tax"
    assertTrue(detected("taxes", Lang.EN).containsKey("budget-transparency"));
  }

  @Test
  void aFrenchFourLetterStemCutFromANounInMentIsNotTheVerbsStem() {
    // the light stemmer cuts "parlement" and "parler" to "parl": to speak is no parliament
    Map<String, Float> speak = detected("parler aux voisins", Lang.FR);
    assertFalse(speak.containsKey("legislative-openness"), speak.toString());
    // the noun's own inflections still meet it, through the stems that keep the noun whole
    assertTrue(detected("les parlements", Lang.FR).containsKey("legislative-openness"));
  }

  @Test
  void aShortPartOfAHyphenatedCompoundIsFoundOnlyAsTyped() {
    // "pre" of "pre-budget" is a prefix: French "près" shares its stems but is not it
    assertEquals(Map.of(), detected("près de la gare", Lang.FR));
    assertTrue(detected("publishing the pre-budget statement", Lang.EN).containsKey("budget-transparency"));
  }

  /**
   * A natural resource's sector named by an everyday word beside a noun of governing it
   * ({@link PolicyWords#stewardship}) reads as the field's phrase for governing natural resources,
   * in each language; the sector's word alone, one holder's licence, and a governing noun after an
   * English sector word that is a pronoun stay silent.
   */
  @Test
  void aResourceSectorBesideAGoverningNounIsResourceGovernance() {
    leads("natural-resources", "timber management in the highlands");
    leads("natural-resources", "qui contrôle la gestion des forêts du massif");
    leads("natural-resources", "los permisos de tala en la sierra");
    // the plural titles of an everyday phrase typed as the thesaurus writes it are handed out
    leads("natural-resources", "quién concede las licencias de pesca");
    silent("a fishing licence for my holiday",
        "timber for a garden shed",
        "une promenade en forêt avec le chien",
        // English writes the sector's word before the governing noun: a possessive pronoun after it is none
        "the management is mine",
        // a verb the entry's stem finds is not the sector's noun
        "el club cobra derechos de entrada");
  }

  @Test
  void aNounOfTheFieldTypedAsAVerbNamesNoTheme() {
    // "plans" after a public body and before its object is the body's verb, no action plan: the
    // residents' say leads, and a body that plans to close clinics is about the clinics
    leads("citizen-engagement", "how can ordinary residents have a say when the city plans its new housing");
    leads("public-services", "the ministry plans to close the rural clinics");
    // as a noun, after its article, it is still the entry
    List<String> noun = ids("the plans to reform the police in our open government action plan");
    assertTrue(of("action-plans").contains(noun.get(0)), noun.toString());
  }

  @Test
  void budgetingMoneyIsSpendingIt() {
    // the verb of a body that sets what it spends is no plan of its own: its budget leads
    leads("budget-transparency", "the mayor budgets nothing for the roads in poor neighbourhoods");
  }

  @Test
  void theWageOfAHolderOfPublicOfficeIsPublicMoney() {
    // a holder of public office as the subject of a verb of being paid, before or after it
    leads("budget-transparency", "how much do the county councillors earn each year");
    leads("budget-transparency", "combien perçoivent les sénateurs chaque mois");
    leads("budget-transparency", "cuánto perciben los alcaldes por mes");
    // a person with no office is paid his own wage; a tradesman's price is no public money
    silent("how much does my cousin earn as a plumber", "combien touche un boulanger",
        "cuánto cobra un electricista por hora");
    // the judges of a contest or a show hold no public office
    silent("combien touchent les juges de l'émission de cuisine", "cuánto cobran los jueces del concurso de baile",
        "how much do contest judges earn");
  }

  @Test
  void aHolderWhoTakesAThingNamedOtherwiseThanPayTakesNoWage() {
    // no amount asked and no pay named: what the officials take is a bribe, not their wage
    leads("public-integrity", "en la aduana los funcionarios cobran coimas para firmar");
    leads("public-integrity", "des élus qui touchent des pots-de-vin des promoteurs");
    // the amount asked: the wage of the office
    leads("budget-transparency", "cuánto cobran los concejales");
  }

  @Test
  void winningVerbsArePayOnlyRightAfterTheAmountAsked() {
    // the amount asked just before the verb, a holder of public office its subject: the wage
    leads("budget-transparency", "combien gagnent les préfets");
    leads("budget-transparency", "cuánto ganan los concejales del partido");
    // any holder of the office, named by an indefinite article
    leads("budget-transparency", "combien touche une sénatrice");
    // winning a match or seats, a private earner: no public money
    silent("combien de matchs gagne le club", "combien de sièges gagne le parti du maire",
        "cuánto gana mi vecino en la fábrica");
  }

  @Test
  void thePayOfAHolderOfPublicOfficeIsPublicMoney() {
    leads("budget-transparency", "is the salary of the governor public");
    leads("budget-transparency", "le salaire du préfet est-il connu");
    leads("budget-transparency", "el sueldo del intendente es un secreto");
    // a nurse's, a boss's, or a club president's pay is none of it
    silent("the salary of a nurse at a private clinic", "le salaire de mon patron",
        "el sueldo del presidente del club de tenis");
  }

  @Test
  void aPublicBodyReceivingOrTransferringMoneyIsPublicMoney() {
    // a body receiving, the amount asked or a public source named
    leads("budget-transparency", "how much did each county receive last year");
    leads("budget-transparency", "ce que la commune a reçu de l'état");
    // a body transferring or financing
    leads("budget-transparency", "cuánto transfirió el gobierno a los municipios");
    leads("budget-transparency", "la région finance quels travaux");
    // the same verbs in private life
    // a body receiving an amount for a thing sells it: no transfer
    leads("natural-resources", "cuánto recibe la provincia por el cobre de sus minas");
    silent("my grandmother received a parcel from my uncle", "combien as-tu reçu pour noël",
        "el club transfirió a su delantero", "cómo transferir plata entre mis cuentas");
  }

  @Test
  void moneyMeantForAPublicServiceAskedWhereItGoesIsPublicMoney() {
    // the money's end named after it, an establishment of a public service, and its use asked
    leads("budget-transparency", "where does the money for hospitals really go");
    leads("budget-transparency", "je veux savoir où va l'argent destiné aux lycées");
    leads("budget-transparency", "queremos saber en qué se gasta el dinero de las escuelas públicas");
    // one's own money, a thing the establishment names, or no use asked: none
    silent("where does my money for school go", "where does the money for the school trip go",
        "où va l'argent pour la cantine de l'école de mon fils", "el dinero para el colegio de mi hija no alcanza");
  }

  @Test
  void moneyToldItemByItemIsThePublicsAccountsShownInDetail() {
    // a line, a period, a division or an establishment repeated across "by", "par", "por": no owner named
    leads("budget-transparency", "publish where the funds went, district by district");
    leads("budget-transparency", "les dépenses détaillées rubrique par rubrique");
    leads("budget-transparency", "los pagos publicados escuela por escuela");
    // one's own, a club's, a firm's or a shop's money item by item, and a song learnt line by line: none
    silent("I want to see my expenses line by line", "notre club publie ses comptes poste par poste",
        "anoto mis gastos día por día", "learn the song line by line", "the company's spending quarter by quarter",
        "la facture de la boulangerie ligne par ligne");
  }

  @Test
  void theAllottedAndTheSpentNamedAsThingsAreABudgetsTwoStages() {
    // a participle of money set aside against one of money spent or executed, no money word named
    leads("budget-transparency", "lo presupuestado frente a lo ejecutado en salud");
    leads("budget-transparency", "comparer ce qui était prévu et ce qui a été dépensé pour les routes");
    // one's own wedding or holidays: none
    silent("comparar lo presupuestado con lo gastado en mi boda", "lo previsto y lo gastado en las vacaciones");
  }

  @Test
  void aBudgetMadeOverForItsPublicIsAPublicBudget() {
    // a version, a summary or a guide of a budget, no owner of its own named
    leads("budget-transparency", "a readable version of the health budget for ordinary people");
    leads("budget-transparency", "une synthèse du budget pour les habitants");
    // one's own budget, a club's, a budget template: none
    silent("a summary of my budget for the wedding", "the guide to our club's budget",
        "a version of the budget spreadsheet template");
  }

  @Test
  void aSumAPublicBodyAnnouncedIsPublicMoney() {
    // a public body or office the subject, a sum of millions right after the verb, told as money
    leads("budget-transparency", "the harbour authority's minister promised eight million for the docks, where did it go");
    leads("budget-transparency", "la préfecture a annoncé 12 millions pour les digues et on ne voit rien");
    leads("budget-transparency", "la gobernación anunció seis millones para los caminos rurales, en qué se usaron");
    // a person's promise, and millions of things counted: none
    silent("my uncle promised two million for his new yacht", "la mairie a annoncé deux millions de visiteurs au festival",
        "mi abuelo prometió un millón de besos");
  }

  @Test
  void theAmountVotedSetAgainstWhatWasPaidAreABudgetsTwoFigures() {
    // each stage asked as a figure, no money word named
    leads("budget-transparency", "the sum approved for the ring road and what the firms finally received");
    leads("budget-transparency", "le montant voté pour le gymnase et ce qui a été payé aux entreprises");
    leads("budget-transparency", "cuánto se aprobó para la carretera y cuánto recibieron las constructoras");
    // one's own or a club's vote and payment: none
    silent("what our club approved and what we paid for the new kits",
        "ce que j'ai voté pour le gîte et ce que j'ai payé au propriétaire");
  }

  @Test
  void booksMarkedPublicAreAPublicBodysAccounts() {
    // a word of scope beside the books, in French and Spanish after them, in English before
    leads("budget-transparency", "des comptes régionaux qu'un lycéen pourrait comprendre");
    leads("budget-transparency", "unas cuentas regionales que entienda cualquier jubilado");
    leads("budget-transparency", "the regional accounts explained with pictures for pensioners");
    // a film's budget made over for its investors stays the film's
    silent("a one page summary of the movie's budget for its backers");
  }

  @Test
  void anEstablishmentOfAPublicServiceMarkedPublicOrPaidByAPublicBodyReceivesPublicMoney() {
    // marked public beside it (a word of scope or a division), the amount asked or money received
    leads("budget-transparency", "how much did the county school receive last year");
    leads("budget-transparency", "combien le lycée public a reçu l'an dernier");
    leads("budget-transparency", "cuánto recibió el hospital municipal el año pasado");
    leads("budget-transparency", "the state hospital received no money this winter");
    // money as the object of receiving, no amount asked, no source named: a public body's too
    leads("budget-transparency", "the province received no money this winter");
    // a public body named as the source, an adjective after the establishment's name
    leads("budget-transparency", "ce que l'hôpital universitaire a reçu du ministère");
    // no public mark, no public source: a private establishment's takings
    silent("how much did the dance school receive from its pupils", "combien la clinique privée a reçu de ses patients",
        "the private school received money from the parents", "cuánto recibió la academia de inglés este mes");
  }

  @Test
  void aPayRiseHoldersOfPublicOfficeGiveThemselvesIsPublicMoney() {
    leads("budget-transparency", "the county councillors voted themselves a salary rise");
    leads("budget-transparency", "les maires se sont accordé une hausse de leur salaire");
    leads("budget-transparency", "los alcaldes se subieron las dietas");
    // no holder of public office: one's boss
    silent("my boss gave himself a big raise", "mon patron s'est accordé une augmentation",
        "mi jefe se subió el sueldo");
  }

  @Test
  void holdersOfPublicOfficeRaisingTheirPayRaiseTheirOwn() {
    // a possessive of the third person before the pay, beside a rise said by its verb or its noun
    leads("budget-transparency", "the county councillors raised their salaries last year");
    leads("budget-transparency", "les maires ont relevé leurs indemnités de moitié");
    // no holder of public office: one's boss, a company
    silent("my boss raised his salary", "mon patron a relevé ses primes", "the company increased their salaries");
  }

  @Test
  void theReflexiveJoinedToASpanishInfinitiveIsTheHoldersOwn() {
    leads("budget-transparency", "los alcaldes intentaron subirse las dietas");
    silent("mi jefe quiere subirse el sueldo", "los empleados quieren subirse el sueldo");
  }

  @Test
  void aPublicBodyRaisingItsOwnPayIsItsMembersRaisingTheirs() {
    leads("budget-transparency", "el gobierno se subió los sueldos");
  }

  @Test
  void whatABodysMoneyComesToOwnedByAPublicBodyIsPublicMoney() {
    // spending, finances, a deficit or a debt a public body owns, as its money would be
    leads("budget-transparency", "the county's spending plans are a mystery");
    leads("budget-transparency", "personne ne comprend les finances de la région");
    // owned by a person or a club: private money
    silent("my brother's debts keep growing", "personne ne comprend les dépenses de mon frère",
        "nadie explica las deudas de mi primo", "the club's finances are a mess");
  }

  /** The first hits are exactly {@code first}'s pledgers, and some pledger of {@code second} alone follows them. */
  private static void leadsThenKeeps(String first, String second, String question) {
    leads(first, question);
    Set<String> others = of(second);
    others.removeAll(of(first));
    List<String> got = ids(question);
    assertTrue(got.stream().anyMatch(others::contains), question + " -> " + got);
  }

  @Test
  void aSecondThemeBesidePublicMoneyIsKeptAsBesideTheWordsTyped() {
    // money read as a public body's leads, and the theme the rest of the question names stays beside it
    leadsThenKeeps("budget-transparency", "citizen-engagement", "residents want a say in how the province spends its money");
    leadsThenKeeps("budget-transparency", "citizen-engagement", "les associations commentent les dépenses de la commune");
    leadsThenKeeps("budget-transparency", "citizen-engagement", "los vecinos opinan sobre los gastos de la gobernación");
    leadsThenKeeps("budget-transparency", "open-data", "los datos de los gastos de la provincia son descargables");
    leadsThenKeeps("budget-transparency", "natural-resources", "le conseil municipal dépense l'argent du pétrole");
  }

  @Test
  void theThemeTheTypedWordsWeighMostStaysBesidePublicMoney() {
    // cues alone, which keep no theme beside a better one, led the words as typed: the reading does not drop them
    leadsThenKeeps("budget-transparency", "citizen-engagement", "le quartier donne son avis sur les dépenses de la commune");
    leadsThenKeeps("budget-transparency", "citizen-engagement", "las asociaciones vecinales opinan sobre las finanzas de la provincia");
  }

  @Test
  void aPublicBodyOverspendingSpendsPublicMoney() {
    leads("budget-transparency", "the province overspent on roads");
    silent("my sister overspent on clothes");
  }

  @Test
  void aPublicBodySharingOutMoneyHandlesPublicMoney() {
    leads("budget-transparency", "how does the region divide the money between villages");
    leads("budget-transparency", "comment le département répartit l'argent entre les villages");
    leads("budget-transparency", "cómo reparte la provincia el dinero entre los pueblos");
    // a relative sharing out money: a family's
    silent("how my grandmother divided the money between her children",
        "comment ma tante a réparti l'argent entre ses enfants", "cómo reparte mi abuelo el dinero entre los nietos");
  }

  @Test
  void aSumOfMoneyAskedByAnOfficerIsABribe() {
    // money told by its sum, a currency's plural, is the money an officer asks for
    leads("public-integrity", "the traffic police officer wanted twenty dollars to let me go");
    leads("public-integrity", "el policía de tránsito me pidió cien pesos para dejarme ir");
    leads("public-integrity", "le policier a exigé cinquante euros pour me laisser partir");
    // no officer, no bribe
    silent("my sister wants fifty dollars for her old bike");
  }

  // Pledgers named in dictated messages as speech-to-text writes them (the shorthand of speech: ShorthandTest)

  @Test
  void anAcronymSaidLetterByLetterNamesItsPledgerInEveryLanguage() {
    assertEquals(List.of("oecd"), ids("so what kind of help is the o e c d giving to members"));
    assertEquals(List.of("undp"), ids("et le p n u d alors il travaille avec qui"));
    List<String> both = ids("y el b i d y la o c d e con quién trabajan");
    assertTrue(both.contains("idb") && both.contains("oecd"), both.toString());
  }

  @Test
  void theLettersOfAShorterAcronymInsideALongerOneNameNothing() {
    assertEquals(List.of("idb"), ids("what is the i a d b doing with other banks in the region"));
  }

  @Test
  void twoLettersSaidOneByOneAreNoAcronymBesideAnotherLetter() {
    assertEquals(List.of("b", "m"), NameKey.spelt("bm"));
    assertEquals(List.of("i", "d", "b"), NameKey.spelt("idb"));
    assertEquals(List.of(), ids("my b m w makes a weird noise when it starts"));
    silent("the u s b port of my laptop is broken", "merci u s o beaucoup pour le gâteau",
        "mi memoria u s b se perdió en el tren");
  }

  @Test
  void twoLettersSaidOneByOneNameTheirAcronymInALanguageThatListsIt() {
    assertEquals("GB", ids("which experts can the u k send us on open contracting").get(0));
    assertEquals("US", ids("has the u s shared its experience of open data with peers").get(0));
    // French and Spanish list "RU" for the United Kingdom; English chat writes "r u" for "are you"
    silent("r u free for lunch tomorrow", "le r u de mon clavier est effacé");
  }

  @Test
  void aWordBesideAStatesFormIsItsPeoplesAdjective() {
    assertEquals(List.of("slovak"), NameKey.formAdjective(List.of("slovak", "republic"), Lang.EN));
    assertEquals(List.of(), NameKey.formAdjective(List.of("kingdom", "republic"), Lang.EN));
    assertEquals("SK", ids("has any Slovak ministry offered advice to its peers on open budgets").get(0));
    silent("a Slovak folk song for the wedding", "the United colours of our football club");
  }

  @Test
  void aNameTheSpeakerTookBackForTheNextIsNoNameOfTheQuestion() {
    assertEquals(List.of("SE"), ids("what did chile i mean sweden offer to others"));
    assertEquals(List.of("UY"), ids("y chile digo uruguay qué compromisos tiene"));
    assertEquals(List.of("CL", "SE"), ids("what did chile and sweden offer to others"));
  }

  @Test
  void aOneWordNameSaidInTwoHalvesIsTheName() {
    assertEquals(List.of("hivos"), ids("so what does hi vos do with other groups"));
    assertEquals(List.of("SE"), ids("what did swe den offer to others"));
    assertEquals(List.of(), ids("say hi to vos and the kids for me"), "halves that are no name stay words");
  }

  @Test
  void theStateAskedAboutLeadsTheStateWhoseOfficeAsks() {
    assertEquals("SE", ids("the Ministry of Justice of Chile wants to visit Sweden").get(0));
    assertEquals("ID", ids("the Ministry of Foreign Affairs of Georgia plans a trip to Indonesia").get(0));
    assertEquals("UY", ids("el Ministerio de Relaciones Exteriores de Chile quiere aprender de Uruguay").get(0));
    assertEquals("IT", ids("le ministère des Finances de la Suède veut apprendre de l'Italie").get(0));
    assertEquals("UY", ids("el proyecto uruguayo-chileno que coordina la Cancillería de Chile sobre acceso a la información").get(0));
    assertEquals("SL", ids("la Fiscalía General de Colombia pide el apoyo del Gobierno de Sierra Leona en participación ciudadana").get(0),
        "a state whose office is named after the other is the object, not the asker");
    assertEquals(Set.of("CL", "UY"), Set.copyOf(ids("el Ministerio de Hacienda de Chile y el de Uruguay").subList(0, 2)),
        "two states joined by function words alone are named alike, neither asked about");
  }

  @Test
  void aCountryBesideAWordOfPrivateLifeAndNoneOfPublicLifeIsItsSetting() {
    silent("how long is the flight from Italy to Costa Rica", "les fromages des Pays-Bas",
        "vacaciones en Croacia con amigos", "le Royaume-Uni et la reine Victoria", "hotel in Norway");
    assertEquals("CL", ids("Chile open data for my cousin").get(0), "a theme's words beside the word of private life");
    assertEquals("FI", ids("a trip to Finland to learn from their action plan").get(0), "a theme told beside the trip");
    assertEquals("NO", ids("the embassy of Norway as our contact for their OGP pledge").get(0), "this bot's question beside the office");
    assertEquals("oxfam", ids("Oxfam's offer of support").get(0));
    assertEquals("ID", ids("the Ministry of Foreign Affairs of Georgia plans a trip to Indonesia").get(0));
  }

  @Test
  void theComplaintsThemeLeadsTheThemeOfItsSetting() {
    // what goes wrong (nobody answers for it, nobody knows where the money goes, the files cannot be
    // reused) names the need; the audit report, the royalties, the contracts tell where
    leads("accountability", "the regional audit court flagged overruns in the health budget and nobody was held to account");
    leads("budget-transparency", "la redevance pétrolière est versée aux provinces mais personne ne sait à quoi sert cet argent");
    leads("open-data", "the ministry posts the oil contracts as scanned images that nobody can reuse");
    // what a holder of office dealt in is itself what went wrong, never a setting
    leads("public-integrity", "the governor's nephew won the bridge contract and nobody investigates");
    // without a complaint the setting's theme leads as before
    leads("natural-resources", "the mining royalties paid to the provinces");
  }

  @Test
  void theProcessNamedLeadsTheTopicOfItsCommitments() {
    // the plan's review, its drafting with the public: the process is the need, the commitments'
    // topic (the public's participation) is where
    opens("action-plans", "the IRM found our public participation commitments too weak");
    opens("action-plans", "comment associer les citoyens à la rédaction du plan d'action");
    opens("action-plans", "¿cómo involucrar a la ciudadanía en el borrador del plan de acción?");
    // the process's lone everyday word leaves the topic first
    opens("citizen-engagement", "how can residents take part in the town's plans for participatory budgeting");
    // and so does a phrase of the process that everyday work shares, not its own name
    leads("natural-resources", "implementation support for extractive industries transparency");
    leads("natural-resources", "mise en œuvre de la transparence des industries extractives");
    leads("public-integrity", "lobbying of member governments by tobacco firms");
  }

  @Test
  void aGovernmentsCommitmentsAreTheProcessTheirConsultationServes() {
    // the commitments a government makes are what its national plan holds: consulting the public on
    // them is the means, the process the need
    opens("action-plans", "citizens were consulted online on the government commitments");
    opens("action-plans", "la concertation sur les engagements du gouvernement a pris du retard");
    opens("action-plans", "los vecinos opinaron en la consulta sobre los compromisos del Estado");
    // a government's commitments on a topic are about that topic: strong evidence of the process
    // puts only its means (the public's participation) after it, its own name any theme
    leads("public-integrity", "government commitments on the lobbying register");
    leads("public-integrity", "compromisos del gobierno sobre el registro de cabilderos");
    // a firm's commitments stay an errand
    silent("the commitments of my internet provider on speed");
  }

  @Test
  void aBodyOfPublicPowerNamedBeforeTheCommitmentsMadeThem() {
    // a government or a ministry named before the commitments made them, however far apart the words
    // stand: they are what its plan holds, and asking civil society about them is the means
    opens("action-plans", "the ministry asked civil society groups to comment on the draft of its commitments");
    opens("action-plans", "le gouvernement a invité les associations à relire ses futurs engagements");
    opens("action-plans", "el ministerio invitó a las organizaciones a revisar sus futuros compromisos");
    // with no such body before them, commitments are what the pledgers offered, or an errand's
    leads("citizen-engagement", "which countries have commitments on public consultation");
    silent("the commitments of my gym to the city");
  }

  @Test
  void theReformsOfOpenGovernmentAreTheProcess() {
    // reforms told as open government's are what a national plan holds, whoever pilots or follows them
    opens("action-plans", "which ministry leads the open government reforms and how do NGOs follow them");
    opens("action-plans", "le ministère pilote les réformes de gouvernement ouvert avec les associations");
    opens("action-plans", "qué ministerio lidera las reformas de gobierno abierto y cómo las siguen las organizaciones");
    // a government's reforms of another field are no plan of the process
    assertFalse(detected("les réformes du gouvernement sur les retraites", Lang.FR).containsKey("action-plans"));
    assertFalse(detected("the government's pension reforms and the unions", Lang.EN).containsKey("action-plans"));
  }

  @Test
  void commitmentsMadeToThePartnershipWithThePublicAreThePlan() {
    // the public's part told in the field's words beside commitments made to the partnership is the
    // national plan's making, not a consultation on a policy
    opens("action-plans", "which countries held a public consultation on the commitments they made to the partnership");
    opens("action-plans", "une consultation publique sur les engagements pris devant le partenariat, comment ça marche");
    opens("action-plans", "cómo se hace la consulta pública sobre los compromisos presentados a la Alianza");
    // a team consulted on a private partnership's commitments, or a club's made to the city, is none
    silent("we consulted the team about the commitments of our partnership with the bakery next door",
        "la alianza entre nuestros dos clubes consultó a los socios sobre sus compromisos");
  }

  @Test
  void aPowerToldOverseenIsHeldToAccount() {
    // who oversees a holder or a body of public power asks that it answer for what it does
    leads("accountability", "who scrutinises the ministers");
    leads("accountability", "quién vigila al gobierno");
    // one's own things overseen stay silent
    silent("monitor my baby at night", "vigilar el estado de salud de mi abuela");
  }

  @Test
  void aPublicWorkThePeopleCheckWasBuiltIsItsBuilderHeldToAccount() {
    // whether the works a power announced were built or finished is what that power answers for
    leads("accountability", "parents track whether the classrooms the ministry announced are being built");
    leads("accountability", "los padres verifican que las aulas anunciadas por el ministerio se construyeron");
    // a private work, or one no power is named for, stays as it was
    silent("check whether the builder finished my kitchen", "vérifier que la salle de bain a été terminée");
  }

  @Test
  void aPublicWorkFollowedUpOrLeftUnfinishedLeadsWithAccountabilityOverItsSector() {
    // the work's sector (a public school, a health centre, wells drilled) is its matter: who answers
    // for its delivery leads
    leads("accountability", "parents are watching the building site of the new public school");
    leads("accountability", "les villageois vérifient que les forages payés par la région ont bien été creusés");
    leads("accountability", "el centro de salud se financió hace años y sigue sin terminar, ¿quién responde por eso?");
    // one's own house being built, a plumber's promised works, water cut with nobody answering
    silent("we are following the building site of our own house", "comment vérifier que le plombier a fait les travaux promis ?");
    leads("public-services", "nos cortan el agua cada semana en la colonia y el organismo operador no responde");
  }

  @Test
  void anAuditorsFindingsIgnoredOrActedOnHoldTheAuditedToAccount() {
    // whether anyone acts on what the auditor found is the audited powers answering for it
    leads("accountability", "the audit office writes report after report and no ministry acts on what it found");
    leads("accountability", "la Cour des comptes publie des rapports que les ministères ignorent");
    leads("accountability", "la contraloría publica informes y ningún ministerio hace caso");
    leads("accountability", "who makes sure the auditor general's recommendations are carried out?");
    // no one reacting to what it found is no one acting on it
    leads("accountability", "la Cour des comptes rend des rapports accablants et aucun ministère ne réagit");
    leads("accountability", "la contraloría publica sus hallazgos y ningún ministerio reacciona");
    silent("mon chat ne réagit plus quand je l'appelle");
  }

  @Test
  void thePeopleWatchingABodyInAPurposeClauseHoldItToAccount() {
    // the Spanish subjunctive of a purpose clause is the same watching
    leads("accountability", "una red para que los jóvenes fiscalicen y vigilen a su municipio");
    silent("quiero que mis vecinos vigilen mi casa cuando me voy de vacaciones");
  }

  @Test
  void aPowerOwingAnAnswerForItsActsLeadsOverTheBodyItAnswersBefore() {
    // a holder made to answer, or bound to give his reasons, before a legislature or over a budget
    leads("accountability", "le ministère doit répondre devant les députés de l'échec de la réforme");
    leads("accountability", "le gouvernement doit s'expliquer devant le parlement sur le budget de l'état");
    // conduct named firmly and leading is the matter its sanctions enforce: integrity stays first
    leads("public-integrity", "politicians who declare fake assets should be sanctioned");
  }

  @Test
  void thePeopleClaimingTheirRightsEmpoweredOrAnsweredByPowerHoldItToAccount() {
    // rights claimed before a public power, the people given a hold over the administration, a holder
    // answering listeners on the air, the complaints of a public programme answered
    leads("accountability", "women's associations helping widows demand their entitlements from local officials");
    leads("accountability", "donner aux simples citoyens un pouvoir sur l'administration");
    leads("accountability", "una radio comunitaria donde el alcalde contesta a los oyentes sobre lo que prometió");
    leads("accountability", "a helpline for families on the cash transfer programme where every grievance is answered");
    // one's rights claimed from a landlord, a firm's complaints line, a radio host: no power is held
    silent("how do I claim my rights from my landlord?", "the phone company answers every complaint within a day",
        "the radio host answers listeners every morning");
  }

  @Test
  void thePeopleOverseeingAPowerHoldItToAccount() {
    // the people's own words before a word of overseeing say who oversees: the oversight is the need
    leads("accountability", "young people scrutinise the work of the council");
    leads("accountability", "los vecinos vigilan las obras del alcalde");
    leads("accountability", "la sociedad civil vigila a los ministros");
    // a way of taking part named after the act is what they watch over: engagement stays first
    leads("citizen-engagement", "residents monitor the public consultation on the new park");
    leads("citizen-engagement", "les habitants contrôlent la concertation sur le parc");
  }

  @Test
  void thePeopleAskingAPowerToExplainItselfHoldItToAccount() {
    // an explanation asked of a power by the people, or its explaining with the power named between
    leads("accountability", "residents demand that the minister justify the new tolls");
    leads("accountability", "les jeunes exigent que le ministre explique ses choix");
    leads("accountability", "los vecinos exigen explicaciones al alcalde");
    // the people's own explaining, right after their wish, is their say: engagement stays first
    leads("citizen-engagement", "residents want to explain their needs to the council");
    leads("citizen-engagement", "los vecinos quieren explicar sus necesidades al concejo");
  }

  /** Whether accountability weighs most of the themes {@link #typed} finds in {@code text}. */
  private static boolean heldFirst(String text, Lang lang) {
    Map<String, Float> themes = typed(text, lang);
    float best = themes.values().stream().max(Float::compare).orElse(0f);
    return themes.getOrDefault("accountability", -1f) >= best;
  }

  /** Whether accountability weighs strictly more than every other theme {@link #typed} finds. */
  private static boolean heldAbove(String text, Lang lang) {
    Map<String, Float> themes = typed(text, lang);
    float held = themes.getOrDefault("accountability", -1f);
    return themes.entrySet().stream().allMatch(e -> e.getKey().equals("accountability") || e.getValue() < held);
  }

  @Test
  void aComplaintFollowedUpHoldsTheServiceToAccount() {
    // a complaint tracked or followed up until answered leads the service it is made of
    assertTrue(heldAbove(
        "tracking the complaints people file about public services until they get an answer", Lang.EN));
    assertTrue(heldAbove("le suivi des plaintes des usagers des services publics et de leurs réponses", Lang.FR));
    assertTrue(heldAbove(
        "seguimiento de las quejas de los usuarios de los servicios públicos hasta su respuesta", Lang.ES));
    // a complaint alone, or one to a shop followed, is read as before
    assertFalse(heldAbove("users can track their complaints about public services on a website", Lang.EN));
    silent("how do I track my complaint to the online shop?", "comment suivre ma plainte contre le voisin");
  }

  @Test
  void aPowerThePeopleMakeAnswerForItsActsIsHeldToAccount() {
    // a verb of compelling before the power makes it the one answering, past the preposition marking it
    leads("accountability", "obligar a los ministros a responder por sus decisiones sobre los hospitales");
    leads("accountability", "forcing the ministers to justify their choices on the hospitals");
    // a child or a referee made to answer is no power
    silent("obligar a mi hijo a responder por sus actos", "forcing the referee to justify the penalty");
  }

  @Test
  void aServiceGradedSoThatItAnswersIsHeldToAccount() {
    // users grading a public service for its managers to answer for the grades: answerability leads
    assertTrue(heldAbove(
        "los pacientes califican la atención del hospital público para que el director responda", Lang.ES));
    // a grading alone keeps the service beside it, as before
    assertFalse(heldAbove("los pacientes califican la atención del hospital público", Lang.ES));
  }

  @Test
  void thePeopleAfterTheExplanationTheyAskForHoldThePowerToAccount() {
    // a question puts the people, its subject, after the verb and the explanation asked
    assertTrue(heldAbove("el alcalde no hizo nada, ¿cómo le piden explicaciones los vecinos?", Lang.ES));
    // the people before their asking, as before; the people asking for help are their say
    assertTrue(heldAbove("el alcalde no hizo nada, ¿cómo los vecinos le piden explicaciones?", Lang.ES));
    assertFalse(heldAbove("el alcalde no hizo nada, ¿cómo le piden ayuda los vecinos?", Lang.ES));
  }

  @Test
  void aHolderOfPublicOfficeQuestionedIsHeldToAccount() {
    // the holder questioned, after the verb or before a passive: accountability leads the pledgers
    leads("accountability", "reporters questioned the transport minister over the bridge contract");
    leads("accountability", "la presse a interpellé la ministre sur le contrat des cantines");
    leads("accountability", "la prensa cuestionó al gobernador por el contrato del hospital");
    assertTrue(heldFirst("the mayor was grilled on the bridge contract", Lang.EN));
    // the holder asking the questions, or a private power questioned, is no power held to account
    assertFalse(heldFirst("the judge questioned the witness about the bridge contract", Lang.EN));
    assertFalse(heldFirst("shareholders questioned the chief executive over the bridge contract", Lang.EN));
    // the noun is no verb of questioning: "questions" put to a minister are read as before
    assertFalse(heldFirst("questions to the minister about the bridge contract", Lang.EN));
  }

  @Test
  void aHolderComplainedOfOrCalledToExplainIsHeldToAccount() {
    // the complaint against a holder or an officer leads what he is said to have done
    assertTrue(heldFirst("a complaint against the governor who abused his power", Lang.EN));
    assertTrue(heldFirst("une plainte contre le préfet qui a abusé de son pouvoir", Lang.FR));
    assertTrue(heldFirst("una queja contra el alcalde que abusó de su cargo", Lang.ES));
    // a holder asked to explain himself, whatever the matter
    assertTrue(heldFirst("the parents demand that the mayor explain the money paid for the school", Lang.EN));
    // a bribe complained of is the report of corruption, integrity's own; no holder, no reading
    assertFalse(heldFirst("a complaint against the customs officer who asked for a bribe", Lang.EN));
    assertFalse(heldFirst("the parents demand that the landlord explain the money paid for the school", Lang.EN));
    silent("a complaint against my neighbour who abused my trust", "mi jefe quiere que le explique el retraso");
  }

  @Test
  void aHolderAnsweringForResultsOrAnAuditorsFindingsAreHeldToAccount() {
    // a holder answering for the results of his office leads whatever body he answers before
    assertTrue(heldFirst("governors should answer to the senate for the results of the housing programme", Lang.EN));
    assertTrue(heldFirst("los gobernadores tienen que responder ante el senado por los resultados del programa de vivienda", Lang.ES));
    // what a public auditor found leads the money it was found in, which stays beside it
    assertTrue(heldFirst("the ministry never acted on the audit office's findings about the school budget", Lang.EN));
    assertTrue(heldFirst("la Cour des comptes a constaté des dérives dans le budget des hôpitaux", Lang.FR));
    assertTrue(heldFirst("la contraloría detectó pagos dobles en el presupuesto de salud", Lang.ES));
    // the auditor's report alone is the money's own; a body replying, no holder, answers for nothing
    assertFalse(heldFirst("the audit office's report on the school budget", Lang.EN));
    assertFalse(heldFirst("the ministry replied to the letter on the results of the school budget", Lang.EN));
    silent("the coach must answer for the team's poor results", "our auditor found mistakes in the company's books");
    // the explanation or the accounts asked for named before the holder asked
    assertTrue(heldFirst("los padres piden explicaciones al alcalde por el cierre de la escuela pública", Lang.ES));
    silent("quiero pedir explicaciones al árbitro por el penal", "voy a pedir cuentas a mi hermano por la herencia");
  }

  @Test
  void aHoldersPromiseKeptOrAPublicBodysDecisionChallengedIsHeldToAccount() {
    // a holder's promise told kept, broken or tracked: the holder held to his word leads
    assertTrue(heldFirst("voters tracking whether the ministers kept their promises on public hospitals", Lang.EN));
    assertTrue(heldFirst("suivi des promesses du maire sur les services publics", Lang.FR));
    assertTrue(heldFirst("los vecinos vigilan si el gobernador cumplió lo que prometió sobre el presupuesto", Lang.ES));
    // redress sought against a decision of a public body
    assertTrue(heldFirst("appeal against a decision of the ministry on school funding", Lang.EN));
    assertTrue(heldFirst("recours contre une décision de la mairie sur le budget des écoles", Lang.FR));
    assertTrue(heldFirst("recurso contra una resolución del ayuntamiento sobre el presupuesto", Lang.ES));
    // a promise alone is the matter promised; a judge's decision is no body of public power's
    assertFalse(heldFirst("the mayor promised a participatory budget for every district", Lang.EN));
    assertFalse(heldFirst("recurso contra la decisión del juez sobre el presupuesto", Lang.ES));
    silent("my husband never keeps his promises", "la tienda no cumplió lo que prometió",
        "can I appeal the referee's decision", "quel recours contre la décision du magasin");
  }

  @Test
  void thePeopleHoldingAHolderOrWritingThePlansCommitmentsAreItsMeans() {
    // the people before the act hold a holder to account: accountability is asked, the people beside it
    opens("accountability", "How can residents make the governor answer for the closed clinics?");
    // the people commenting on the commitments made to the partnership are how the plan is made
    opens("action-plans",
        "Les citoyens peuvent-ils commenter les engagements que le gouvernement soumet au Partenariat pour un gouvernement ouvert ?");
    // the people a body does not answer, wanting a say, keep their say first
    opens("citizen-engagement", "the town hall never answers residents who want a say on the new square");
    silent("residents want the landlord to answer for the broken boiler");
  }

  @Test
  void thePartnershipsAcronymOrItsCoCreationWithCivilSocietyIsThePlansMaking() {
    // the public's part in the acronym's process, or co-creating beside the government: the plan's making
    opens("action-plans", "How do civil society organisations get involved in the OGP where they live?");
    opens("action-plans", "Le gouvernement veut relancer la cocréation avec les ONG après le remaniement");
    // a town's policy co-created with its residents names no nation: their say
    silent("how do I co-create a board game with my kids?");
  }

  @Test
  void aLegislatureThePeopleTakePartInOrHoldToAccountLeadsWithItsOpenness() {
    // members held to account for their votes, the people's say on the bills a congress drafts: the
    // legislature's openness first, the answering or the say right after it
    for (String q : List.of("citizens want to hold their MPs accountable for how they vote",
        "participación ciudadana en el congreso para redactar proyectos de ley")) {
      List<String> got = ids(q);
      assertTrue(got.size() >= 3 && of("legislative-openness").contains(got.get(0)), q + " -> " + got);
    }
    assertTrue(of("accountability").contains(ids("citizens want to hold their MPs accountable for how they vote").get(1)));
    // a legislature overseeing, or a minister answering before it, stays the field's oversight
    opens("accountability", "who can help with parliamentary oversight?");
    String minister = "the minister must answer to parliament for the failed rail contract";
    assertTrue(of("accountability").contains(ids(minister).get(0)), minister + " -> " + ids(minister));
  }

  @Test
  void aLegislatureWatchedAsItselfLeadsWithItsOpenness() {
    // the house watched, with nothing but the watching beside it: its openness first (oversight alone
    // on main, the house's own record or bills unnamed)
    leads("legislative-openness", "how do citizens monitor the work of congress");
    leads("legislative-openness", "civil society watchdogs monitoring the senate");
    leads("legislative-openness", "la sociedad civil vigila lo que hace el congreso");
    // one member answering for his pledges, one member hearing residents, or the people's say named
    // beside a parliament, stay the answering's or the say's
    for (String[] q : List.of(new String[] {"accountability", "how can constituents make a senator answer for his broken pledges"},
        new String[] {"citizen-engagement", "our congressman invites residents to give their views on the new road"},
        new String[] {"citizen-engagement", "le parlement européen et les conventions citoyennes"})) {
      List<String> got = ids(q[1]);
      assertTrue(!got.isEmpty() && of(q[0]).contains(got.get(0)), q[1] + " -> " + got);
    }
  }

  @Test
  void theFramesOwnWordCoCreatedIsTheNationalPlan() {
    // the roadmap co-created with civil society, or told beside the field's name with the public's
    // part: the plan's process, the say after it (engagement alone or first on main)
    for (String q : List.of("how do we co-create the roadmap with civil society organisations",
        "la hoja de ruta de gobierno abierto elaborada con la sociedad civil",
        "co-construire la feuille de route du gouvernement ouvert avec la société civile")) {
      List<String> got = ids(q);
      assertTrue(!got.isEmpty() && of("action-plans").contains(got.get(0)) && !of("citizen-engagement").contains(got.get(0)),
          q + " -> " + got);
    }
    // a firm's roadmap co-created with its customers stays silent
    silent("co-creating a marketing roadmap with our customers");
  }

  @Test
  void questionsPutToAHolderCallHimToAnswer() {
    // questions put to ministers, told as a noun after its verb or English's people before it
    opens("accountability", "Are there public hearings where voters question their senators on their record?");
    opens("accountability", "Les électeurs peuvent-ils poser des questions au gouverneur sur son bilan ?");
    silent("the neighbours put questions to the landlord about the lift");
  }

  @Test
  void aHolderHeldToAccountInEverydayWordsIsOnTopic() {
    // a holder's promise tracked told in everyday verbs: the reading holds him to his office, so the
    // gate reads him acting in it, as it reads "the governor promised"
    leads("accountability", "tracking whether the governor delivered the bridges he promised");
    // the same words told of a relative or a boyfriend name no holder: silent
    silent("tracking whether my dad delivered the bike he promised", "savoir si mon oncle a livré le vélo promis",
        "ver si mi novio entregó el regalo que prometió");
  }

  @Test
  void aPowerBoundToGiveTheReasonsOfItsActsIsHeldToAccount() {
    // a power bound by a duty, or made by the people, to say why it acted: held to account (silent or
    // led by another theme on main)
    leads("accountability", "the ministry must explain why it closed the rural clinic");
    leads("accountability", "le gouvernement devrait justifier la fermeture de la maternité");
    leads("accountability", "cómo obligar al ministerio a explicar por qué canceló la beca");
    // the same duty laid on a relative, a coach, a shop or a club: no power, silent
    silent("my brother must explain why he borrowed my bike", "le gérant du magasin doit expliquer pourquoi mon colis est perdu",
        "el entrenador debería explicar por qué no juega mi hijo");
  }

  @Test
  void aLegislatureAskedToBeSeenAtItsWorkIsOnTopic() {
    // an office that is its theme's everyday evidence, beside another piece of it, in a question that
    // asks to see, watch or follow: the office at its work (silent on main, all words everyday)
    leads("legislative-openness", "I would like to follow the tax bill as it goes through the legislature");
    leads("legislative-openness", "puedo ver en vivo las sesiones del congreso desde el celular");
    // the same office watched among one's own life, a game, or with the act alone: silent
    silent("the kids and I want to see the senate chamber on our holiday trip",
        "the kids want to follow the senate vote in their board game",
        "the police published the names of the winners of the charity run");
  }

  @Test
  void thePeopleCommentingOnABillTakePartBesideTheLegislature() {
    // the people commenting on a bill or putting changes forward: engagement kept beside the
    // legislature's theme, which keeps the lead (main answered the working group alone)
    List<String> got = ids("citizens should be able to comment on a bill before the vote");
    assertEquals("wg-legislative-openness", got.get(0), got.toString());
    assertTrue(got.stream().anyMatch(of("citizen-engagement")::contains), got.toString());
    // a bill at a dinner stays silent
    silent("people suggest changes to the bill for the wedding dinner");
  }

  @Test
  void aPublicServiceGradedByItsUsersIsHeldToAccount() {
    // users grading a public service: oversight weighs as much as the service, beside it
    assertTrue(heldFirst("commuters rated the public bus service online", Lang.EN));
    assertTrue(heldFirst("les parents évaluent les services publics de la petite enfance", Lang.FR));
    assertTrue(heldFirst("los pacientes califican los servicios públicos de salud", Lang.ES));
    // a rate that is a measure is no grading
    assertFalse(heldFirst("the public hospitals publish their infection rate every month", Lang.EN));
    silent("rate your delivery driver after the order", "noter le film sur l'application");
  }

  @Test
  void aQuestionOfTheFieldsWordsAloneIsOnTopic() {
    // every word a word of the field that everyday language does not use: nothing but the field is said
    leads("public-integrity", "integrity mechanisms");
    leads("public-integrity", "mecanismos de integridad");
    answered("transparency mechanisms", "mécanismes d'intégrité");
    // one everyday word beside them is a setting the gate's other readings weigh
    silent("accountability buddy for the gym", "mécanismes de ma montre", "mecanismos de mi reloj");
    // a name typed in capitals is the name index's to read: its pledger alone, as without the rule
    assertEquals(List.of("integrity-action"), ids("looking for peers on Integrity Acttion"));
  }

  @Test
  void aDecisionTakenWithABodyOfPublicPowerIsThePeoplesSay() {
    // people deciding with a body of public power: their say weighs as much as the subject decided on,
    // which stays beside it
    for (Object[] say : new Object[][] {
        {"villagers want to decide with the ministry how the river water is shared", Lang.EN, "public-services"},
        {"les pêcheurs veulent décider avec l'État des quotas de pêche", Lang.FR, "natural-resources"},
        {"los campesinos quieren decidir con el gobierno el uso de las tierras mineras", Lang.ES,
            "natural-resources"}}) {
      Map<String, Float> themes = detected((String) say[0], (Lang) say[1]);
      float best = themes.values().stream().max(Float::compare).orElse(0f);
      assertTrue(themes.getOrDefault("citizen-engagement", 0f) >= best && best > 0, say[0] + " -> " + themes);
      assertTrue(themes.containsKey((String) say[2]), say[0] + " -> " + themes);
    }
    // the body named before the verb decides alone: no say of the people is read
    assertFalse(detected("le ministère a décidé de fermer la mine", Lang.FR).containsKey("citizen-engagement"));
    assertFalse(detected("the ministry decided the oil licences behind closed doors", Lang.EN)
        .containsKey("citizen-engagement"));
  }

  @Test
  void thePeoplesPartInAPlanAnotherThingOwnsLeadsTheFramesEverydayPlan() {
    // residents heard on a city's zoning, transport or urban plan: the people's say comes first
    for (String q : List.of("residents want to be consulted before the council adopts the new zoning plan",
        "les riverains n'ont pas pu donner leur avis sur le plan de circulation de la ville",
        "los vecinos quieren opinar sobre el plan urbano del ayuntamiento")) {
      List<String> got = ids(q);
      assertTrue(!got.isEmpty() && of("citizen-engagement").contains(got.get(0)), q + " -> " + got);
    }
    // the partnership named beside the plan makes it the frame's, and a plan told by itself stays one
    opens("action-plans", "can a town join the partnership and write its own reform plan with residents");
    // a private plan with the same words stays silent
    silent("the kids want a say in our holiday plan", "nadie nos consultó sobre el plan de la boda");
  }

  @Test
  void taxesAskedWhereTheyGoOrWhatTheyServeArePublicMoney() {
    leads("budget-transparency", "where do our taxes go");
    leads("budget-transparency", "what are the taxes used for");
    leads("budget-transparency", "à quoi servent les impôts");
    leads("budget-transparency", "para qué sirven nuestros impuestos");
    // paid, filed, raised, written on a receipt or a payslip, played in a game, owed under a condition
    silent("where do I pay my taxes", "taxes go up next year, what can I do", "where does the tax go on a receipt",
        "where do the taxes go on my payslip", "what are taxes used for in the game",
        "les impôts vont augmenter l'an prochain", "où vont mes impôts si je travaille en Suisse",
        "los impuestos van a subir", "cómo se usan los impuestos en el juego");
  }

  @Test
  void peopleChoosingWhatAPublicBodySpendsHaveTheirSayBesideTheMoney() {
    leadsThenKeeps("budget-transparency", "citizen-engagement", "let the districts choose what the county spends");
    leadsThenKeeps("budget-transparency", "citizen-engagement", "que cada colonia elija en qué invierte el municipio");
    // the body or its holder decides, or the people vote for a holder: no say in the spending
    assertTrue(ids("the council decided what the county spends").stream()
        .noneMatch(of("citizen-engagement")::contains));
    assertTrue(ids("we voted for the mayor and now the city spends more").stream()
        .noneMatch(of("citizen-engagement")::contains));
  }

  @Test
  void taxesAskedWhereTheyWentWhenOrWhoPaysThemArePublicMoney() {
    leads("budget-transparency", "where did our taxes go in 2012");
    leads("budget-transparency", "what are the taxes you pay used for");
    leads("budget-transparency", "à quoi ont servi les impôts cette année");
    leads("budget-transparency", "en qué se usaron nuestros impuestos el mes pasado");
    // a clause naming what they are paid on, a rise, a payslip, a purchase abroad, a game
    silent("where did the taxes I paid on my car go last year", "did the taxes we pay go up last year",
        "où sont passés mes impôts sur ma fiche de paie ce mois-ci",
        "en qué se gastaron los impuestos de mi compra en el extranjero",
        "where did the taxes go in the game last year");
  }

  @Test
  void moneyMarkedPublicAskedWhereItGoesIsPublicMoneyAsTheTaxesAre() {
    leads("budget-transparency", "so where does the public money go?");
    leads("budget-transparency", "we would like to see where the state money goes");
    leads("budget-transparency", "dites-nous où va donc l'argent public");
    leads("budget-transparency", "queremos saber a dónde va de verdad el dinero público");
    // one's own money, money in a game, a price asked: no mark of the public beside the money
    silent("where does my money go at the end of the month", "où va mon argent quand je joue en ligne",
        "a dónde va mi dinero cuando compro por internet");
  }

  @Test
  void whatEachEstablishmentOfAServiceReceivesIsAPublicShare() {
    answered("I would like to know how much money each hospital received last year",
        "combien d'argent a reçu chaque collège l'an dernier", "cuánto dinero recibió cada hospital el año pasado");
    // one school named alone, or the schools of an asker's own group
    silent("how much money did the school receive from our bake sale");
  }

  @Test
  void subsidiesAskedWhoGotHowMuchAreAPublicBudgetSharedOut() {
    answered("how much did the ferry operators receive in subsidies last year",
        "combien les transporteurs ont reçu de subventions l'an dernier",
        "cuántas subvenciones recibieron las granjas el año pasado");
    // one's own claim, a club's subsidies to its teams
    silent("how much do I get in grants as a student", "combien je touche d'aides pour mon loyer",
        "how much did each team get in subsidies from the club");
  }

  @Test
  void theLevelOfOnesOwnTaxIsNoWordOfPublicLife() {
    silent("how late can I file my county tax form", "comment étaler le paiement de mes impôts municipaux",
        "dónde pago mi impuesto provincial atrasado");
    // one's own representative stays a public thing
    answered("my MP voted against the budget");
  }

  @Test
  void moneyAskedWhereItEndedUpIsAskedWhereItWent() {
    leads("budget-transparency", "where did the public money end up last year");
    leads("budget-transparency", "où aboutissent nos impôts");
    leads("budget-transparency", "dónde acabaron los impuestos del año pasado");
    // ending up told of no place asked: a rate, a day, a building site
    silent("the taxes ended up higher than the estimate", "la soirée finit tard", "la obra acaba en mayo");
  }

  @Test
  void taxesAskedWhereTheyWentPastThePeoplePayingThemOrAfterWhereAreTheirUse() {
    leads("budget-transparency", "where did the taxes residents paid last year go");
    leads("budget-transparency", "où vont les impôts que les citoyens paient chaque mois");
    leads("budget-transparency", "para qué sirven los impuestos que los vecinos pagamos cada año");
    leads("budget-transparency", "adónde fueron los impuestos del año pasado");
    // what they are paid on, how high they were, one's own savings, a club's fees
    silent("where do the taxes people pay every year on their cars go",
        "comment sont calculés les impôts que les retraités paient chaque année",
        "cómo fueron los impuestos este año, subieron mucho", "a dónde fueron mis ahorros del año pasado",
        "a dónde fueron a parar las cuotas que pagamos cada mes en el gimnasio");
  }

  @Test
  void taxesTakenPieceByPieceAreAskedWhereTheyGoAsTheWholeIs() {
    leads("budget-transparency", "where does every single dollar of our taxes go");
    leads("budget-transparency", "où va chaque euro de nos impôts");
    leads("budget-transparency", "a dónde va cada peso de los impuestos");
    // one's own pay counted coin by coin, taxes in a game, taxes going up
    silent("où va chaque euro de mon salaire", "a dónde va cada peso de mi sueldo",
        "where does each dollar of the taxes go in the game", "cada peso de los impuestos va a subir este año");
  }

  @Test
  void anEstablishmentMarkedPublicThatCostIsPublicMoneyUnlessTheAskerBoreIt() {
    leads("budget-transparency", "what did the public hospital cost");
    leads("budget-transparency", "how much did the regional hospital really cost");
    leads("budget-transparency", "combien a coûté l'hôpital public");
    leads("budget-transparency", "cuánto costó el hospital municipal");
    // a thing of the establishment's, a trip, the asker's own bill: not read as the establishment's cost
    silent("what did the public school uniform cost", "what the public school trip cost",
        "combien nous a coûté l'école publique", "cuánto cuesta el colegio público de mi hija");
    // what the establishment cost the asker is a bill: public spending does not lead it
    for (String bill : List.of("the public clinic cost me fifty dollars", "cuánto te costó la clínica municipal",
        "my stay at the public hospital cost a lot")) {
      List<String> got = ids(bill);
      Set<String> budget = of("budget-transparency");
      assertFalse(got.size() >= budget.size() && budget.equals(Set.copyOf(got.subList(0, budget.size()))),
          bill + " -> " + got);
    }
  }

  @Test
  void theCostOfAPublicWorkNamedAfterItsNounIsPublicMoney() {
    leads("budget-transparency", "the total cost of the new bridge");
    leads("budget-transparency", "le coût final de la nouvelle médiathèque municipale");
    leads("budget-transparency", "el costo real del nuevo hospital regional");
    // the cost of a thing of one's own or of a trip is a price; the asker's own school is his bill
    silent("the final cost of my kitchen renovation", "the cost of the school trip", "le coût de ma nouvelle école de danse");
  }

  @Test
  void aPublicThingThatFinallyCostIsPublicMoneyPastAHedge() {
    leads("budget-transparency", "cuánto costó al final el nuevo puente");
    leads("budget-transparency", "combien a finalement coûté le nouveau stade régional");
    leads("budget-transparency", "how much did the municipal stadium cost");
    // one's own house, one's own bill, a club's stadium
    silent("how much did building our house finally cost", "how much did the stadium cost me",
        "combien a coûté le stade de mon club");
    // a kind of thing priced, an establishment called private, works whose complement is one's own room
    silent("how much does a new bridge cost", "how much does a private school cost per year",
        "cuánto cuesta la obra de un baño nuevo", "combien coûtent les travaux d'une salle de bain");
  }

  @Test
  void moneyOwnedPastAnAdjectiveOrRunByABodyIsPublicMoney() {
    // a body whose name is also filler ("gouvernement") after the preposition, an adjective between
    leads("budget-transparency", "les fonds spéciaux du gouvernement dont personne ne voit les comptes");
    leads("budget-transparency", "los fondos especiales del gobierno que nadie puede revisar");
    leads("budget-transparency", "special funds run by the government that nobody can look into");
    // a firm's, a club's, a parish's, a grandmother's money
    silent("les fonds propres de notre entreprise", "the funds run by our club", "les fonds spéciaux de la paroisse",
        "el dinero suelto de mi abuela");
  }

  @Test
  void moneyMeantForAPublicPurposeFollowedUntilItArrivesIsPublicMoney() {
    leads("budget-transparency", "l'argent prévu pour les routes arrive-t-il vraiment dans les départements");
    leads("budget-transparency", "etiquetar el gasto destinado a mujeres y mostrarlo partida por partida");
    // an English compound names the purpose before the money
    leads("budget-transparency", "tracking hospital funding from the treasury all the way to the wards");
    // one's own money for one's own children, a holiday, an app, a money order
    silent("the money I send to my son's school never arrives", "suivre l'argent prévu pour les vacances des enfants",
        "track my school money in the app", "l'argent de poche prévu pour mes enfants arrive en retard",
        "the tracking number of the money order for the school fees");
  }

  @Test
  void aBudgetsTwoStagesToldApartInItsClauseAreItsExecution() {
    leads("budget-transparency", "comparar lo aprobado con lo realmente ejecutado del presupuesto");
    leads("budget-transparency", "ce qui est inscrit au budget et ce qui est réellement exécuté");
    // a firm's budget, a wedding's
    silent("el presupuesto de la empresa aprobado y ejecutado", "el presupuesto de mi boda: lo previsto y lo ejecutado");
  }

  @Test
  void aBudgetsFinancialExecutionNamesTheBudget() {
    leads("budget-transparency", "indicadores de desempeño publicados junto con la ejecución financiera");
    // one's own plan's execution; transparency on a partner's or a firm's spending needs a public context
    silent("the execution of my financial plan", "ma copine veut que je sois transparent sur mes dépenses du mois",
        "los socios de la sociedad piden más transparencia sobre los gastos de viaje");
  }

  @Test
  void aLettingOrRentalAgencyIsABusiness() {
    silent("the letting agency charged fees that were never in my contract",
        "les frais de l'agence de location sont trop élevés",
        "la agencia de alquiler me cobró comisiones que no estaban en el contrato");
  }

  @Test
  void aFirmNamedByAnIndefiniteArticleOwnsItsAccounts() {
    silent("cómo leer los estados financieros de una empresa antes de invertir", "les comptes d'une entreprise");
    // a firm's bribes to officials stay integrity's
    answered("los sobornos de una empresa a los funcionarios");
  }

  @Test
  void moneyToldAllottedAndExecutedIsABudgetsExecution() {
    leads("budget-transparency", "the gap between allocated and executed funds");
    leads("budget-transparency", "l'écart entre les fonds alloués et les fonds exécutés");
    leads("budget-transparency", "diferencia entre fondos asignados y ejecutados");
    // one's own money or a club's set aside and spent is a household's or the club's
    silent("money I allocated and spent on my holidays", "funds allocated and disbursed by our club");
  }

  @Test
  void aFundNamedForACalamityToldSharedOutIsPublicRelief() {
    leads("budget-transparency", "the earthquake fund was distributed and nobody knows to whom");
    leads("budget-transparency", "le fonds de secours a été réparti sans aucune liste");
    leads("budget-transparency", "el fondo de emergencia se repartió sin que se sepa a quién");
    // one's own emergency fund, a club's, or a fund never shared out
    silent("I used my emergency fund for the car", "our club's emergency fund was shared out",
        "how to build an emergency fund");
  }

  @Test
  void aSpenderAfterItsVerbMayStandPastAnAdverbOfCertainty() {
    leads("budget-transparency", "cuánto gastó realmente la provincia en hospitales");
    leads("budget-transparency", "cuánto gastó de verdad la provincia en hospitales");
  }

  @Test
  void aBudgetOwnedByABodyOfPublicPowerIsPublicMoney() {
    leads("budget-transparency", "the budget of the police is secret");
    leads("budget-transparency", "le budget de l'armée est secret");
    leads("budget-transparency", "el presupuesto del ejército es secreto");
    // a film's, a party's, an errand's, a household's, a conference's, a club's
    silent("le budget du film de l'armée", "the budget of the embassy party was huge",
        "el presupuesto de la embajada para mi visado", "le budget des impôts de ma famille",
        "el presupuesto del congreso de odontología", "the budget of the president of our club");
  }

  @Test
  void aDataFileBesidePublicSpendingKeepsOpenDataBesideTheMoney() {
    // the province's budget is public money: the spreadsheet it is asked in is open data, kept after it
    leadsThenKeeps("budget-transparency", "open-data", "¿se puede descargar el presupuesto de la provincia en excel?");
    // a household's, a wedding's, a bank's file stays theirs
    silent("el presupuesto de la boda en un archivo de excel", "le budget de la famille dans un tableur excel",
        "how to convert a csv file of my bank statement to excel");
  }

  @Test
  void dataForItsReusersAndPapersABodyHidesAreTheFields() {
    // data beside the makers of programs who would reuse it, told of a public matter, is open data
    opens("open-data", "les données des transports publics devraient être ouvertes aux développeurs");
    // papers a public body hides are asked of it
    opens("access-to-information", "la préfecture cache les rapports sur la pollution de l'usine");
    // the same words in private life stay silent
    silent("the school's software keeps losing my kid's data", "mi hermano es programador y quiere datos para su videojuego",
        "my sister hides the letters from my mum", "el médico oculta los informes de mi abuela");
    // data wanted for one's own study or pastime, with no public holder and the theme's name unsaid
    silent("which weather API is free for a hobby app I am building",
        "où trouver un jeu de données pour les devoirs de mon fils");
    answered("where can I find open data for my school project",
        "necesito los datos abiertos del gobierno para la tarea del colegio");
  }

  @Test
  void peopleAtLargeChoosingWhatAPublicBodySpendsHaveTheirSayBesideTheMoney() {
    leadsThenKeeps("budget-transparency", "citizen-engagement", "que la gente elija en qué invierte el ayuntamiento");
    silent("la gente elige qué comprar en el mercado");
  }

  @Test
  void aViewTakenIntoAccountOrAskedForByAPublicBodyIsThePeoplesSay() {
    // the noun of taking a thing into account tells a view heeded, not answering for one's acts
    opens("citizen-engagement", "does the regional government ever take the farmers' views into account");
    opens("citizen-engagement", "el gobierno regional nunca tiene en cuenta lo que piensan los pescadores");
    // a public body asking for the people's views heeds them, and leads the thing decided on
    opens("citizen-engagement", "la préfecture a fermé la maternité sans demander l'avis de personne");
    opens("citizen-engagement", "el cabildo cambió el horario del tranvía sin pedir la opinión de nadie");
    // the same words of private life stay silent
    silent("please take into account that my train arrives late", "tengan en cuenta que mi hijo es alérgico",
        "my aunt asked for our views on her new curtains", "le coiffeur demande l'avis de ses clientes",
        "my daughter moved to the city and never asks for my opinion");
  }

  @Test
  void thePeoplePuttingIdeasForwardToAPublicBodyHaveTheirSay() {
    opens("citizen-engagement", "is there an app where residents suggest projects to the council");
    opens("citizen-engagement", "comment les habitants peuvent-ils proposer des projets à la commune");
    // people proposing a place, or ideas to a landlord, put nothing forward to a public body
    silent("people suggest the city museum for a rainy afternoon", "los vecinos proponen ideas al casero para el patio");
  }

  @Test
  void thePeoplesViewPutOnALawOrAServiceIsTheirSayInMakingIt() {
    // the people commenting on, proposing or giving their view on a thing of the field lead it
    opens("citizen-engagement", "can residents comment on the new housing law before the ministry writes it?");
    opens("citizen-engagement", "les habitants peuvent-ils donner leur avis sur le projet de loi sur l'eau ?");
    opens("citizen-engagement", "que la ciudadanía pueda opinar sobre la reforma de la ley electoral");
    // put on a legislature's own work (its bills, amendments, readings, its members), the chamber opening
    // that work leads and the say stands right after it
    for (String q : List.of("can ordinary residents suggest amendments to draft laws online?",
        "should residents be able to comment on the amendments their representatives table?",
        "les habitants peuvent-ils commenter un projet de loi en première lecture ?")) {
      leads("legislative-openness", q);
      int chamber = of("legislative-openness").size();
      assertTrue(of("citizen-engagement").contains(ids(q).get(chamber)), q + " -> " + ids(q));
    }
    // taking part told as a verb is their say too; conduct keeps its lead, the say right after it
    String part = "que los vecinos participen en la redacción del código de conducta de los concejales";
    leads("public-integrity", part);
    assertTrue(of("citizen-engagement").contains(ids(part).get(of("public-integrity").size())), part + " -> " + ids(part));
    // a member holding the meeting where the people speak is no work of the legislature spoken on
    opens("citizen-engagement", "our MP invites residents to give their views on local schools");
    // the same words of private life stay silent
    silent("people keep commenting on my photos of my son's school", "les voisins donnent leur avis sur le nouveau boulanger",
        "la gente opina sobre mi nuevo corte de pelo");
    // conduct told of one's club keeps its lead, which the gate reads as private life
    silent("people comment on my cousin's conflict of interest at the football club",
        "les gens donnent leur avis sur les pots-de-vin dans mon club de foot");
  }

  @Test
  void aGroupOfThePublicHavingItsSayInRulesAMinistryOrACityMakesTakesPartInMakingThem() {
    // the rules a ministry or a city adopts by itself, with the public's say or writing in them, lead with the say
    opens("citizen-engagement", "can fishermen have a voice in the coastal zoning regulation the ministry prepares?");
    opens("citizen-engagement", "les pêcheurs veulent peser sur le décret que prépare le ministère de la mer");
    opens("citizen-engagement", "que los ganaderos ayuden a redactar la ordenanza de pastos del municipio");
    // a club's, a shop's or a family's rules and views find no people
    silent("the members of my chess club want a say in the new rules of the tournament",
        "mes enfants veulent leur mot à dire sur les règles de la maison",
        "los clientes de la tienda opinan sobre las normas de devolución");
  }

  @Test
  void theSayInRulesLeadsWhereOtherThemesOnlyTieAtTheTop() {
    // a group's say on a public strategy beside cues of several themes at one weight: a tie is no lead,
    // neither conduct's nor the say's, so the say leads
    opens("citizen-engagement", "pupils should be able to weigh in on the national school safety strategy");
    opens("citizen-engagement", "les élèves devraient pouvoir donner leur avis sur la stratégie nationale de sécurité scolaire");
    opens("citizen-engagement", "los alumnos deberían opinar sobre la estrategia nacional de seguridad escolar");
  }

  @Test
  void neighbourhoodAssembliesAreThePeoplesAsInSpanish() {
    // "asambleas vecinales" had its English and French forms missing: an assembly alone is a legislature's
    opens("citizen-engagement", "how do neighbourhood assemblies work in other cities?");
    opens("citizen-engagement", "comment fonctionnent les assemblées de quartier dans les autres villes ?");
    silent("l'assemblée de copropriété du quartier vote les travaux");
  }

  @Test
  void aGroupShapingOrWritingThePublicsRulesTakesPartInMakingThem() {
    // French and Spanish verbs of shaping as English's "shape", and the people writing a public text
    opens("citizen-engagement", "les usagers veulent influer sur les règles du service public de l'eau");
    opens("citizen-engagement", "los usuarios quieren incidir en las reglas del servicio público de agua");
    opens("citizen-engagement", "pensioners want to help write the eligibility rules of the public pension scheme");
    // a firm's customers or flatmates shaping their rules, and a text named with no public owner, stay silent
    silent("les clients veulent influer sur les règles du magasin", "los clientes quieren moldear las normas de la tienda",
        "my flatmates and I want to write the house rules together");
  }

  @Test
  void aPublicServicesUsersGivingTheirViewOnItIsTheirSay() {
    // users named by their use of a public service, putting their view on it, lead it; the service beside
    for (String q : List.of("les usagers peuvent-ils commenter la réforme des services publics ?",
        "los usuarios opinan sobre los servicios públicos de salud")) {
      opens("citizen-engagement", q);
      assertTrue(ids(q).stream().anyMatch(of("public-services")::contains), q + " -> " + ids(q));
    }
    // the same users of a private service, a firm's or a pet's, stay as on main
    silent("passengers comment on the airline's new meal service", "les voyageurs donnent leur avis sur l'hôtel près de la gare",
        "los pacientes opinan sobre la clínica dental de mi tío", "los padres opinan sobre la fiesta de fin de curso del colegio");
  }

  @Test
  void aBodyHeedingThePeopleAskedWithTheVerbFirstIsTheirSay() {
    // a question puts the verb before the public body that heeds, the people after the body
    opens("citizen-engagement", "¿consulta el ayuntamiento a los vecinos antes de cerrar una escuela?");
    // a boss, a coach, a landlord or a building's manager heeds no public
    silent("¿escuchan los jefes a los empleados antes de cambiar los horarios?", "¿por qué no escucha el entrenador a los padres?",
        "écoute le syndic les copropriétaires ?");
  }

  @Test
  void aPeoplesAdjectiveBesideItsStatesModelOrCaseNamesTheState() {
    assertEquals("SE", ids("the Swedish model").get(0));
    assertEquals("UY", ids("el caso uruguayo").get(0));
    assertEquals("CL", ids("l'exemple chilien").get(0));
    assertEquals("UY", ids("le cas uruguayen").get(0));
    // a thing's model or case: an indefinite article, or anything everyday beside it
    silent("a Swedish model on instagram", "the Mexican case of beer for the party",
        "el modelo brasileño de la pasarela de Milán", "le modèle suédois de canapé chez Ikea",
        "the Swedish approach to raising toddlers");
  }

  @Test
  void aPeopleAskedAboutWithOnlyACourtesyIsItsCountry() {
    assertEquals("CO", ids("the Colombians please").get(0));
    assertEquals("UY", ids("hola, los uruguayos").get(0));
    assertEquals("CO", ids("les Colombiens merci").get(0));
    // anything everyday told of the people leaves them a people
    silent("thanks to the Colombians for the coffee", "merci les Brésiliens pour le match",
        "hola, los mexicanos son simpáticos", "gracias a los chilenos por el vino");
  }

  @Test
  void aPublicServiceAskedToWorkBetterIsTheServiceNotAnErrand() {
    // the service's own entry of several words right after a word of improving: silent on main, which
    // reads no such shape ("améliorer" supports nothing there)
    leads("public-services", "Comment améliorer les centres de santé dans les banlieues ?");
    leads("public-services", "Comment améliorer l'école publique des villages ?");
    // one's own days, a kind-noun, one noun alone, a private body: silent
    silent("How can I improve my son's marks at school?",
        "Comment améliorer la cantine de l'école des enfants ?",
        "improve the passport photo quality at the booth",
        "Mejorar los hospitales de campaña del videojuego",
        "Que el nuevo gerente mejore las clínicas privadas de la cadena",
        "Reformar las pensiones de los futbolistas del club");
  }

  @Test
  void aServiceToldForAnimalsIsTheOwnersPrivateLife() {
    // a public service's words told for pets or animals, with no office and no word of public life
    silent("Improving health services for pets: which vet insurance?",
        "¿Cómo mejorar los servicios de salud para los perros del barrio?",
        "Comment améliorer les services de santé pour nos chiens ?");
    // the same services told for people, or a public body named beside the animals, stay answered
    answered("How can the council improve services for dog owners in parks?");
  }

  @Test
  void aPublicServiceImprovedByAFirmIsTheMarkets() {
    // a firm, a brand, a start-up, an app or a name the bot does not hold improving a public service
    // for its customers, with no public body acting: a market matter
    silent("Could Freenow improve public transport for people coming home from night shifts?",
        "Which car-sharing company improves public transport the most in Berlin?",
        "Ma boutique en ligne veut moderniser les services publics de livraison, idées ?",
        "¿Qué marca de bicicletas mejora el transporte público para sus clientes?");
    // a public body acting, a firm's help beside it, or a country named, stay answered
    answered("Can the city hire a taxi company to improve public transport at night?",
        "¿Cómo puede el ayuntamiento mejorar el transporte público con ayuda de una empresa?",
        "How can Kenya improve public services in rural areas?");
  }

  @Test
  void aBenefitOnlyTheStatePaysToldWithItsClaimantsIsAPublicService() {
    // a benefit no firm pays, named with those who claim it or its claim's burden: the state's service
    leads("public-services", "Tenants complain that housing benefit payments arrive months late");
    leads("public-services", "Les chômeurs attendent leurs allocations pendant des mois");
    leads("public-services", "¿Por qué los parados esperan meses el subsidio de desempleo?");
    // a card's, a gym's, an employer's or an insurer's benefits and claims, and one's own claim
    silent("My gym membership benefits are hard to claim, the forms are endless",
        "Which employee benefits do parents get at big tech companies?",
        "Mi seguro de viaje tarda meses en pagar el reembolso del hospital",
        "How do I apply for my own housing benefit?",
        "¿Cómo solicito mi subsidio de desempleo?");
  }

  @Test
  void benefitsInGeneralAtAStateCounterWithItsClaimantsAreAPublicService() {
    // benefits named by no name, beside a counter only the state keeps and those who claim them
    leads("public-services", "Jobseekers at the job centre never learn which benefits they can claim");
    leads("public-services", "Les allocataires de la CAF ne savent pas à quelles prestations ils ont droit");
    // a gym's, an employer's, a bank's benefits; a counter naming a kind of thing in English
    silent("What benefits does the gym offer seniors who sign up this month?",
        "The job centre canteen offers benefits to students on Fridays",
        "Quelles aides la CAF donne-t-elle aux étudiants pour le logement ?",
        "Los estudiantes tienen derecho a ayudas del banco para comprar un portátil");
  }

  @Test
  void aBenefitsAcronymReadWithItsClaimantsNamesNoPledger() {
    // "le RSA" with those who claim it is the benefit, not South Africa's acronym
    assertEquals("GE", ids("Les allocataires du RSA attendent leur versement depuis des mois").get(0));
    // a waiting claimant's verb after the benefit is no other theme's phrase
    leads("public-services", "Combien de chômeurs au RSA attendent encore leur premier versement ?");
    // the pledger's acronym elsewhere, and an errand of one's own, keep the name
    assertEquals("ZA", ids("Quels engagements a pris la RSA ?").get(0));
    assertEquals("ZA", ids("Je dois renouveler mon RSA").get(0));
  }

  @Test
  void theDigitalDivideToldInPlainWordsIsAPublicService() {
    // a public service gone online, and the people it serves left without the internet
    leads("public-services", "Pensioners without internet can no longer claim their pension now that it is all online");
    leads("public-services", "Les retraités sans ordinateur ne peuvent plus faire leurs démarches en ligne");
    leads("public-services", "Los ancianos sin internet no pueden hacer sus trámites en línea");
    // a shop's, a club's, a bank's or an insurer's things online, one's own relative, a private fund
    silent("Elderly people without internet can't order groceries online",
        "Les retraités sans internet ne peuvent pas s'inscrire au club de bridge en ligne",
        "Users without internet can't access the bank's online services",
        "Students without internet can't submit their homework online at school",
        "My grandmother has no internet and can't book her hairdresser online",
        "Los jubilados sin internet no pueden comprar entradas en línea para el cine");
  }

  @Test
  void aClaimHandedInOnlineToAPublicBodyIsAPublicService() {
    // a claim or a request filed over the internet with a court, a ministry or a town hall
    leads("public-services", "letting tenants file eviction appeals with the housing court online");
    leads("public-services", "les contribuables peuvent-ils saisir le tribunal administratif par internet ?");
    leads("public-services", "tramitar en línea los permisos de la alcaldía sin hacer fila");
    // a request for records lodged online is the right to know exercised
    leads("access-to-information", "how do other governments let residents submit information requests to the town hall online");
    leads("access-to-information", "les citoyens déposent en ligne leurs demandes d'accès aux documents auprès de la mairie");
    leads("access-to-information", "presentar en línea solicitudes de acceso a la información ante el ministerio");
    // a club's forms, one's own case
    silent("I need to file my own divorce papers online tonight",
        "les membres du club déposent leurs inscriptions en ligne");
  }

  @Test
  void aPublicBodysInternalRulesToldPublishedAreAccessToInformation() {
    leads("access-to-information", "should the tax authority post its staff guidelines online for everyone?");
    leads("access-to-information", "le ministère devrait publier ses circulaires sur son site");
    leads("access-to-information", "que el ayuntamiento publique sus reglamentos internos");
    // a firm's, a club's or one's own rules
    silent("our startup published its internal rules for remote work",
        "le club de tennis publie son règlement intérieur");
  }

  @Test
  void aWaitAtACounterOnlyTheStateKeepsPutsTheServiceFirst() {
    // the counter's sector (taxes, papers) weighs too, the wait of its users is the service's matter
    leads("public-services", "taxpayers queue for hours at the tax office every spring, who shortened that?");
    leads("public-services", "combien de temps attendent les usagers à la CAF en moyenne ?");
    // a bakery's queue
    silent("the queue at the bakery was huge this morning", "la cola del supermercado no avanza");
  }

  @Test
  void aPublicBodysContractsAskedWithWhatTheyCostArePublicMoney() {
    // the ministry's contracts, with what it paid told: what it buys
    leads("budget-transparency", "which contracts did the ministry sign last year and how much did it pay for them");
    leads("budget-transparency", "los contratos que firmó la gobernación y cuánto pagó por ellos");
    // a family's, one's own, a club's contracts
    silent("my parents signed contracts with the builder, how much did they pay in the end?",
        "los contratos que firmé con la compañía de luz, ¿cuánto pagué?",
        "the football club paid a lot for the contracts of three new players",
        "les contrats que mon père a signés avec l'assurance, combien a-t-il payé ?");
  }

  @Test
  void aHolderAnsweringForPublicMoneyIsHeldToAccountTheMoneyBeside() {
    leadsThenKeeps("accountability", "budget-transparency", "les élus doivent rendre compte de l'utilisation de l'argent public");
    leadsThenKeeps("accountability", "budget-transparency", "el gobernador debe rendir cuentas por el gasto público de la provincia");
    // a coach or a captain answering for money: as before
    silent("the coach must answer to the parents for the money spent on the trip",
        "the captain has to account for every dollar of the team budget");
  }

  @Test
  void booksOfEachPublicBodyAndMoneySpentByOneInThePassiveArePublicMoney() {
    // silent or led by accountability on main's code
    leads("budget-transparency", "les comptes de chaque département sont-ils publiés ?");
    leads("budget-transparency", "las cuentas de cada gobernación deben publicarse");
    leads("budget-transparency", "l'argent dépensé par la région pour les routes");
    // a club's members, a game's towns, a daughter, a school's prom, an association's party
    silent("las cuentas de cada socio del club",
        "les comptes de chaque ville dans mon jeu de simulation",
        "la plata gastada por mi hija en ropa",
        "the money spent by the school on the prom",
        "l'argent utilisé par l'association pour la fête");
  }

  @Test
  void aPublicBodysBooksToldByTheirPeriodAreItsMoney() {
    // led by accountability or silent on main's code
    leads("budget-transparency", "can residents read the province's yearly accounts");
    leads("budget-transparency", "les comptes trimestriels de la région sont-ils en ligne ?");
    leads("budget-transparency", "las cuentas trimestrales del municipio se publican");
    // a club's, a firm's, a family's yearly books; another word between tells other accounts
    silent("the tennis club's annual accounts are late",
        "les comptes annuels de ma société sont prêts",
        "las cuentas anuales de mi empresa familiar");
  }

  @Test
  void aBudgetVotedSetAgainstWhatWasSpentIsItsExecution() {
    // silent on main's code
    leads("budget-transparency", "how far apart are the adopted budget and the money really spent");
    leads("budget-transparency", "comparer le budget adopté avec ce qui a été dépensé");
    leads("budget-transparency", "el presupuesto votado y los gastos reales no coinciden");
    // a club's, an association's, a household's
    silent("our tennis club adopted a budget and then spent twice as much",
        "le budget voté par l'amicale et ce qu'elle a dépensé");
  }

  @Test
  void invoicesAPublicBodyPaysAreItsPayments() {
    // silent on main's code
    leads("budget-transparency", "les factures payées par le département chaque mois");
    leads("budget-transparency", "la préfecture met en ligne chaque facture payée");
    leads("budget-transparency", "las facturas pagadas por la gobernación cada semana");
    leads("budget-transparency", "the province shows every payment it makes on a map");
    // a tradesman's, a landlord's or one's own invoices and payments
    silent("the electrician's invoice was wrong",
        "mon propriétaire publie chaque facture payée",
        "la factura pagada por mi vecino",
        "my landlord logs every payment it gets");
  }

  @Test
  void moneyManagedOrCollectedByAPublicBodyInThePassiveIsPublicMoney() {
    // silent on main's code
    leads("budget-transparency", "les fonds administrés par la préfecture restent un mystère");
    leads("budget-transparency", "los fondos gestionados por la provincia deberían publicarse");
    leads("budget-transparency", "the funds managed by the province are never published");
    // a village's collection for an end, a club's treasurer, a club's takings
    silent("the money collected by the village for the church roof",
        "los fondos manejados por el tesorero del club",
        "les sommes encaissées par le club de foot");
  }

  @Test
  void aSingleTaxNamedByItsKindAskedWhereItGoesIsAskedItsUse() {
    // silent or led by another theme on main's code
    leads("budget-transparency", "where does the school tax go");
    leads("budget-transparency", "à quoi sert la taxe d'habitation");
    leads("budget-transparency", "en qué se gasta el impuesto vehicular");
    // a tax with no kind, on a receipt, a hotel bill, a game, one's own purchase
    silent("where does the tax go in a paycheck",
        "à quoi sert la taxe de séjour que je paie à l'hôtel",
        "para qué sirve el impuesto de lujo en el monopoly",
        "a dónde va el impuesto al valor agregado de mi compra en amazon");
  }

  @Test
  void aWordInSmallLettersAfterAPronounThatStandsOnlyBeforeAVerbIsThatVerbNotAName() {
    // led by the United States' name on main's code ("usa" after "se" is the verb of using)
    leads("budget-transparency", "en qué se usa el dinero de los impuestos");
    // the same letters elsewhere still name the country
    assertEquals("US", ids("qué prometió usa sobre datos abiertos").get(0));
  }

  @Test
  void aSingleTaxIsNamedOnlyByAKindOfPublicLevy() {
    // a levy's kind, after a preposition of what it falls on in French and Spanish too
    leads("budget-transparency", "where does the payroll tax end up");
    leads("budget-transparency", "à quoi sert la taxe sur la valeur ajoutée");
    leads("budget-transparency", "a dónde va el impuesto sobre la renta");
    // an adjective or an everyday metaphor in the same place: a markup on goods, a joke on one's spending
    silent("where does the pink tax go", "what is the stupidity tax used for", "où va la taxe rose",
        "à quoi sert la taxe sur la bêtise", "a dónde va el impuesto rosa", "para qué sirve el impuesto a la pereza");
  }

  @Test
  void moneyOrFinesAPublicBodyManagesOrCollectsInTheActiveVoiceArePublicMoney() {
    // silent or led by another theme on main's code
    leads("budget-transparency", "les fonds que gère le département devraient être publiés");
    leads("budget-transparency", "les amendes que la commune encaisse, elles financent quoi");
    leads("budget-transparency", "los fondos que maneja la gobernación nadie los conoce");
    // a spouse's, an adviser's, a club's money; a body collecting for a fête or a thing paid for
    silent("the money my husband manages for the family keeps running out",
        "el dinero que gestiona mi asesor financiero",
        "las multas que cobra la biblioteca por libros atrasados",
        "les amendes que le club encaisse pour les retards");
  }

  @Test
  void aPublicBodyTakenOneByOneAfterItsVerbOfReceivingReceivesPublicMoney() {
    // silent or led by public services on main's code
    leads("budget-transparency", "combien reçoit chaque commune de l'État");
    leads("budget-transparency", "cuánto recibe cada hospital público");
    // a school's raffle or fête, a club's player, a child's pocket money
    silent("cuánto recibe cada escuela de la rifa",
        "combien reçoit chaque école pour la kermesse",
        "cuánto recibe cada jugador del club",
        "cuánto recibe cada niño de mesada");
  }

  @Test
  void anAmountAPublicBodyGivesAPublicSchoolOrAnotherBodyIsPublicMoney() {
    // silent or led by public services on main's code
    leads("budget-transparency", "cuánto le da el gobierno a cada hospital público");
    leads("budget-transparency", "how much does the state give to each municipality");
    // a benefit for one's family, a parent's or a church's gift, a teacher's time
    silent("how much does the government give for a newborn baby",
        "combien l'État donne pour la rentrée scolaire de mon fils",
        "how much does the church give to the public school for the fair",
        "how much time does the teacher give for the exam");
  }

  @Test
  void taxesAskedWhatBecameOfThemAreAskedTheirUse() {
    // silent on main's code
    leads("budget-transparency", "what happens to our taxes");
    leads("budget-transparency", "qu'est-ce que deviennent les impôts que nous payons");
    leads("budget-transparency", "qué sucede con nuestros impuestos");
    // one's own return, a condition, a purchase, a sale
    silent("what happened to my taxes, I filed them in March",
        "que deviennent mes impôts si je déménage",
        "qué pasa con los impuestos cuando compro en amazon",
        "what happens to the taxes on a car I sell");
  }

  @Test
  void publicSpendingAskedAsRawOrReusableDataKeepsOpenDataBeside() {
    // budget alone on main's code
    Set<String> data = of("open-data");
    for (String q : List.of("publier le budget de l'État sous forme de données brutes",
        "el gobierno debería publicar sus gastos como datos reutilizables")) {
      List<String> got = ids(q);
      assertTrue(of("budget-transparency").contains(got.get(0)), q + " -> " + got);
      assertTrue(got.stream().anyMatch(data::contains), q + " -> " + got);
    }
    // one's own spending as raw data
    silent("les données brutes de mes dépenses du mois", "los datos crudos de mis gastos de la tienda");
  }

  @Test
  void aPublicSchoolOwedFreeThatChargesItsUsersIsThePublicService() {
    leads("public-services", "The public school charges families fees even though it should be free.");
    leads("public-services", "El hospital público cobra cuotas a los enfermos aunque debería ser gratuito.");
    // a private school's fees, an extra the school charges for, a school told free or asked after: silent
    silent("The private school charges fees although the first term should be free.",
        "The public school trip should be free for everyone but they charge parents for the bus.",
        "La sortie de l'école publique devrait être gratuite mais on nous fait payer le car ?",
        "¿La universidad pública es gratis o cobran matrícula a los estudiantes extranjeros?");
  }

  @Test
  void aPublicSchoolOrPostOfCareLackingItsStaffIsThePublicService() {
    leads("public-services", "The district health centre has had no doctor for a month.");
    leads("public-services", "Les écoles publiques du canton manquent de professeurs de sciences.");
    leads("public-services", "El puesto de salud rural no tiene enfermera desde enero.");
    leads("public-services", "L'école publique du canton n'a plus d'enseignant de physique depuis la rentrée.");
    // a private clinic, one's own child's school, a thing other than the staff denied, a teacher's costume: silent
    silent("The private clinic in the village has no doctor on Sundays.",
        "The village school has no teacher costume for the Halloween play.",
        "Public school teachers with no car, where do they park?",
        "La escuela de baile del pueblo no tiene profesor de salsa este mes.",
        "L'école du village n'a pas de costume d'infirmière pour le spectacle.");
  }

  @Test
  void waterCutAgainAndAgainInANeighbourhoodByItsUtilityIsThePublicService() {
    leads("public-services", "Dans le quartier, l'eau est coupée chaque nuit et la régie ne dit rien.");
    leads("public-services", "En el barrio nos cortan el agua cada tarde y el organismo operador no contesta.");
    // one's own flat, a pool or a gym, no body running the network: silent
    silent("En mi barrio cortan el agua todos los días y no puedo lavar la ropa.",
        "El gimnasio del barrio corta el agua caliente todas las tardes.",
        "Which plants survive when the water is cut every other day in a village garden?");
  }

  @Test
  void aPowerTheCheckersHoldToAccountLeadsTheCheckersOwnTheme() {
    // the people who check (civil society, grassroots groups) name participation; the power checked,
    // questioned or bound to answer leads
    leads("accountability", "cadre de concertation de la société civile pour vérifier si le gouvernement atteint ses objectifs");
    leads("accountability", "comités de la sociedad civil que verifican si el gobierno cumple sus compromisos");
    leads("accountability", "renforcer les associations pour qu'elles puissent interpeller les autorités");
    // a public auditor's work followed up is whether anyone acts on it
    leads("accountability", "qui s'occupe du suivi des rapports de la Cour des comptes");
    leads("accountability", "el seguimiento de los informes de la Contraloría");
    // the same words in private life stay silent
    silent("le comité des fêtes veut vérifier si le traiteur a livré", "verificar si mi hijo hizo la tarea",
        "interroger le professeur sur les devoirs de mon fils", "demand explanations from my landlord about the boiler",
        "exiger des comptes de mon associé sur la caisse du club", "les voisins veulent interroger le syndic");
  }

  @Test
  void aWordOfTheFieldToldInAPursuitOfPrivateLifeTakesItsSense() {
    // a congregation's ministry, a tennis serve, a restaurant's service charge, a game's mines: silent
    silent("the youth ministry of our chapel wants ideas for a summer camp with games",
        "la paroisse lance un ministère pour les familles, quelles activités proposer le samedi",
        "el coro de la iglesia empieza un ministerio juvenil, ¿qué canciones elegimos?",
        "¿cómo mejorar el servicio en un partido de tenis?",
        "¿la comisión por servicio del restaurante es obligatoria?",
        "in Terraria where is the best place for mining gold and diamonds");
    // the same words told of public life, the pursuit a ministry's field after its preposition: answered
    answered("which ministries of finance publish their budget online",
        "le ministère des sports publie-t-il les subventions versées aux clubs",
        "how do governments share mining revenues with the communities near the mines");
  }

  @Test
  void aGameSaidOfHoldersConductIsNoGamePlayed() {
    // the game of holders of public office, told of no one's private life, is their conduct: answered
    answered("how can citizens hold ministers accountable when they play the blame game over their promises",
        "comment demander des comptes aux élus qui jouent un double jeu sur leurs promesses",
        "¿cómo exigir cuentas a los concejales que hacen el juego político con sus promesas?");
    // a game played, by a holder among his own or by anyone: silent
    silent("which board games can the mayor play with his kids at the weekend",
        "quel jeu de société offrir à mon fils pour son anniversaire",
        "el alcalde juega con sus amigos, ¿qué juego de cartas llevamos?");
  }

  @Test
  void aPublicProcedureMadeEasierIsAPublicServiceAndAnErrandMadeEasierIsNot() {
    // a paper or a procedure of the state eased (a channel after a preposition of means, a unit that
    // travels, no trip, a form lost by an office) reads as the service, whatever phrase is missing
    for (String q : List.of("apply for a building permit over the phone, which cities allow it?",
        "countries that renew identity cards faster with mobile units in remote villages",
        "obtenir une carte d'identité sans se déplacer, c'est possible ailleurs ?",
        "tramitar el pasaporte desde el celular sin ir a la oficina",
        "la oficina de catastro pierde los expedientes de los campesinos")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
    // the same easing told of one's own card, a shop, a bank, a firm the question names or one's own
    // licence lost with no office named is an errand
    silent("I renew my gym card online every year",
        "Puis-je réserver chez le coiffeur par SMS ?",
        "mi banco pide los mismos papeles otra vez",
        "the courier company lost the parcel, who do I call by phone",
        "j'ai perdu mon permis de conduire à la plage",
        "la tienda de muebles pide la factura otra vez para la garantía",
        "which app books a table faster on friday nights");
    // a thing of the service suffering in one clause and a removal done faster in the next tell no
    // procedure eased: the easing is told of the thing in its own clause
    silent("Des bots gonflent l'engagement de notre page, l'expérience utilisateur en souffre : comment s'en débarrasser plus vite ?",
        "Our page's engagement is inflated by bots, which hurts the user experience; how do we get rid of them faster?",
        "Nuestra página tiene la interacción inflada por bots y la experiencia del usuario sufre, ¿cómo eliminarlos más rápido?");
    // repetition tells a burden laid again only of a paper or a procedure, never of an establishment,
    // even one called public; and a word only read as a school through another ending is no thing
    silent("Why do the public schools always win the same chess cup again?",
        "Ce sont toujours les mêmes écoles publiques qui gagnent le tournoi d'échecs ?",
        "Siempre ganan los mismos colegios públicos el torneo otra vez.",
        "Notre page de mèmes écolos est envahie");
    // the same papers asked again by an office still read as the burden laid again
    for (String q : List.of("Les administrations redemandent sans cesse les mêmes pièces justificatives aux usagers.",
        "Our union wants the pension office to stop requiring the same certificates every year.")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
  }

  @Test
  void aPublicThingGotAtACostOrThroughAChannelIsAPublicServiceAndAPrivateOneIsNot() {
    // a paper, a registered birth, a benefit or a care post told with the trips, the distance or the
    // channel of getting it, an office's line unreachable, one number for every matter, a service reached
    // in several ways or bodies gone round (QuestionCompiler.obtained) lead the service, no phrase said
    for (String q : List.of("Les villageois font soixante kilomètres jusqu'à la préfecture pour une attestation.",
        "Los vecinos podrían recibir la constancia de residencia en el celular.",
        "declare a birth through WhatsApp from a remote island",
        "The district hospital's switchboard is always saturated.",
        "one phone line for every question residents have for the municipality",
        "des maisons d'accueil où l'on est reçu en personne, par téléphone ou en ligne",
        "Para abrir un negocio hay que pasar por seis dependencias distintas.")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
    // the same shapes told of a shop, a bank, a club, a hotel, one's own things or a pastime: errands
    silent("I called the pizzeria three times and the line was always busy",
        "Ma banque ne répond jamais au téléphone",
        "la peluquería tiene un solo número para todas las citas",
        "the football club's registration form comes by WhatsApp",
        "send my pension statement to my phone",
        "nous avons fait trois fois le trajet jusqu'au magasin pour un formulaire de garantie",
        "the hotel's line is always busy",
        "three times a week we walk ten kilometres for fun",
        "réserver une chambre dans une pension de famille par téléphone",
        "la tienda atiende en persona, por teléfono o por internet",
        "el club pide los mismos formularios cada año");
    // a public procedure or benefit redesigned around those who use it is the service; a shop's or a
    // gym's process redesigned for its users is not
    for (String q : List.of("repenser les démarches de la CAF avec les allocataires",
        "rediseñar la solicitud de la pensión de vejez pensando en quienes la usan")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
    silent("redesigning our checkout process around the users",
        "rediseñar el proceso de compra de la tienda pensando en quienes la usan",
        "redesign the gym's booking application around its members");
    // a civil event named with the paper it is recorded in, and a procedure the theme's words name, are the
    // state's by themselves; a process in plain words and a record that is no paper are not
    for (String q : List.of("ask for a birth record over WhatsApp from the islands",
        "les anciens parcourent des kilomètres pour chaque démarche",
        "diseñar los trámites con quienes los usan")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
    silent("redesigning the hiring process around the candidates who use it",
        "a record birth rate was announced by SMS",
        "repenser le processus de commande avec ceux qui l'utilisent");
  }

  @Test
  void aPublicProcedureServedThroughANewWayOrAroundItsUsersIsAPublicService() {
    // a public body's procedure answered by a chatbot, an establishment's procedure redesigned around
    // those it serves, a paper given only once, one line for the procedures, an office its people book
    // through a channel: the service as its users go through it
    for (String q : List.of("un assistant virtuel pour les demandes adressées à la préfecture, qui l'a fait ?",
        "un chatbot que responda las solicitudes de becas del ministerio",
        "rethinking hospital enrolment around the patients who use it",
        "la matrícula universitaria rediseñada con las familias",
        "que el ciudadano entregue el certificado una sola vez a los ministerios",
        "un numéro téléphonique unique où les usagers font leurs démarches",
        "ministries letting citizens book a slot at the counter by phone")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
    // the same ways told of a shop, one's own errand, or "once" as a conjunction
    silent("a chatbot for my bakery's orders",
        "mi tienda necesita un asistente virtual para los pedidos",
        "I booked a slot at the town hall by phone",
        "mon inscription à la salle de sport repensée",
        "once the form is in, what next for my holiday");
  }

  @Test
  void aPaperWhoseProcedureIsSplitAmongSeveralOfficesGoneRoundIsAPublicService() {
    // places of an office counted as several after a preposition of a way gone to, with the paper
    // named, are the runaround whatever phrase is missing
    for (String q : List.of("Renewing an identity card means going to five different offices.",
        "Pour obtenir un permis de construire il faut passer par cinq services différents.",
        "Para una licencia de conducir hay que pasar por tres ventanillas distintas")) {
      List<String> got = ids(q);
      assertFalse(got.isEmpty(), q);
      assertTrue(of("public-services").contains(got.get(0)), q + " -> " + got);
    }
    // places counted where an office is, with no paper named, in a firm, or of one's own errand are no runaround
    silent("The ministry moved its staff into four different offices",
        "passport photos are taken at two different counters in the mall",
        "la empresa tiene varias oficinas distintas en Madrid",
        "nous avons acheté trois bureaux différents pour la chambre des enfants",
        "my landlord sent me to three different offices to get my deposit back");
  }

  @Test
  void aThingOfOnesOwnLifeAskedBesideAnOfficeIsNoGoverning() {
    // a purchase, a rental, a feast or a pet told beside an office that only says where or who asks: that life's
    silent("the wifi at our council offices is too slow, should we buy a better modem",
        "il faut louer des tables pour la fête de fin d'année de la préfecture, où chercher",
        "our customs office sniffer dog retires next month, may a clerk adopt her");
    // the users of an establishment the state keeps buying what it should provide: the public service failing them
    answered("at the public hospital the patients must buy their own gloves and bandages",
        "à l'hôpital public les patients doivent acheter eux-mêmes leurs pansements",
        "en el hospital público los pacientes tienen que comprar sus propias vendas");
  }

  @Test
  void aPublicWorkThePeopleFollowUpIsPublicLifeInEveryLanguage() {
    // no other word of public life: the work checked built or finished is the public life asked of,
    // whether a word calls it public before it, after it or not at all
    answered("parents want to check whether the new bridge was finished",
        "les parents veulent vérifier que le pont a été achevé",
        "los vecinos vigilan que el puente se termine",
        "les habitants vérifient que les écoles publiques ont été construites",
        "los padres verifican que las escuelas públicas se construyeron");
    // the asker's own works stay his errand
    silent("check whether the works in my flat were finished",
        "je vérifie que les travaux de mon appartement sont terminés",
        "verifico que las obras de mi piso se terminen",
        "we track whether our kitchen renovation was finished");
  }

  @Test
  void peopleBroughtIntoMakingAPublicTextTakePart() {
    // a verb of involving, heeding or voicing, the making of a text, then the text a public power makes:
    // whoever is brought in takes part in making it
    opens("citizen-engagement", "involving pensioners in drafting the new ageing strategy");
    opens("citizen-engagement", "involucrar a los comerciantes en la redacción de la ordenanza");
    opens("citizen-engagement", "associer les commerçants à l'élaboration du règlement municipal");
    // a text co-written with the people, and a seat at the table told of them
    opens("citizen-engagement", "co-writing the district programme with local residents");
    // the same words of one's own life: no public text, or no people to make it with
    silent("my roommates want to co-write the rules for the bathroom",
        "on veut co-rédiger les règles de la colocation entre amis",
        "a seat at the table at my cousin's wedding",
        "involve my kids in writing the holiday plan");
    // building or creating with others, the prefix apart or joined, is making the text with them
    opens("citizen-engagement", "co-construire le plan de mobilité avec les habitants");
    opens("citizen-engagement", "cocrear con los ciudadanos la ordenanza de movilidad");
    silent("co-construire une cabane avec les enfants");
  }

  @Test
  void thePeoplesSayInADecisionOfPublicPowerIsTheirPartInIt() {
    // the people or a group of the public heard, or having their say, on what a body of public power
    // decides or adopts, before it does or in its decisions
    opens("citizen-engagement", "voters want a real say in the decisions of their county");
    opens("citizen-engagement", "les habitants veulent être entendus avant que la préfecture adopte le nouveau schéma");
    opens("citizen-engagement", "los campesinos piden ser escuchados antes de que el ministerio apruebe la reforma");
    // a say in a family's decision, or neighbours deciding on their own building, is their own life
    silent("my sister wants a say in the decision about our holiday",
        "les voisins de l'immeuble se réunissent pour décider de la couleur du hall",
        "los vecinos del edificio decidieron sin preguntar a nadie cambiar la puerta");
  }

  @Test
  void aPublicTextAdoptedWithNoOneHeardIsThePeoplesSayRefused() {
    opens("citizen-engagement", "the county adopted its new bylaw without asking anyone");
    opens("citizen-engagement", "le ministère a adopté le décret sans consulter personne");
    opens("citizen-engagement", "la alcaldía aprobó la ordenanza sin preguntar a nadie");
    // no one asked about one's own things, or about a club's rules, is no public say
    silent("my flatmate changed the wifi password without asking anyone",
        "mon frère a vendu la voiture sans demander l'avis de personne",
        "le club a adopté son nouveau règlement sans consulter personne");
  }

  @Test
  void aConsultationOnAPublicTextOrWithThePeopleIsTheirSay() {
    opens("citizen-engagement", "a consultation on the draft ordinance that nobody heard about");
    opens("citizen-engagement", "des réunions avec les habitants avant l'adoption du décret");
    opens("citizen-engagement", "consultas con los ciudadanos antes de aprobar el decreto");
    // a doctor's consultation, or a club consulting its members on its rules, is none
    silent("my doctor's consultation about my treatment plan was cancelled",
        "la consulta del médico sobre mi plan de dieta",
        "Chers membres, consultation sur le nouveau règlement du club de tennis");
  }

  @Test
  void claimantsHavingTheirSayInABenefitsRulesTakePartBeforeTheyAreServed() {
    // the benefit names the service, which stands beside the claimants' say in its rules
    List<String> got = ids("claimants want to help write the rules of the housing benefit");
    assertTrue(!got.isEmpty() && of("citizen-engagement").contains(got.get(0)), got.toString());
    // the benefit waited for is the service failing them, first
    got = ids("claimants wait months for their housing benefit");
    assertTrue(!got.isEmpty() && of("public-services").contains(got.get(0)), got.toString());
  }

  @Test
  void aNameWithALetterLostWhereTheTypoRuleCannotSeeItIsStillThatName() {
    // its first letter, in one word or the first of several
    assertEquals("hivos", ids("what has ivos pledged to local groups?").get(0));
    assertEquals("oxfam", ids("comment joindre xfam au sujet de son engagement ?").get(0));
    assertEquals("world-bank", ids("¿qué ofrece el orld Bank a los gobiernos?").get(0));
    // any letter of a short name, typed with a capital inside its sentence
    assertEquals("CL", ids("what did Chle offer other governments?").get(0));
    assertEquals("CL", ids("qu'a proposé le Chil aux autres pays ?").get(0));
    // words of the language, and the same short slip in small letters, stay as they are
    silent("we drove inland to see the lakes", "let's chill at home tonight",
        "how do I keep basil alive on the windowsill?");
  }

  @Test
  void anEverydayWordTypedAsANameWhosePledgeIsAskedIsThatCountryMistyped() {
    assertEquals("HU", ids("what has Hungry offered to other reformers?").get(0));
    // the same word where a sentence starts or in small letters, or with no pledge asked after it
    silent("Hungry kids can't focus in class, what snacks are healthy?", "I'm so hungry, is the canteen open?",
        "where can I buy The Very Hungry Caterpillar book?");
  }

  @Test
  void anAspectVerbBeforeTheVerbItGovernsTellsNoSceneBesideAName() {
    // "keeps saying", "ne cesse de dire", "sigue diciendo": how often it is said, not an everyday thing
    assertEquals("oxfam", ids("Oxfam keeps saying it supports reformers, could they help us?").get(0));
    assertEquals("oxfam", ids("Oxfam ne cesse de dire qu'elle aide les réformateurs, peut-elle nous aider ?").get(0));
    assertEquals("oxfam", ids("Oxfam sigue diciendo que apoya a los reformistas, ¿nos podrían ayudar?").get(0));
    silent("my kids keep playing Swedish games", "we keep buying Finnish rye bread");
  }

  @Test
  void aPeoplesAdjectiveOfAFirmInAThemeQuestionIsWhereTheFirmComesFrom() {
    // the firm's nationality is no state asked about: the theme's pledgers lead
    assertFalse(ids("a Chilean mining company was caught bribing officials, how can corruption in public offices be prevented?")
        .get(0).equals("CL"));
    assertFalse(ids("una empresa chilena no paga impuestos, ¿cómo se hace transparente el presupuesto público?").get(0).equals("CL"));
    // the state's own government stays the state
    assertEquals("CL", ids("what did the Chilean government offer on budget transparency?").get(0));
  }

  @Test
  void aWordPuzzleMakesTheFieldsWordsItsClue() {
    silent("crossword: a chamber of elected lawmakers, nine letters",
        "mots croisés : impôt sur le revenu en quatre lettres",
        "crucigrama: dinero que recauda el Estado, ocho letras");
    // the same words with no puzzle stay the field's
    leads("legislative-openness", "how can a chamber of elected lawmakers open its sittings to the public?");
  }

  @Test
  void aLegislatureThePupilsOfASchoolOwnIsACivicsLessonPlayed() {
    silent("the kids' parliament at our school voted for a longer break",
        "le parlement des écoliers a choisi le thème du carnaval",
        "el parlamento escolar quiere una fiesta de fin de curso");
    // pupils beside the state's legislature, or another word of public life, stay the field's
    leads("legislative-openness", "how can school classes watch the parliament's sittings?");
    answered("can a children's parliament send its proposals to the national parliament?");
  }

  @Test
  void accountingToldOfThoseOneRaisesOrCoachesIsUpbringing() {
    silent("how do I get the players on my team to be accountable for showing up on time",
        "comment responsabiliser des ados qui oublient leurs devoirs, et leur faire rendre des comptes",
        "cómo logro que los niños rindan cuentas de sus juguetes rotos");
    // the same people holding a public body or an establishment to account stay the field's
    answered("how can pupils hold the city council to account?", "how can students hold their college accountable?");
  }

  @Test
  void publicAfterAVerbOfGoingWithAFirmNamedIsTheFirmFloated() {
    silent("our bakery chain's owners want the company to go public, how are shares priced",
        "the tech firm I joined is going public next spring, can I sell my stock");
    // the same words with an official named, or a public company, stay the field's
    answered("a manager at the firm went public about bribes it paid to customs officials");
  }

  @Test
  void aLegislaturesWordGivenAsANameIsThatName() {
    silent("my cousin's jazz trio is called the Senate, where do they play",
        "le chat de ma voisine s'appelle Parlement, il miaule la nuit",
        "el perro de mi tía se llama Congreso y muerde");
    // a chamber someone phones, or one named before the verb, stays the field's
    answered("we called the parliament to ask for the text of the bill");
  }

  @Test
  void aLawOfAMatterAnotherThemeNamesIsThatMattersInstrumentNotTheLegislaturesOpenness() {
    // the law's passing is read beside the law; the right to know is what the law is of
    for (Map.Entry<String, Lang> q : Map.of(
        "on a voté une loi sur le droit de savoir", Lang.FR,
        "aprobaron una ley de derecho a saber", Lang.ES,
        "we passed a law on the right to know, who helped implement it", Lang.EN).entrySet()) {
      Map<String, Float> themes = typed(q.getKey(), q.getValue());
      assertTrue(themes.getOrDefault("access-to-information", 0f)
          > themes.getOrDefault("legislative-openness", 0f), q.getKey() + " -> " + themes);
    }
    // a legislature named, or a bill (its own stage of law-making), keeps the legislature's openness first
    Map<String, Float> followed = typed("comment suivre les projets de loi à l'assemblée nationale", Lang.FR);
    assertEquals("legislative-openness", followed.keySet().iterator().next(), followed.toString());
    Map<String, Float> bill = typed("who helped draft a bill on lobbying", Lang.EN);
    assertTrue(bill.getOrDefault("legislative-openness", 0f) > bill.getOrDefault("public-integrity", 0f),
        bill.toString());
  }

  @Test
  void aPublicBodysHoldingsInAFilesFormOrReusedAreItsOpenData() {
    // the body's figures or maps with a format, files in the plural or their reuse: its data released
    for (Map.Entry<String, Lang> q : Map.of(
        "the ministry puts its statistics online in a format no program reads", Lang.EN,
        "le ministère publie ses cartes, peut-on les réutiliser", Lang.FR,
        "la alcaldía publica sus cifras en formatos cerrados", Lang.ES).entrySet()) {
      Map<String, Float> themes = typed(q.getKey(), q.getValue());
      float data = themes.getOrDefault("open-data", 0f);
      assertTrue(data >= 1f && themes.values().stream().allMatch(w -> w <= data), q.getKey() + " -> " + themes);
    }
    // public money's figures are read as the money asked as data, not here; one spreadsheet of one's
    // own figures, a download to read a timetable, or figures with no public body are no body's data released
    for (String q : List.of("the ministry's budget figures as downloadable spreadsheets",
        "the ministry sent me a spreadsheet of my pension figures",
        "how do I download the city's bus timetables", "our club's figures in csv format")) {
      assertTrue(typed(q, Lang.EN).getOrDefault("open-data", 0f) < 1f, q + " -> " + typed(q, Lang.EN));
    }
  }

  @Test
  void whatABodyCountsOrMeasuresAskedAgainstScansIsItsOpenData() {
    // what a public body counts or measures, or its data, with a file's form, its reuse or the scans
    // it is asked against: its data released
    for (Map.Entry<String, Lang> q : Map.of(
        "the city measures air pollution hourly but posts the readings as scanned pdfs", Lang.EN,
        "la mairie publie ses relevés de bruit en pdf scannés", Lang.FR,
        "el municipio publica sus datos de agua solo en pdf", Lang.ES,
        "the regulator keeps its inspection statistics in scanned pdfs", Lang.EN).entrySet()) {
      Map<String, Float> themes = typed(q.getKey(), q.getValue());
      float data = themes.getOrDefault("open-data", 0f);
      assertTrue(data >= 1f && themes.values().stream().allMatch(w -> w <= data), q.getKey() + " -> " + themes);
    }
    // one's own scans and readings name no public body
    silent("how do i turn the scanned pdf of my tenancy agreement into text",
        "my smart meter readings can be exported as csv");
  }

  @Test
  void aVerbOfSeeingWithAPronounJoinedAsksToSeeWhatTheBodyGranted() {
    // Spanish joins the object pronoun to the infinitive: "mostrarnos" is "mostrar" asked for us
    opens("access-to-information", "el ministerio se niega a mostrarnos los permisos que concedió");
  }

  @Test
  void requestsABodyIsMadeToAnswerAskForWhatItHolds() {
    // requests at large, or for papers, that offices must answer: access to information
    opens("access-to-information", "how do other states make agencies answer requests within a month");
    opens("access-to-information", "les ministères devraient répondre aux demandes en moins de trente jours");
    // requests for a thing, and the verb of asking, are not the field's requests
    for (String q : List.of("the council never answers requests for speed bumps on our street",
        "la mairie ne nous répond jamais quand on demande combien a coûté la fête")) {
      List<String> got = ids(q);
      assertTrue(got.isEmpty() || !of("access-to-information").contains(got.get(0)), q + " -> " + got);
    }
  }

  @Test
  void aProcessAPublicBodyOwnsIsWhatTheQuestionActsOn() {
    // a survey or a consultation told in everyday words, owned by a town or a ministry: that body's process
    answered("the county's survey on cycle lanes was online for a weekend and almost nobody answered");
    // the same process of a gym or a club, or one's own council tax: nothing public owns it, or it is one's errand
    silent("the golf club's survey on the new menu got four answers", "can I pay my council tax in instalments");
    // a levy a body collects, named by that body, is what its payers owe: the asker's errand, no process
    silent("quels sont les impôts de la douane sur une voiture importée",
        "los impuestos de la aduana para traer un celular del extranjero");
  }
}
