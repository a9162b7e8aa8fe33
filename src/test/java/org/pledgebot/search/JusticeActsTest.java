package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Lang;

/** Where a question tells the police, the prosecution or a court acting ({@link JusticeActs}). */
class JusticeActsTest {

  private static final JusticeActs ACTS = new JusticeActs(
      Lexicon.every(Commonness.of(Map.of(Lang.EN, List.of("door"), Lang.FR, List.of("porte"), Lang.ES, List.of("puerta")))));

  private static Set<Integer> acting(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    String[] elision = new String[surface.size()];
    java.util.Arrays.fill(elision, "");
    return ACTS.positions(surface, new boolean[surface.size()], elision, lang);
  }

  @Test
  void aPowerItsArticleOpensBeforeItsVerbActs() {
    assertEquals(Set.of(1), acting("the police burned the tents", Lang.EN));
    assertEquals(Set.of(1), acting("le parquet n oublie jamais", Lang.FR));
    assertEquals(Set.of(1), acting("la fiscalia cerro el caso", Lang.ES));
    assertEquals(Set.of(1), acting("los jueces que liberaron al concejal", Lang.ES));
  }

  @Test
  void aPowerInACompoundOrWithAnOwnerOrACopulaIsNone() {
    // no article right before it: a compound's part
    assertEquals(Set.of(), acting("a police drama on tv", Lang.EN));
    assertEquals(Set.of(), acting("the fashion police laughed", Lang.EN));
    // an owner or a kind after it, a place, a topic, a copula
    assertEquals(Set.of(), acting("the judges of the contest smiled", Lang.EN));
    assertEquals(Set.of(), acting("the judges at the show cried", Lang.EN));
    assertEquals(Set.of(), acting("los jueces de linea gritaron", Lang.ES));
    assertEquals(Set.of(), acting("the prosecutors are the killers", Lang.EN));
    // one officer named alone is a person of a story as often
    assertEquals(Set.of(), acting("le gendarme nous a aide", Lang.FR));
    // the last word: nothing told of it
    assertEquals(Set.of(), acting("a song by the police", Lang.EN));
  }

  @Test
  void aHomonymActsOnlyWhereItsVerbIsCertain() {
    assertEquals(Set.of(), acting("la cour carree du louvre", Lang.FR));
    List<String> font = List.of("changer", "la", "police", "ecriture");
    String[] elided = {"", "", "", "d"};
    assertEquals(Set.of(), ACTS.positions(font, new boolean[font.size()], elided, Lang.FR));
    assertEquals(Set.of(), acting("la police nationale en serie", Lang.FR));
    // grammar right after it (an auxiliary), or a verb and its object
    assertEquals(Set.of(1), acting("la police a tire sur les etudiants", Lang.FR));
    assertEquals(Set.of(1), acting("la police surveille les journalistes", Lang.FR));
  }

  @Test
  void aPowerAfterAPrepositionIsTheObjectOrTheHolderAndNone() {
    // a preposition before the article, or joined to it: another acts on the power, or it holds a thing
    assertEquals(Set.of(), acting("they sent a letter to the police yesterday", Lang.EN));
    assertEquals(Set.of(), acting("las cifras de la policia siguen ocultas", Lang.ES));
    assertEquals(Set.of(), acting("los vecinos piden a la fiscalia los expedientes", Lang.ES));
    assertEquals(Set.of(), acting("les chiffres de la gendarmerie restent caches", Lang.FR));
  }

  private static Set<Integer> overseen(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return ACTS.overseen(surface, new boolean[surface.size()], lang);
  }

  @Test
  void aPowerAWordOfOverseeingIsToldOfIsOverseen() {
    assertEquals(Set.of(3), overseen("who oversees the police when they lie", Lang.EN));
    assertEquals(Set.of(3), overseen("who scrutinises the ministers", Lang.EN));
    assertEquals(Set.of(3), overseen("quien vigila al gobierno", Lang.ES));
    assertEquals(Set.of(4), overseen("nadie controla a los fiscales", Lang.ES));
    assertEquals(Set.of(3), overseen("qui surveille les elus locaux", Lang.FR));
  }

  @Test
  void aPowerQuestionedOrCheckedIsOverseen() {
    // questioned: the power asked to answer, in each language's forms (subjunctive ones too)
    assertEquals(Set.of(2), overseen("interpeller les autorites locales", Lang.FR));
    assertEquals(Set.of(5), overseen("para que interpelen a sus autoridades", Lang.ES));
    assertEquals(Set.of(2), overseen("interrogate the ministers", Lang.EN));
    // checked whether it did what it said, in Spanish as in English and French
    assertEquals(Set.of(3), overseen("verifican si el gobierno cumple sus metas", Lang.ES));
    assertEquals(Set.of(3), overseen("verifier si le gouvernement atteint ses objectifs", Lang.FR));
  }

  @Test
  void aPrivatePersonQuestionedOrCheckedIsNone() {
    assertEquals(Set.of(), overseen("interroger le professeur sur les devoirs", Lang.FR));
    assertEquals(Set.of(), overseen("verificar si mi hijo hizo la tarea", Lang.ES));
    assertEquals(Set.of(), overseen("the police questioned my neighbour", Lang.EN));
    assertEquals(Set.of(), overseen("fue interrogado por la policia", Lang.ES));
  }

  @Test
  void aPowerBeforeTheWordOrOwningWhatIsOverseenIsNone() {
    // the power is the subject: it oversees something else
    assertEquals(Set.of(), overseen("the police monitor the motorway", Lang.EN));
    // one's own affairs name no power
    assertEquals(Set.of(), overseen("monitor my baby at night", Lang.EN));
    // the power says whose or what kind the thing overseen is
    assertEquals(Set.of(), overseen("monitor the state of the battery", Lang.EN));
    assertEquals(Set.of(), overseen("vigilar el estado de salud", Lang.ES));
    // the overseer of a passive
    assertEquals(Set.of(), overseen("the revenues are audited by parliament", Lang.EN));
    assertEquals(Set.of(), overseen("les recettes sont controlees par le parlement", Lang.FR));
    // a preposition of belonging between: the power owns the thing overseen
    assertEquals(Set.of(), overseen("who audits the spending of the council", Lang.EN));
    assertEquals(Set.of(), overseen("quien audita los gastos del concejo", Lang.ES));
    // too far from the word, or past punctuation
    assertEquals(Set.of(), overseen("monitor my garden and the lawn while the mayor sleeps", Lang.EN));
  }

  private static Set<Integer> answerable(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return ACTS.answerable(surface, new boolean[surface.size()], lang);
  }

  @Test
  void aHolderMadeToAnswerForHisActsIsHeld() {
    // a sanction borne, in the passive
    assertEquals(Set.of(1), answerable("are governors ever disciplined for lying", Lang.EN));
    assertEquals(Set.of(1), answerable("les prefets qui trichent sont ils revoques", Lang.FR));
    assertEquals(Set.of(6), answerable("por que nunca son destituidos los concejales", Lang.ES));
    // a sanction faced, joined to him by a verb of bearing or a preposition of whom it is for
    assertEquals(Set.of(1), answerable("do senators risk any penalty", Lang.EN));
    assertEquals(Set.of(4), answerable("des sanctions contre les deputes menteurs", Lang.FR));
    assertEquals(Set.of(4), answerable("que castigo sufre un gobernador corrupto", Lang.ES));
    // an answer owed
    assertEquals(Set.of(1), answerable("the ministry should answer for the delays", Lang.EN));
    assertEquals(Set.of(1), answerable("les maires doivent repondre de leurs actes", Lang.FR));
    assertEquals(Set.of(1), answerable("el concejo responde ante los vecinos", Lang.ES));
    assertEquals(Set.of(1), answerable("un prefet qui trompe le monde devra t il en repondre", Lang.FR));
  }

  @Test
  void aHolderExplainingHimselfToThePeopleHeServesIsHeld() {
    assertEquals(Set.of(1), answerable("the governor should report to the citizens on his year", Lang.EN));
    assertEquals(Set.of(1), answerable("le prefet explique aux habitants ses choix", Lang.FR));
    assertEquals(Set.of(1), answerable("el intendente debe informar a los vecinos", Lang.ES));
    assertEquals(Set.of(0), answerable("councillors facing the residents twice a year", Lang.EN));
    // to the press, a verb naming its own kind, no holder
    assertEquals(Set.of(), answerable("the governor explained to the press", Lang.EN));
    assertEquals(Set.of(), answerable("les deputes doivent rendre public leur vote aux citoyens", Lang.FR));
    assertEquals(Set.of(), answerable("the coach explains to the parents", Lang.EN));
  }

  @Test
  void aHolderWhoActsIsWrongedOrIsOnesOwnIsNone() {
    // his own act, no auxiliary of the passive; sanctions he announces; the one wronged
    assertEquals(Set.of(), answerable("the governor sanctioned the festival", Lang.EN));
    assertEquals(Set.of(), answerable("the minister announced sanctions against the regime", Lang.EN));
    assertEquals(Set.of(), answerable("penalties for insulting a police officer", Lang.EN));
    assertEquals(Set.of(), answerable("the consequences of the mayor decision", Lang.EN));
    // a reply, an answer given, a workplace
    assertEquals(Set.of(), answerable("le maire doit repondre de maniere claire", Lang.FR));
    assertEquals(Set.of(), answerable("el alcalde respondio por escrito", Lang.ES));
    assertEquals(Set.of(), answerable("the minister gave an answer to the press", Lang.EN));
    assertEquals(Set.of(), answerable("she works for the council who does she answer to", Lang.EN));
    // what the speaker is, or one of his own
    assertEquals(Set.of(), answerable("i am a civil servant can i be fired", Lang.EN));
    assertEquals(Set.of(), answerable("mi tio es un funcionario y fue despedido", Lang.ES));
    // no holder
    assertEquals(Set.of(), answerable("the captain must answer to the coach", Lang.EN));
  }

  /** {@link #answerable} of a text whose commas, typed as a token of their own, end a clause. */
  private static Set<Integer> answerableClauses(String text, Lang lang) {
    List<String> surface = new java.util.ArrayList<>();
    List<Boolean> marks = new java.util.ArrayList<>();
    boolean after = false;
    for (String t : text.split(" ")) {
      if (",".equals(t)) {
        after = true;
        continue;
      }
      surface.add(t);
      marks.add(after);
      after = false;
    }
    boolean[] clause = new boolean[surface.size()];
    for (int k = 0; k < clause.length; k++) {
      clause[k] = marks.get(k);
    }
    return ACTS.answerable(surface, clause, lang);
  }

  @Test
  void aBodysPublicStaffAHolderTakenUpAndOneReportingBackAreHeld() {
    // staff made public by their kind, or owned by a body of public power, or none of them
    assertEquals(Set.of(2), answerable("are state employees ever dismissed for bullying", Lang.EN));
    assertEquals(Set.of(1), answerable("les responsables publics fautifs sont ils revoques", Lang.FR));
    assertEquals(Set.of(0), answerable("empleados de la gobernacion fueron sancionados", Lang.ES));
    assertEquals(Set.of(3), answerable("nobody in the government was punished", Lang.EN));
    // the subject of a condition taken up past its comma
    assertEquals(Set.of(2), answerableClauses("if a governor cheats , will he face penalties", Lang.EN));
    assertEquals(Set.of(2), answerableClauses("si le prefet triche , sera t il sanctionne", Lang.FR));
    assertEquals(Set.of(2), answerableClauses("si el gobernador miente , enfrenta sanciones", Lang.ES));
    // coming back to explain
    assertEquals(Set.of(1), answerable("do senators come back to explain their votes", Lang.EN));
    assertEquals(Set.of(1), answerable("los concejales regresan al barrio a explicarnos sus decisiones", Lang.ES));
  }

  @Test
  void aShopsStaffAnObjectOfTheConditionOrAnOwnFrameIsNone() {
    assertEquals(Set.of(), answerable("are employees of the bakery ever dismissed", Lang.EN));
    assertEquals(Set.of(), answerable("le responsable du rayon a ete revoque", Lang.FR));
    assertEquals(Set.of(), answerable("nadie del equipo fue sancionado", Lang.ES));
    assertEquals(Set.of(), answerableClauses("if my cat scratches the governor , will he face penalties", Lang.EN));
    assertEquals(Set.of(), answerableClauses("in my novel , if the governor cheats , will he face penalties", Lang.EN));
    assertEquals(Set.of(), answerableClauses("if the governor cheats , will we face penalties", Lang.EN));
    assertEquals(Set.of(), answerable("the waiter came back to explain the bill", Lang.EN));
  }

  private static Set<Integer> followed(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return ACTS.worksFollowed(surface, new boolean[surface.size()], lang);
  }

  @Test
  void aPublicWorkCheckedForItsCompletionIsFollowedUp() {
    assertEquals(Set.of(2), followed("parents want track whether the classrooms the ministry announced are being built", Lang.EN));
    assertEquals(Set.of(3), followed("les parents veulent verifier que les ponts annonces ont ete acheves", Lang.FR));
    assertEquals(Set.of(1), followed("jovenes vigilan que las obras prometidas se terminen", Lang.ES));
    // the work before the check, in its clause
    assertEquals(Set.of(6), followed("les villageois signalent les puits et suivent les reparations", Lang.FR));
  }

  @Test
  void aPrivateWorkOrAWorkNotToldDoneIsNone() {
    assertEquals(Set.of(), followed("check whether the kitchen was finished", Lang.EN));
    assertEquals(Set.of(), followed("check that my school was built", Lang.EN));
    assertEquals(Set.of(), followed("track the school bus on a map", Lang.EN));
    assertEquals(Set.of(), followed("verificar que el puente esta abierto", Lang.ES));
    // the completion before the check names no work followed
    assertEquals(Set.of(), followed("les travaux finis je verifie la facture", Lang.FR));
  }

  @Test
  void aPublicWorkCheckedToPreventAWrongIsFollowedUp() {
    assertEquals(Set.of(3), followed("les riverains veulent surveiller les travaux de la route pour eviter les malfacons", Lang.FR));
    assertEquals(Set.of(2), followed("residents want inspect the bridge works to stop kickbacks", Lang.EN));
    assertEquals(Set.of(), followed("check the weather to avoid the rain", Lang.EN));
  }

  private static Set<Integer> blamed(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return ACTS.failureBlamed(surface, new boolean[surface.size()], lang);
  }

  @Test
  void theFaultOfAPublicWorkOrSupplyFailingIsAsked() {
    assertEquals(Set.of(2), blamed("personne ne responsabilite de l effondrement du pont", Lang.FR));
    assertEquals(Set.of(4), blamed("quien se hace cargo responsable del colapso del puente", Lang.ES));
    assertEquals(Set.of(2), blamed("qui doit repondre des coupures d electricite", Lang.FR));
    assertEquals(Set.of(10), blamed("the school flooded again and no official says who is responsible", Lang.EN));
  }

  @Test
  void aPrivateFailureOrNoFailureAsksNoPublicFault() {
    assertEquals(Set.of(), blamed("the builder did shoddy work on my roof who is responsible", Lang.EN));
    assertEquals(Set.of(), blamed("who is to blame when the team lost the final", Lang.EN));
    assertEquals(Set.of(), blamed("my school flooded who is responsible", Lang.EN));
    assertEquals(Set.of(), blamed("who is responsible for the new bridge", Lang.EN));
  }

  @Test
  void aPublicWorkFollowedAgainstItsPromiseOrWhileBuiltIsFollowedUp() {
    // the promise the work is measured against stands where its completion does
    assertEquals(Set.of(2), followed("des jeunes suivent les travaux de la route promise par le departement", Lang.FR));
    assertEquals(Set.of(2), followed("jovenes que siguen las obras de la carretera prometida", Lang.ES));
    // a work being built of another public work: the building site of a school, "la obra de la escuela"
    assertEquals(Set.of(2), followed("parents are watching the building site of the new public school", Lang.EN));
    assertEquals(Set.of(2), followed("los padres vigilan la obra de la escuela publica", Lang.ES));
    // a work stopped, a work in several words, the completion before the work
    assertEquals(Set.of(1), followed("padres vigilan la escuela parada desde marzo", Lang.ES));
    assertEquals(Set.of(1), followed("villagers checking whether the water points were ever dug", Lang.EN));
    assertEquals(Set.of(5), followed("los vecinos de la comunidad comprueban si se construyeron los pozos", Lang.ES));
    assertEquals(Set.of(2), followed("les villageois verifient que les forages ont bien ete creuses", Lang.FR));
  }

  @Test
  void laboursAloneOneHousesSiteOrTheMoneyFollowedAreNoWorkFollowedUp() {
    // a plumber's promised works, a legislature's "travaux", one's own house being built
    assertEquals(Set.of(), followed("comment verifier que le plombier a vraiment fait les travaux promis", Lang.FR));
    assertEquals(Set.of(), followed("suivre les travaux de l assemblee nationale", Lang.FR));
    assertEquals(Set.of(), followed("we are following the building site of our own house", Lang.EN));
    assertEquals(Set.of(), followed("estamos siguiendo la obra de nuestra casa", Lang.ES));
    // the money the check's object: the money is followed, the repairs are what it pays
    assertEquals(Set.of(), followed("i want to follow the money the province receives for road repairs", Lang.EN));
  }

  @Test
  void aPublicWorkLeftUnfinishedAsksWhoAnswersButAnAnswerDeniedIsNoFault() {
    assertEquals(Set.of(17), blamed("un centre de sante finance il y a trois ans est toujours pas acheve qui doit en repondre", Lang.FR));
    assertEquals(Set.of(11), blamed("el centro de salud sigue sin terminar desde hace anos quien responde por eso", Lang.ES));
    assertEquals(Set.of(4), blamed("the abandoned bridge who answers for it", Lang.EN));
    // nobody answering is a reply not given: the service failing its users, no fault asked
    assertEquals(Set.of(), blamed("coupures d eau et personne a la regie ne repond", Lang.FR));
    assertEquals(Set.of(), blamed("the builder never finished my kitchen who answers for it", Lang.EN));
  }

  private static Set<Integer> claimed(String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    return ACTS.rightsClaimed(surface, new boolean[surface.size()], lang);
  }

  @Test
  void rightsClaimedBeforeAPublicPowerAreItsDutiesHeldToIt() {
    assertEquals(Set.of(5), claimed("paralegals helping people in villages claim their rights from the district administration", Lang.EN));
    assertEquals(Set.of(3), claimed("women s groups demand their entitlements from local officials", Lang.EN));
    // the verb in two words, the body past its article
    assertEquals(Set.of(5), claimed("des parajuristes aident les habitants faire valoir leurs droits devant l administration", Lang.FR));
    assertEquals(Set.of(4), claimed("grupos que acompanan vecinas exigir sus derechos ante las autoridades locales", Lang.ES));
  }

  @Test
  void rightsClaimedFromAPrivatePartyOrASingleRightAreNone() {
    assertEquals(Set.of(), claimed("how do i claim my rights from my landlord", Lang.EN));
    assertEquals(Set.of(), claimed("exiger ses droits aupres de la compagnie aerienne", Lang.FR));
    assertEquals(Set.of(), claimed("reclamar sus derechos ante la empresa", Lang.ES));
    // a single right names its own matter
    assertEquals(Set.of(), claimed("claim the right to information from the ministry", Lang.EN));
  }

  private static Set<Integer> read(String reading, String text, Lang lang) {
    List<String> surface = List.of(text.split(" "));
    boolean[] clause = new boolean[surface.size()];
    return switch (reading) {
      case "empowered" -> ACTS.empowered(surface, clause, lang);
      case "answers" -> ACTS.answersToPeople(surface, clause, lang);
      case "grades" -> ACTS.gradesAnswered(surface, clause, lang);
      case "promises" -> ACTS.promisesAccounted(surface, clause, lang);
      case "observed" -> ACTS.sittingsObserved(surface, clause, lang);
      default -> ACTS.complaintsAnswered(surface, clause, lang);
    };
  }

  @Test
  void thePeopleGivenAHoldOverTheAdministrationAreEmpoweredOverIt() {
    assertEquals(Set.of(5), read("empowered", "how can ordinary people get power over the administration", Lang.EN));
    assertEquals(Set.of(5), read("empowered", "donner aux simples citoyens un pouvoir sur l administration", Lang.FR));
    assertEquals(Set.of(4), read("empowered", "darle a la gente poder sobre la administracion publica", Lang.ES));
    assertEquals(Set.of(4), read("empowered", "que la gente tenga poder frente a la burocracia", Lang.ES));
    // weight held against it, and the people named after the hold they are given
    assertEquals(Set.of(3), read("empowered", "residents want more weight against the bureaucracy", Lang.EN));
    assertEquals(Set.of(1), read("empowered", "du poids aux usagers face a l administration", Lang.FR));
    assertEquals(Set.of(1), read("empowered", "mas peso para los vecinos frente a la administracion", Lang.ES));
    // no people named: a president's hold over his administration, a parent's over a child
    assertEquals(Set.of(), read("empowered", "the president has power over the administration", Lang.EN));
    assertEquals(Set.of(), read("empowered", "parents have power over their children", Lang.EN));
  }

  @Test
  void aHolderAnsweringThePeopleOrOnHisPromisesAnswersToThem() {
    assertEquals(Set.of(5), read("answers", "une radio communautaire ou le maire repond en direct aux auditeurs", Lang.FR));
    assertEquals(Set.of(5), read("answers", "una radio comunitaria donde el alcalde contesta a los oyentes", Lang.ES));
    assertEquals(Set.of(1), read("answers", "the mayor answers residents on air every week", Lang.EN));
    assertEquals(Set.of(1), read("answers", "le maire repond sur ses engagements", Lang.FR));
    // a radio host is no holder; a holder answering a letter answers no people; an answer denied
    assertEquals(Set.of(), read("answers", "the radio host answers listeners every morning", Lang.EN));
    assertEquals(Set.of(), read("answers", "the minister answered the letter", Lang.EN));
    assertEquals(Set.of(), read("answers", "el alcalde no contesta a los vecinos", Lang.ES));
  }

  @Test
  void theComplaintsOfAPublicProgrammeAnsweredCloseTheLoop() {
    assertEquals(Set.of(11), read("complaints", "a helpline for families on the cash transfer programme where every grievance is answered", Lang.EN));
    assertEquals(Set.of(10), read("complaints", "un numero pour les beneficiaires des transferts monetaires ou chaque plainte recoit une reponse", Lang.FR));
    assertEquals(Set.of(7), read("complaints", "les beneficiaires des filets sociaux deposent une plainte et recoivent une reponse", Lang.FR));
    // a firm's complaints line, tenants' or students' complaints to a landlord or a club, an answer denied
    assertEquals(Set.of(), read("complaints", "the phone company answers every complaint within a day", Lang.EN));
    assertEquals(Set.of(), read("complaints", "every complaint to our shop gets an answer", Lang.EN));
    assertEquals(Set.of(), read("complaints", "la plainte des locataires a recu une reponse du proprietaire", Lang.FR));
    assertEquals(Set.of(), read("complaints", "cada reclamo de los beneficiarios no responde nadie", Lang.ES));
  }

  @Test
  void aPublicServiceGradedAndBoundToAnswerTheGradesIsHeldToAccount() {
    assertEquals(Set.of(1), read("grades", "families rating their local health centre with district officials bound to respond", Lang.EN));
    assertEquals(Set.of(3), read("grades", "des fiches de notation des ecoles remplies par les parents auxquelles l inspection doit repondre", Lang.FR));
    assertEquals(Set.of(2), read("grades", "los pacientes califican los centros de salud y las autoridades estan obligadas a responder", Lang.ES));
    // no public thing graded, one's own, or no answer owed
    assertEquals(Set.of(), read("grades", "my manager rates our work and hr must respond to the scores", Lang.EN));
    assertEquals(Set.of(), read("grades", "the restaurant ratings the owner has to respond", Lang.EN));
    assertEquals(Set.of(), read("grades", "parents rate the public school every year", Lang.EN));
  }

  @Test
  void aPublicServiceGradedAndBoundToPublishWhatItDidOrAnsweringBeforeEveryoneIsHeldToAccount() {
    // bound to make known what it did with the grades, or answering in public; a thing marked public
    assertEquals(Set.of(1), read("grades", "users grade the public buses and the transit company must publish what it changed", Lang.EN));
    assertEquals(Set.of(2), read("grades", "les usagers notent la piscine publique et la mairie publie ses reponses", Lang.FR));
    assertEquals(Set.of(2), read("grades", "los vecinos califican el mercado municipal y el ayuntamiento responde publicamente", Lang.ES));
    assertEquals(Set.of(2), read("grades", "los vecinos califican el mercado municipal y el ayuntamiento responde en publico", Lang.ES));
    // nothing public graded, or the grades published with no answer
    assertEquals(Set.of(), read("grades", "diners grade the restaurant and the owner replies publicly", Lang.EN));
    assertEquals(Set.of(), read("grades", "parents rate the public school and the results are published every year", Lang.EN));
  }

  @Test
  void aPublicBodyWatchedAtItsWorkByThePublicWhoPublishWhatTheySawIsHeldToAccount() {
    assertEquals(Set.of(1), read("observed", "local volunteers attend the sessions of the city council and post notes online", Lang.EN));
    assertEquals(Set.of(0), read("observed", "students observe the hearings of the local courts and publish a yearly report", Lang.EN));
    assertEquals(Set.of(1), read("observed", "des etudiants militants observent les audiences du tribunal puis diffusent un rapport", Lang.FR));
    assertEquals(Set.of(1), read("observed", "los voluntarios asisten a las reuniones del concejo y publican actas", Lang.ES));
  }

  @Test
  void aTrialOnTelevisionAClubsMeetingsALegislatureOrABodysMoneyAreNoSittingsObserved() {
    // no group of the public watching, or nothing published
    assertEquals(Set.of(), read("observed", "i watch the trial of the courts on tv and then post memes", Lang.EN));
    assertEquals(Set.of(), read("observed", "residents attend the hearings of the court every week", Lang.EN));
    // a private body's meetings
    assertEquals(Set.of(), read("observed", "volunteers attend the meetings of the chess club and post the results", Lang.EN));
    // a legislature named: its own openness
    assertEquals(Set.of(), read("observed", "citizens follow the sittings of the parliament and publish the votes", Lang.EN));
    // a clause between: the body's money is the matter
    assertEquals(Set.of(), read("observed", "ngos track how the ministry spends and publish what they find", Lang.EN));
  }

  @Test
  void electoralPromisesToldAccountedForAreTheElectedAnsweringToVoters() {
    assertEquals(Set.of(1), read("promises", "election pledges that nobody ever reports back on", Lang.EN));
    assertEquals(Set.of(1), read("promises", "les promesses electorales dont personne ne fait jamais le bilan", Lang.FR));
    // a campaign's promises only where a holder or a body of public power is named
    assertEquals(Set.of(7), read("promises", "whether the president delivered on his campaign pledges", Lang.EN));
    assertEquals(Set.of(), read("promises", "our marketing campaign promises were reported to the board", Lang.EN));
    // promises alone, nothing told of how they turned out
    assertEquals(Set.of(), read("promises", "les promesses electorales du candidat", Lang.FR));
  }

  @Test
  void theReasonAskedOfAPublicWorkLeftUndoneIsItsFaultAsked() {
    assertEquals(Set.of(5), blamed("villagers want the engineer to explain why the clinic was never finished", Lang.EN));
    assertEquals(Set.of(4), blamed("les habitants veulent savoir pourquoi l ecole promise n a jamais ete construite", Lang.FR));
    assertEquals(Set.of(4), blamed("los vecinos quieren saber por que la carretera sigue sin asfaltar", Lang.ES));
    // a reason asked of a failure that is no work left undone, or of one's own kitchen
    assertEquals(Set.of(), blamed("why did the school close early today", Lang.EN));
    assertEquals(Set.of(), blamed("explain to my wife why the kitchen was never finished", Lang.EN));
  }

  @Test
  void aHolderTakingThePeoplesCallsAnswersToThem() {
    assertEquals(Set.of(1), read("answers", "the mayor must take listeners calls about what he promised", Lang.EN));
    assertEquals(Set.of(), read("answers", "the radio station takes calls from listeners about football", Lang.EN));
  }

  @Test
  void anAnswerOwedPutByInversionKeepsItsParticle() {
    assertEquals(Set.of(1), answerable("les elus repondent ils de leurs decisions devant la population", Lang.FR));
  }
}
