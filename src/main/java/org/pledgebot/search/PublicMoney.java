package org.pledgebot.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgebot.corpus.Lang;

/**
 * Money told in everyday words as a public body's, read by grammar: where a question says whose the
 * money is or who spends it, and that owner or spender is a public body. Three readings, each
 * within one clause (no punctuation between the words read):
 *
 * <ul>
 *   <li>a word of {@link PolicyWords#funds} ("money", "argent", "plata") owned by a public owner: a
 *       possessive or a compound word before it in English ("the province's money", "ministry
 *       money"), or the first content word after a preposition of {@link PolicyWords#belonging} or
 *       English "from", or one a further such preposition joins to it ("the money of the region",
 *       "l'argent de la taxe d'habitation", "el dinero de la gobernación"); a public owner is a body of
 *       {@link PolicyWords#treasuries}, a division, an office of public power or a prerogative of the
 *       state (taxes are the state's money), not a person (a governor's money may be his own);</li>
 *   <li>a public spender as the subject of a verb of {@link PolicyWords#spending}: just before it,
 *       auxiliaries, adverbs and clitic pronouns aside ("the ministry bought", "le département a
 *       payé", "el ayuntamiento pagó"), or, in French and Spanish, just after it with only an article
 *       or the money between and no first or second person before the verb ("cuánto invirtió la
 *       gobernación", "combien a dépensé la préfecture", not "nous avons payé la préfecture"); a public
 *       spender is a public owner or a holder of public office; the reading is placed on the verb;</li>
 *   <li>a holder of public office as the subject of a verb of {@link PolicyWords#earning}: just
 *       before it, auxiliaries and adverbs aside, or, in French and Spanish, just after it with only an
 *       article between ("the councillors earn", "combien touchent les élus", "cuánto cobran los
 *       funcionarios"): the wage of an office is public money where the question asks an amount
 *       or names pay ({@link PolicyWords#wageAsked}; a holder taking a thing named otherwise is
 *       no wage); a body is not read there (a body that "cobra" charges a price); the verbs that
 *       are also winning ({@link PolicyWords#gaining}: "gagne", "gana") are read so only right after
 *       the word asking the amount ("combien gagne le maire"); the reading is placed on the verb;</li>
 *   <li>the pay ({@link PolicyWords#wages}) of a holder of public office, owned as {@link #owned}
 *       reads a public owner ("the governor's salary", "le salaire du maire", "el sueldo del
 *       alcalde"), the holder in public life; the reading is placed on the pay;</li>
 *   <li>a public spender as the subject of a verb of {@link PolicyWords#receiving} where the question
 *       asks the amount or a public body is named as the source ("what each state got",
 *       "ce que la commune a reçu de l'État"): money moved between public bodies (not an amount received
 *       for a thing, {@link PolicyWords#exchange}: a sale's revenue); a town hall that
 *       receives its public is not read, nor a question naming a holder of public office (what a
 *       holder receives is a wage, read above, or a bribe); the reading is placed on the verb;</li>
 *   <li>a public spender as the subject of a verb of {@link PolicyWords#handling} with money after it
 *       ("what does the province do with that money", "que fait la préfecture de cet argent"), or money
 *       followed by a public spender as the subject of the clause that qualifies it ("the money the
 *       county gets", "l'argent que l'État verse", "el dinero que recibe el ayuntamiento"); the reading
 *       is placed on the money.</li>
 * </ul>
 *
 * Also read: a public body named whole in several words ({@link PolicyWords#seats}: "town hall",
 * "hôtel de ville", "conseil régional", never a bare "hall"); a treasury or a seat with a complement of
 * belonging before its verb ("the ministry of transport paid"); a pronoun of the third person (in
 * Spanish none) or a possessive of the third person standing for the public body the question opens
 * with ("the county built an office, what did it pay", "cuánto pagó", "ses comptes"); money from a
 * levy ({@link PolicyWords#levies}: "the money from the tolls"); a public body's books ({@link
 * PolicyWords#books}); a public body's contracts where what they cost is told ({@link
 * PolicyWords#contracts}, {@link #procured}: "the contracts the city hall signed and what it paid");
 * what a public body's money comes to, owned as its money is ({@link
 * PolicyWords#outlays}: "the county's spending", "les finances du canton", "los gastos del
 * concejo", the owner named beside them, not by a possessive pronoun alone); a cost ({@link
 * PolicyWords#costing}) borne by a public body or the taxpayers, or incurred by a public body's thing
 * ("cuánto le costó a la provincia", "le chantier de la région").
 * A body after a person's place or an owner's preposition ("my cousin at the ministry", "el hermano del
 * gobernador gastó") is no subject.
 *
 * A household, a shop, a club, a parish or a bank spending or owning money is none of these ("the
 * bakery's money", "el club gastó", "l'argent de la paroisse"), nor a public body charging a price
 * ("what the county charges for a fishing licence"). {@link ThemeDetector} reads each position as
 * the question language's entry for public spending ({@link PolicyWords#publicSpending}).
 */
final class PublicMoney {

  /** How many words a public owner may stand from the money it owns: modifiers, articles, possessives. */
  static final int REACH = 3;

  private final Analysis analysis;
  // each language's lists, as the readings below ask them
  private final Map<Lang, Lexicon> lexicon;
  /**
   * Per language, every word money is told by ({@link #tells}), the lists made one set once: a
   * question's words are each looked up once, not in twenty lists.
   */
  private final Map<Lang, Set<String>> telling = new EnumMap<>(Lang.class);

  PublicMoney(Analysis analysis, Map<Lang, Lexicon> lexicon) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    lexicon.forEach((lang, lex) -> telling.put(lang, PolicyWords.union(lex.money().funds(), lex.money().books(),
        lex.money().spending(), lex.money().costing(), lex.money().costNouns(), lex.money().earning(),
        lex.money().gaining(), lex.money().wages(), lex.money().receiving(), lex.money().raises(),
        lex.money().outlays(), lex.money().taxes(), lex.money().budgets(), lex.money().grants(),
        lex.money().contracts(), lex.money().levies(), lex.money().namedTaxes(), lex.money().giving(),
        lex.money().pools(), lex.money().meant(), lex.money().sums(), lex.money().voting())));
  }

  /**
   * A question read for public money: its folded tokens, per token whether it is a possessive and
   * whether punctuation stands before it, and per token whether it ends the name of a public owner or
   * spender and where that name starts (a single word, or a seat's whole name: "town hall").
   */
  private record Sentence(List<String> surface, boolean[] possessive, boolean[] clause, String[] elision, Lang lang,
      boolean[] owner, boolean[] spender, int[] head, boolean[] earner, boolean[] establishment,
      boolean[] marked) {

    /**
     * The same question with the establishments of a public service {@code served} marks read as
     * public spenders: for receiving alone (what a public school spends is read as before).
     */
    Sentence serving(boolean[] served) {
      boolean[] both = spender.clone();
      for (int i = 0; i < both.length; i++) {
        both[i] |= served[i];
      }
      return new Sentence(surface, possessive, clause, elision, lang, owner, both, head, earner, establishment, marked);
    }

    String at(int i) {
      return surface.get(i);
    }

    int size() {
      return surface.size();
    }
  }

  /**
   * The positions of the question's tokens where money is told as a public body's.
   *
   * @param surface the question's folded tokens, function words included
   * @param possessive per token, whether it is typed as a possessive ("town's")
   * @param clause per token, whether punctuation stands between it and the token before
   * @param elision per token, the letter elided before it ("l" of "l'argent"), else empty
   */
  Set<Integer> positions(List<String> surface, boolean[] possessive, boolean[] clause, String[] elision, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    if (!tells(surface, lang)) {
      return Set.of();
    }
    Sentence q = read(surface, possessive, clause, elision, lang);
    Set<Integer> out = new TreeSet<>();
    boolean itemized = itemized(q);
    for (int i = 0; i < surface.size(); i++) {
      String s = surface.get(i);
      if (itemized && itemizes(lex, s)) {
        out.add(i);
      }
      if (lex.money().funds().contains(s) && (owned(q, i) || handled(q, i) || qualified(q, i) || theirs(q, i)
          || spentBy(q, i) || managedBy(q, i))) {
        out.add(i);
      }
      if (lex.money().funds().contains(s) && staged(q, i)) {
        out.add(i);
      }
      if (lex.money().allotted().contains(s) && stagesSetApart(q, i)) {
        out.add(i);
      }
      if (lex.money().pools().contains(s) && sharedOut(q, i)) {
        out.add(i);
      }
      if (lex.money().funds().contains(s)) {
        int end = meantFor(q, i);
        if (end >= 0 && (destined(q, i, end) || followedTo(q, i)) || markedGoing(q, i)) {
          out.add(i);
        }
      } else if (lex.money().meant().contains(s) && (meantFor(q, i) >= 0 || meantBefore(q, i)) && followedTo(q, i)) {
        out.add(i);
      }
      if (lex.money().funds().contains(s) && meantBefore(q, i) && followedTo(q, i)) {
        out.add(i);
      }
      if (lex.money().levies().contains(s) && managedBy(q, i)) {
        out.add(i);
      }
      // what a body's money comes to, named as a whole, is owned as its money is ("the city's spending"),
      // its owner named beside it: a possessive pronoun alone is read on money and books only
      if (lex.money().outlays().contains(s) && ownedApart(q, i)) {
        out.add(i);
      }
      if (lex.money().budgets().contains(s) && (budgeted(q, i) || executed(q, i) || rendered(q, i))) {
        out.add(i);
      }
      if (lex.money().grants().contains(s) && !ownErrand(q, i) && (payer(q, i) || qualified(q, i) || grantedBy(q, i)
          || paidUnsaid(q, i))) {
        out.add(i);
      }
      if (lex.money().subsidies().contains(s) && handedOut(q, i)) {
        out.add(i);
      }
      // an invoice is a body's payment only where told paid: one it issues is a bill its public pays
      if (lex.money().invoices().contains(s) && (qualified(q, i) || grantedBy(q, i) || paidUnsaid(q, i))) {
        out.add(i);
      }
      if (lex.money().contracts().contains(s) && procured(q, i)) {
        out.add(i);
      }
      if (lex.money().books().contains(s) && (kept(q, i) || theirs(q, i))) {
        out.add(i);
      }
      if (lex.money().spending().contains(s) && subject(q, i)) {
        out.add(i);
      }
      if (lex.money().costing().contains(s) && costed(q, i)) {
        out.add(i);
      }
      if (lex.money().costNouns().contains(s) && costOf(q, i)) {
        out.add(i);
      }
      if (lex.money().earning().contains(s) && wageAsked(q) && earned(q, i)) {
        out.add(i);
      }
      if (lex.money().gaining().contains(s) && i > 0 && !q.clause()[i]
          && lex.money().amounts().contains(q.at(i - 1)) && earned(q, i)) {
        out.add(i);
      }
      if ((lex.money().wages().contains(s) || lex.money().raises().contains(s)) && selfGranted(q, i)) {
        out.add(i);
      }
      if (lex.money().wages().contains(s) && paidTo(q, i)) {
        out.add(i);
      }
      if (lex.money().receiving().contains(s) && !asks(q, lex.money().earners()) && received(q, i)) {
        out.add(i);
      }
      if (lex.money().taxes().contains(s) && (destined(q, piecewise(q, i), i) || befallen(q, i))) {
        out.add(i);
      }
      if (lex.money().namedTaxes().contains(s) && namedTax(q, i)) {
        out.add(i);
      }
      if (lex.money().giving().contains(s) && asks(q, lex.money().amounts()) && given(q, i)) {
        out.add(i);
      }
      if (lex.money().sums().contains(s) && announced(q, i)) {
        out.add(i);
      }
      if (lex.money().voting().contains(s) && votedAgainstPaid(q, i)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Whether the money voted or set aside at {@code i} (a word of {@link PolicyWords#enacted}, {@link
   * PolicyWords#allotted} or {@link PolicyWords#enactedPast}) and money paid, spent or received after it
   * in the question ({@link PolicyWords#spending}, {@link PolicyWords#executing}, {@link
   * PolicyWords#receiving}) are each asked as a figure ({@link #figure}: "the amount voted for the bridge
   * and what the builders were paid", "le montant adopté puis les sommes réglées", "lo que se aprobó y lo que
   * se pagó"): a public body's allocation set against what its works cost, as {@link #stagesSetApart} reads
   * the two stages side by side; no asker's own life, pastime or condition, no person speaking of theirs
   * (a speaker the subject, {@link PolicyWords#speakingSubjects}, an elided one among them: "j'ai voté"),
   * and no group or firm of its own before the vote (a firm named after it is the one paid; "what our club
   * approved and what it spent" is a club's).
   */
  private boolean votedAgainstPaid(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    if (!figure(q, i)) {
      return false;
    }
    for (int k = 0; k < q.size(); k++) {
      String s = q.at(k);
      if (lex.money().settings().contains(s) || lex.grammar().personal().contains(s) || lex.grammar().ours().contains(s)
          || lex.grammar().speakers().contains(s) || lex.money().speaking().contains(s)
          || lex.money().speaking().contains(q.elision()[k]) || k < i && lex.money().ownBodies().contains(s)) {
        return false;
      }
    }
    for (int k = i + 1; k < q.size(); k++) {
      String s = q.at(k);
      if ((lex.money().spending().contains(s) || lex.money().executing().contains(s)
          || lex.money().receiving().contains(s)) && figure(q, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb or participle of money at {@code v} is asked as a figure: a word of {@link
   * PolicyWords#amounts} or {@link PolicyWords#amountHeads} before it in its clause, at most {@value
   * #REACH} words back, with at most two content words between (who was paid, an adverb: "what the firms
   * were really paid", "combien l'entreprise a reçu").
   */
  private boolean figure(Sentence q, int v) {
    Lexicon lex = lexicon.get(q.lang());
    int content = 0;
    for (int b = v - 1; b >= 0 && b >= v - 2 * REACH && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.money().amountHeads().contains(s)) {
        return true;
      }
      if (!analysis.isStop(s) && ++content > 2) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sum at {@code i} ({@link PolicyWords#sums}) is one a public body or a holder of public
   * office announced or promised ({@link PolicyWords#announcing}, its subject read as {@link #subject}
   * reads a spender's: "the county announced six million for the harbour", "la région a promis deux
   * millions", "la provincia anunció tres millones"): the verb before the sum in its clause, only function
   * words and at most one other word (its number) between, no person's word among them (promised me);
   * the sum told as money, nothing after it but the end of its clause, a function word or a currency, a
   * preposition of belonging before none but a currency ("five million jobs", "deux millions de
   * logements" are things counted). A public sum made known is public money its public may follow.
   */
  private boolean announced(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int a = i + 1;
    if (a < q.size() && !q.clause()[a] && lex.money().owning().contains(q.at(a))) {
      a++;
      if (a >= q.size() || q.clause()[a] || !lex.money().currencies().contains(q.at(a))) {
        return false;
      }
    } else if (a < q.size() && !q.clause()[a] && !analysis.isStop(q.at(a))
        && !lex.money().currencies().contains(q.at(a))) {
      return false;
    }
    int content = 0;
    for (int b = i - 1; b >= 0 && b >= i - REACH && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.money().announcing().contains(s)) {
        return subject(q, b);
      }
      if (lex.grammar().personal().contains(s) || lex.grammar().speakers().contains(s)
          || !analysis.isStop(s) && ++content > 1) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the clause from {@code from} on names no setting of the taxes: its words are function
   * words, a public owner or a word marking a thing public ("où vont nos impôts locaux", "what are our
   * taxes used for in the city"), or, where {@code qualified}, a relative pronoun opens a clause of
   * one content word, its verb, that qualifies the taxes, the people as a whole as its subject and a
   * time phrase aside ("los tributos que pagan", "que les habitants paient chaque année"; not "que pago
   * por mi coche", "que cobra la app"). A payslip, a bill, a price or a game named
   * there is where a line of taxes is written or played ("où vont les impôts sur mon bulletin de salaire").
   */
  private boolean told(Sentence q, int from, boolean qualified) {
    Lexicon lex = lexicon.get(q.lang());
    for (int a = from; a < q.size() && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (qualified && lex.grammar().relativePronouns().contains(s)) {
        // a clause of its verb alone: who pays them, not what they are paid on or who charges them;
        // the people as a whole named as its subject and a time phrase say who and when
        int content = 0;
        for (int r = a + 1; r < q.size() && !q.clause()[r]; r++) {
          if (!analysis.isStop(q.at(r)) && !dated(lex, q.at(r)) && !lex.money().payers().contains(q.at(r))) {
            content++;
          }
        }
        return content <= 1;
      }
      if (!analysis.isStop(s) && !q.owner()[a] && !lex.money().publicMarks().contains(s) && !dated(lex, s)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a word of a time phrase ({@link PolicyWords#dates}) or a year typed in digits: it says when, not where. */
  private static boolean dated(Lexicon lex, String s) {
    if (lex.money().dates().contains(s)) {
      return true;
    }
    if (s.length() != 4) {
      return false;
    }
    for (int c = 0; c < 4; c++) {
      if (!Character.isDigit(s.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the taxes at {@code t} ({@link PolicyWords#taxes}) are asked where they go or what they
   * serve: they are the subject of a verb of {@link PolicyWords#going}, and a word of {@link
   * PolicyWords#whither} asks it, in one clause. Either the taxes come first, the verb after them
   * past function words only, and the asking word before them past function words only (right before
   * them only a word asking a place, {@link PolicyWords#whereTo}: "what taxes go up" asks which, "where
   * the taxes go" their use), the clause naming no setting after the verb
   * ({@link #told}), or the asking word right after the verb past function words ("where do our
   * taxes go", "nos impôts servent à quoi"). A clause of one verb of paying ({@link PolicyWords#paying})
   * may stand between the taxes and the verb, after a function word or the people as a whole ({@link
   * PolicyWords#thePeople}) and before a time phrase ("the taxes we pay", "the taxes residents pay every
   * year"), so may a hedge ({@link LanguagePack#hedges}: "actually"), and a time
   * phrase ({@link PolicyWords#dates}) after the verb names no setting ("last year"); or, in French and Spanish, the verb comes first,
   * right after the asking word past function words, and the taxes after it past function words and
   * at most one adverb, named by an article or a possessive ("à quoi servent nos impôts", "en qué se
   * gastan realmente los impuestos"), the clause naming no setting after them ({@link #told}). A verb
   * that goes only where a place is asked ({@link PolicyWords#goneWhere}: "fueron") is read so only
   * after a word asking where ({@link PolicyWords#whereTo}: "a dónde fueron los impuestos"). Paying, filing or raising taxes is no verb of going, and a
   * verb with a content word after it ("van a subir") or a direction ({@link PolicyWords#directions}:
   * "taxes go up") is asked no use. Taxes asked in a setting of private life, a pastime or a game
   * ({@link PolicyWords#ownLife}, {@link PolicyWords#pastimes}, {@link PolicyWords#games}) are that
   * setting's, and taxes asked under a condition ({@link PolicyWords#conditions}: "if I work abroad")
   * are where one owes them. The taxes' name runs from {@code f} to {@code t}: one word for the plural,
   * a single tax with its kind for {@link #namedTax}.
   */
  private boolean destined(Sentence q, int f, int t) {
    Lexicon lex = lexicon.get(q.lang());
    Set<String> going = lex.money().going();
    Set<String> whither = lex.money().whither();
    for (int k = 0; k < q.size(); k++) {
      if (lex.money().settings().contains(q.at(k))) {
        return false;
      }
    }
    // the taxes first: the verb after them, past a clause of paying alone that says who pays them
    // ("the taxes we pay"; a word of paying right after them is their own verb, not a clause) and the
    // adverbs of certainty a question puts before its verb (LanguagePack#hedges: "actually")
    Set<String> hedges = LanguagePack.of(q.lang()).hedges();
    int v = t + 1;
    boolean paid = false;
    boolean payers = false;
    // the people as a whole may name who pays before the verb of paying, and a time phrase say when after it
    // ("the taxes residents pay every year")
    while (v < q.size() && !q.clause()[v] && !goes(lex, q.at(v)) && (analysis.isStop(q.at(v))
        || hedges.contains(q.at(v)) || !paid && v > t + 1 && lex.money().paying().contains(q.at(v))
        || !paid && lex.money().payers().contains(q.at(v)) || paid && dated(lex, q.at(v)))) {
      paid |= lex.money().paying().contains(q.at(v));
      payers |= lex.money().payers().contains(q.at(v));
      v++;
    }
    if (v < q.size() && !q.clause()[v] && goes(lex, q.at(v)) && (paid || !payers)) {
      boolean gone = !going.contains(q.at(v));
      // a direction after a verb of going tells a rate ("taxes go up"); after one of ending up, its particle
      int after = v + 1;
      if (after < q.size() && !q.clause()[after] && lex.money().directions().contains(q.at(after))) {
        if (!gone) {
          return false;
        }
        after++;
      }
      int b = f - 1;
      while (b >= 0 && !q.clause()[b + 1] && !whither.contains(q.at(b)) && analysis.isStop(q.at(b))) {
        b--;
      }
      // right before them the asking word asks which ("what taxes go up") unless it asks a place
      // ("follow where public money goes")
      if (b >= 0 && (b < f - 1 || lex.money().whereTo().contains(q.at(b))) && !q.clause()[b + 1]
          && asking(lex, q.at(b), gone)) {
        return told(q, after, false);
      }
      int a = after;
      while (a < q.size() && !q.clause()[a] && !whither.contains(q.at(a)) && analysis.isStop(q.at(a))) {
        a++;
      }
      return a < q.size() && !q.clause()[a] && asking(lex, q.at(a), gone);
    }
    // the verb first: the taxes after it, named by a determiner, or taken piece by piece ({@link
    // #piecewise}), whose word of taking one by one stands where the determiner does
    // an article elided into the first word's own token ("l'argent") stands where the determiner does
    boolean elided = lex.grammar().articles().contains(q.elision()[f]);
    int d = elided || lex.money().eachOne().contains(q.at(f)) ? f : f - 1;
    if (lex.grammar().ownerBefore() || d < 0 || d < f && q.clause()[f] || !elided && !lex.grammar().articles().contains(q.at(d))
        && !lex.grammar().possessives().contains(q.at(d)) && !lex.money().eachOne().contains(q.at(d))) {
      return false;
    }
    int adverbs = 0;
    int b = d - 1;
    while (b >= 0 && !q.clause()[b + 1] && !goes(lex, q.at(b))
        && (analysis.isStop(q.at(b)) || adverbs++ == 0)) {
      b--;
    }
    if (b < 0 || q.clause()[b + 1] || !goes(lex, q.at(b))) {
      return false;
    }
    int w = b - 1;
    while (w >= 0 && !q.clause()[w + 1] && !whither.contains(q.at(w)) && analysis.isStop(q.at(w))) {
      w--;
    }
    return w >= 0 && !q.clause()[w + 1] && asking(lex, q.at(w), !going.contains(q.at(b))) && told(q, t + 1, true);
  }

  /**
   * Where the name of the money at {@code m} ({@link Lexicon.Money#meant}) ends when what it is meant for
   * is named right after it: past words marking it public and a participle of going or of money set aside
   * ("les fonds publics réservés aux crèches", "the funds earmarked for libraries", "les crédits votés pour les
   * ponts"), a preposition of {@link PolicyWords#destinations} or of belonging, articles, and an
   * establishment of a public service ({@link PolicyWords#establishments}), a public work ({@link
   * PolicyWords#publicWorks}), a group of the public a programme serves ({@link PolicyWords#groupsServed})
   * or a public owner, with the words marking it public after it ("the money for libraries", "los fondos de
   * las bibliotecas públicas", "el gasto previsto para ancianos"): money meant for a public service as
   * a whole, asked where it goes ({@link #destined}) or followed until it arrives ({@link #followedTo}), is
   * public money as the taxes are. Else -1; and never one's own money, a first-person possessive before
   * it ("my money for school").
   */
  private int meantFor(Sentence q, int m) {
    Lexicon lex = lexicon.get(q.lang());
    if (m > 0 && !q.clause()[m] && lex.grammar().personal().contains(q.at(m - 1))) {
      return -1;
    }
    int a = m + 1;
    while (a < q.size() && !q.clause()[a] && (lex.money().publicMarks().contains(q.at(a))
        || lex.money().going().contains(q.at(a)) || lex.money().allotted().contains(q.at(a)))) {
      a++;
    }
    if (a >= q.size() || q.clause()[a]
        || !lex.money().destinations().contains(q.at(a)) && !lex.money().owning().contains(q.at(a))) {
      return -1;
    }
    a++;
    while (a < q.size() && !q.clause()[a] && lex.grammar().articles().contains(q.at(a))) {
      a++;
    }
    if (a >= q.size() || q.clause()[a] || !purpose(q, a)) {
      return -1;
    }
    int e = a;
    while (e + 1 < q.size() && !q.clause()[e + 1] && lex.money().publicMarks().contains(q.at(e + 1))) {
      e++;
    }
    return e;
  }

  /**
   * Whether the word at {@code k} names a public purpose money may be meant for: an establishment of a
   * public service, a public work, a group of the public a programme serves, or a public owner.
   */
  private boolean purpose(Sentence q, int k) {
    Lexicon.Money money = lexicon.get(q.lang()).money();
    String s = q.at(k);
    return money.establishments().contains(s) || money.works().contains(s) || money.groups().contains(s) || q.owner()[k];
  }

  /**
   * Whether the money at {@code m} is named for a public purpose by an English compound before it: one
   * of the two words right before it, in its clause and with no function word between, is a public work
   * or an establishment ({@link #purpose}: "the bridge repair grant", "library funding", "clinic
   * money"); French and Spanish name the purpose after the money ({@link #meantFor}). Not after a
   * possessive of the asker's own ("my school money").
   */
  private boolean meantBefore(Sentence q, int m) {
    Lexicon lex = lexicon.get(q.lang());
    if (!lex.grammar().ownerBefore()) {
      return false;
    }
    for (int b = m - 1; b >= 0 && b >= m - 2 && !q.clause()[b + 1] && !analysis.isStop(q.at(b)); b--) {
      String s = q.at(b);
      if (lex.money().establishments().contains(s) || lex.money().works().contains(s)) {
        return b == 0 || q.clause()[b] || !lex.grammar().personal().contains(q.at(b - 1));
      }
    }
    return false;
  }

  /**
   * Whether the money at {@code m} is marked public by the word beside it that says whose it is ({@link
   * PolicyWords#scope}, {@link PolicyWords#divisions}: before it in English, right after it in French and
   * Spanish) and asked where it goes or what it serves, as {@link #destined} reads the taxes: "where does
   * public money go", "où va l'argent public", "a dónde va el dinero público". Money marked so is the
   * public's as a whole, as the taxes are; the setting {@link #destined} refuses (a game, a payslip, one's
   * own life) refuses it too, and one's own money ("where does my money go") is marked by no such word.
   */
  private boolean markedGoing(Sentence q, int m) {
    Set<String> marks = lexicon.get(q.lang()).money().publicMarks();
    return switch (q.lang()) {
      case EN -> m > 0 && !q.clause()[m] && marks.contains(q.at(m - 1)) && destined(q, m - 1, m);
      case FR, ES -> m + 1 < q.size() && !q.clause()[m + 1] && marks.contains(q.at(m + 1)) && destined(q, m, m + 1);
    };
  }

  /**
   * Whether the money at {@code i}, meant for a public purpose, is followed until it arrives or shown
   * in its clause: a verb of {@link Lexicon.Money#followed} (track, trace, follow, reach, arrive, show,
   * publish; "suivre", "arrive", "montrer", "publier"; "rastrear", "llega", "mostrarlo", "publicar"), in
   * a question naming no asker's own life, group or firm ({@link #unowned}): "follow the funds the county
   * gives village clinics until they reach the ward", "les fonds votés pour les ponts parviennent-ils
   * aux communes", "marcar el gasto previsto para ancianos y mostrarlo"; never the money one
   * sends one's own children's school, nor a parcel tracked.
   */
  private boolean followedTo(Sentence q, int i) {
    return inClause(q, i, lexicon.get(q.lang()).money().followed()) && unowned(q);
  }

  /**
   * Where the name of the taxes at {@code t} starts when they are taken piece by piece: a word of
   * {@link PolicyWords#eachOne}, one or two content words (the unit the money is counted in), a
   * preposition of {@link PolicyWords#belonging} and, if any, the taxes' determiner, in one clause
   * ("every dollar of our taxes", "chaque franc de nos impôts", "cada peso de los impuestos"): each
   * piece goes where the whole does, so {@link #destined} reads the phrase as it reads the taxes.
   * Else {@code t}.
   */
  private int piecewise(Sentence q, int t) {
    Lexicon lex = lexicon.get(q.lang());
    int p = t - 1;
    if (p >= 0 && !q.clause()[p + 1]
        && (lex.grammar().articles().contains(q.at(p)) || lex.grammar().possessives().contains(q.at(p)))) {
      p--;
    }
    if (p < 2 || q.clause()[p + 1] || !lex.money().owning().contains(q.at(p))) {
      return t;
    }
    for (int e = p - 2; e >= 0 && e >= p - 3; e--) {
      if (q.clause()[e + 1] || analysis.isStop(q.at(e + 1))) {
        return t;
      }
      if (lex.money().eachOne().contains(q.at(e))) {
        return e;
      }
    }
    return t;
  }

  /**
   * Whether the taxes at {@code t} are asked what became of them, which asks their use as {@link
   * #destined} reads it: a word of {@link PolicyWords#what}, a verb of {@link PolicyWords#befalling}
   * after it, then the taxes past function words ("to", "con"), named by an article or a possessive
   * that is not the asker's alone ({@link Lexicon.Grammar#personal}: "what happened to my taxes" asks
   * after one's return), the clause naming no setting after them ({@link #told}: "the taxes we pay",
   * not "the taxes on the car I sold"), and no setting of private life, a pastime, a game or a condition
   * in the question ({@link Lexicon.Money#settings}).
   */
  private boolean befallen(Sentence q, int t) {
    Lexicon lex = lexicon.get(q.lang());
    if (t < 2 || q.clause()[t] || lex.grammar().personal().contains(q.at(t - 1))
        || !lex.grammar().articles().contains(q.at(t - 1)) && !lex.grammar().possessives().contains(q.at(t - 1))
        || asks(q, lex.money().settings())) {
      return false;
    }
    int v = t - 2;
    while (v >= 0 && !q.clause()[v + 1] && analysis.isStop(q.at(v)) && !lex.money().befalling().contains(q.at(v))) {
      v--;
    }
    if (v < 1 || q.clause()[v + 1] || !lex.money().befalling().contains(q.at(v))) {
      return false;
    }
    int w = v - 1;
    while (w >= 0 && !q.clause()[w + 1] && analysis.isStop(q.at(w)) && !lex.money().what().contains(q.at(w))) {
      w--;
    }
    if (w < 0 || q.clause()[w + 1] || !lex.money().what().contains(q.at(w))) {
      return false;
    }
    // English qualifies the taxes with no relative pronoun ("the taxes we pay"): a clause of one verb of
    // paying, its subject a function word or the people as a whole, is stepped over before told reads
    int from = t + 1;
    if (lex.grammar().ownerBefore()) {
      boolean paid = false;
      int a = from;
      while (a < q.size() && !q.clause()[a] && (analysis.isStop(q.at(a)) || lex.money().payers().contains(q.at(a))
          || !paid && lex.money().paying().contains(q.at(a)))) {
        paid |= lex.money().paying().contains(q.at(a));
        a++;
      }
      from = paid ? a : from;
    }
    return told(q, from, true);
  }

  /**
   * Whether the tax in the singular at {@code i} ({@link PolicyWords#namedTaxes}) is named by its kind and
   * asked where it goes or what it serves, as {@link #destined} reads the plural taxes: the kind is a
   * word right before it in English ("the property tax"), right after it in French and Spanish,
   * or after a bare preposition of a compound's kind ({@link Lexicon.Grammar#kinds}: "la taxe foncière",
   * "la taxe de séjour", "el impuesto predial"), or after a preposition of what it falls on and an article
   * ({@link Lexicon.Money#leviedOn}: "la taxe sur les carburants", "el impuesto sobre la renta"). The kind
   * is one of a levy of the state or its public owner ({@link Lexicon.Money#taxKinds}): a tax named by no
   * kind is as often a line of a receipt, and one named by an adjective or an everyday metaphor (its
   * colour, a joke on one's own spending) is a price's or a habit's, no levy.
   */
  private boolean namedTax(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    Set<String> kinds = lex.money().taxKinds();
    if (lex.grammar().ownerBefore()) {
      return i > 0 && !q.clause()[i] && kinds.contains(q.at(i - 1)) && destined(q, i - 1, i);
    }
    int k = i + 1;
    if (k < q.size() && !q.clause()[k] && lex.money().leviedOn().contains(q.at(k))) {
      k++;
      if (k < q.size() && !q.clause()[k] && lex.grammar().articles().contains(q.at(k))) {
        k++;
      }
    } else if (k < q.size() && !q.clause()[k] && lex.grammar().kinds().contains(q.at(k))) {
      k++;
    }
    if (k >= q.size() || q.clause()[k] || !kinds.contains(q.at(k))) {
      return false;
    }
    // a kind of two words is one ("sobre bienes inmuebles", "sur la valeur ajoutée")
    if (k + 1 < q.size() && !q.clause()[k + 1] && kinds.contains(q.at(k + 1))) {
      k++;
    }
    return destined(q, i, k);
  }

  /**
   * Whether the money or the levy at {@code i} is qualified by a clause in the active voice whose verb is
   * one of managing or collecting ({@link PolicyWords#managingNow}) and whose subject is a body of public
   * power ({@link Lexicon.Money#bodies}): a relative pronoun (none needed in English), then, in French and
   * Spanish, the verb before its subject or after it, or, in English, the body then the verb, function
   * words and at most one modifier before the body ("les fonds que gère la région", "los recursos que
   * el municipio administra", "the parking fines a town levies", "the money the regional government
   * manages"). The mirror of {@link #spentBy}'s passive: as there, an end or a thing paid for named after
   * the body ({@link PolicyWords#ends}, {@link PolicyWords#exchange}: "for the parade", "por las
   * licencias") is a collection's or a price, a person or a club is no body, and one's own errand or a
   * question of one's own life, a pastime, a game or a condition is read no further.
   */
  private boolean managedBy(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int a = i + 1;
    if (a < q.size() && !q.clause()[a] && lex.grammar().relativePronouns().contains(q.at(a))) {
      a++;
    }
    int verb = -1;
    int modifiers = 0;
    int body = -1;
    for (; a < q.size() && a <= i + 2 * REACH + 1 && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (q.spender()[a] && lex.money().bodies().contains(s)) {
        body = a;
        break;
      }
      // a preposition before the body makes it no subject ("the money for the city", "l'argent de la mairie")
      if (lex.money().ends().contains(s) || lex.money().exchange().contains(s) || lex.money().owning().contains(s)) {
        return false;
      }
      if (verb < 0 && !lex.grammar().ownerBefore() && lex.money().managingNow().contains(s)) {
        verb = a;
      } else if (!analysis.isStop(s) || lex.grammar().speakers().contains(s) || lex.grammar().personal().contains(s)) {
        if (modifiers++ > 0 || lex.money().managingNow().contains(s)) {
          return false;
        }
      }
    }
    if (body < 0) {
      return false;
    }
    int after = body + 1;
    if (verb < 0) {
      while (after < q.size() && !q.clause()[after] && analysis.isStop(q.at(after))
          && !lex.money().managingNow().contains(q.at(after))) {
        after++;
      }
      if (after >= q.size() || q.clause()[after] || !lex.money().managingNow().contains(q.at(after))) {
        return false;
      }
      after++;
    }
    // an end is told by its preposition and a content word after it: a preposition ending the question
    // belongs to the verb asking the use ("what the parking fines a town levies pay for")
    boolean end = false;
    for (int b = after; b < q.size() && !q.clause()[b]; b++) {
      if (end && !analysis.isStop(q.at(b))) {
        return false;
      }
      end |= lex.money().ends().contains(q.at(b)) || lex.money().exchange().contains(q.at(b));
    }
    return free(q, q.head()[body]) && !ownErrand(q, i) && !asks(q, lex.money().settings());
  }

  /**
   * Whether the verb of giving at {@code v} ({@link PolicyWords#giving}), in a question asking an amount,
   * has a public spender as its subject ({@link #subject}) and, after it in its clause, an establishment
   * marked public ({@link #markedPublic}: "each public school") or a public body after a preposition
   * of who bears or what a thing is for, articles and {@link PolicyWords#eachOne} aside ("to each
   * municipality", "a cada provincia"): money moved between public bodies. What the state gives a
   * family, a newborn or a person is a benefit, one's own errand, and is not read.
   */
  private boolean given(Sentence q, int v) {
    Lexicon lex = lexicon.get(q.lang());
    if (!subject(q, v) || asks(q, lex.money().settings())) {
      return false;
    }
    boolean to = false;
    for (int a = v + 1; a < q.size() && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (q.marked()[a] || to && q.spender()[a]) {
        return !ownErrand(q, v);
      }
      if (lex.grammar().borneBy().contains(s) || lex.money().ends().contains(s)) {
        to = true;
      } else if (!lex.grammar().articles().contains(s) && !lex.money().eachOne().contains(s)) {
        to = false;
      }
    }
    return false;
  }

  /**
   * Whether the subsidies at {@code i} ({@link PolicyWords#subsidies}) are asked who got how much of them:
   * the question asks an amount ({@link PolicyWords#amounts}) and tells them received or collected ({@link
   * PolicyWords#receiving}, {@link PolicyWords#earning}): a public budget shared out among its recipients,
   * whoever they are (growers, bus firms, private clinics). Never one's own errand ({@link #ownErrand}), a
   * setting of one's own life, a pastime, a game or a condition ({@link Lexicon.Money#settings}), a
   * question whose speaker or his own are named ({@link Lexicon.Grammar#personal}, {@link
   * Lexicon.Grammar#ours}, {@link Lexicon.Money#speaking}: how much aid one gets is one's own claim), nor
   * subsidies from a private group or firm ({@link #privateSource}: a club's to its teams).
   */
  private boolean handedOut(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    return asks(q, lex.money().amounts()) && (asks(q, lex.money().receiving()) || asks(q, lex.money().earning()))
        && !ownErrand(q, i) && !asks(q, lex.money().settings()) && !asks(q, lex.grammar().personal())
        && !asks(q, lex.grammar().ours()) && !asks(q, lex.money().speaking()) && !privateSource(q);
  }

  /**
   * Whether a group or firm with money of its own ({@link Lexicon.Money#ownBodies}) stands right after a
   * preposition of belonging or source, articles aside ("from the club", "de la fondation", "de la
   * empresa"): what it hands out is its own money.
   */
  private boolean privateSource(Sentence q) {
    Lexicon lex = lexicon.get(q.lang());
    for (int a = 0; a + 1 < q.size(); a++) {
      if (!lex.money().owning().contains(q.at(a))) {
        continue;
      }
      int b = a + 1;
      while (b < q.size() && !q.clause()[b] && lex.grammar().articles().contains(q.at(b))) {
        b++;
      }
      if (b < q.size() && !q.clause()[b] && lex.money().ownBodies().contains(q.at(b))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is a verb of going ({@link PolicyWords#going}) or one that goes only where asked ({@link PolicyWords#goneWhere}). */
  private static boolean goes(Lexicon lex, String s) {
    return lex.money().going().contains(s) || lex.money().goneWhere().contains(s);
  }

  /**
   * Whether {@code s} asks the use of the taxes ({@link PolicyWords#whither}); for a verb that goes only
   * where asked ({@code gone}: "fueron"), whether it asks a place ({@link PolicyWords#whereTo}).
   */
  private static boolean asking(Lexicon lex, String s, boolean gone) {
    return gone ? lex.money().whereTo().contains(s) : lex.money().whither().contains(s);
  }

  /**
   * Whether some token is a word money is told by (funds, books, outlays, budgets, spending, costing): most questions
   * hold none, and need not have their owners, spenders and seats read.
   */
  private boolean tells(List<String> surface, Lang lang) {
    Set<String> words = telling.get(lang);
    for (String s : surface) {
      if (words.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The question's public owners and spenders: single words, and seats named whole ("city hall"). */
  private Sentence read(List<String> surface, boolean[] possessive, boolean[] clause, String[] elision, Lang lang) {
    Lexicon lex = lexicon.get(lang);
    int n = surface.size();
    boolean[] owner = new boolean[n];
    boolean[] spender = new boolean[n];
    boolean[] earner = new boolean[n];
    boolean[] establishment = new boolean[n];
    boolean[] marked = new boolean[n];
    int[] head = new int[n];
    for (int i = 0; i < n; i++) {
      String s = surface.get(i);
      owner[i] = lex.money().owners().contains(s) || lex.money().levies().contains(s);
      establishment[i] = lex.money().establishments().contains(s) && !complement(surface, clause, lang, i);
      spender[i] = lex.money().spenders().contains(s);
      marked[i] = establishment[i] && markedPublic(surface, clause, lang, i);
      earner[i] = lex.money().earners().contains(s);
      head[i] = i;
    }
    switch (lang) {
      case EN -> { }
      // French and Spanish put the adjective after the noun: the establishment's name ends on it
      // ("l'hôpital départemental", "la biblioteca municipal"), as a seat's name ends on its last word
      case FR, ES -> {
        for (int i = n - 2; i >= 0; i--) {
          if (establishment[i] && !clause[i + 1] && !spender[i + 1] && !analysis.isStop(surface.get(i + 1))) {
            establishment[i + 1] = true;
            marked[i + 1] = marked[i];
            head[i + 1] = i;
          }
        }
      }
    }
    for (List<String> seat : lex.publicLife().seats()) {
      for (int end = seat.size() - 1; end < n; end++) {
        int start = end - seat.size() + 1;
        if (seatAt(seat, surface, clause, start)) {
          owner[end] = true;
          spender[end] = true;
          head[end] = start;
        }
      }
    }
    return new Sentence(surface, possessive, clause, elision, lang, owner, spender, head, earner, establishment, marked);
  }

  /**
   * Whether the receiving verb at {@code v} tells money moved between public bodies: where a public
   * body is named as its source, its subject is a public spender or any establishment of a public
   * service (a hospital receiving from a ministry); otherwise, where the question asks the amount
   * (not received for a thing sold) or money is the verb's object, its subject is a public spender or
   * an establishment marked public (a hospital said to be a district's or a town's) or taken one by one
   * ({@link #sharing}: "how much each school gets") where nothing but a public source follows the verb
   * ({@link #bare}: not "from the raffle").
   */
  private boolean received(Sentence q, int v) {
    if (fromPublic(q, v)) {
      return subject(q.serving(q.establishment()), v);
    }
    boolean asked = asks(q, lexicon.get(q.lang()).money().amounts()) && !sold(q, v) || funded(q, v);
    return asked && (subject(q.serving(q.marked()), v) || bare(q, v) && subject(q.serving(sharing(q)), v));
  }

  /**
   * Whether the clause of the verb at {@code v} names nothing after it but an establishment, public
   * owners, marks of the public and dates, function words aside: what an establishment taken one by one
   * receives from a raffle or for a fête ("cuánto recibe cada escuela de la rifa") is that event's money.
   */
  private boolean bare(Sentence q, int v) {
    Lexicon lex = lexicon.get(q.lang());
    for (int a = v + 1; a < q.size() && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (!analysis.isStop(s) && !q.establishment()[a] && !q.owner()[a] && !lex.money().publicMarks().contains(s)
          && !lex.money().eachOne().contains(s) && !lex.money().funds().contains(s) && !dated(lex, s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Per token, whether it is an establishment of a public service marked public ({@link #markedPublic})
   * or taken one by one as a class, right after a word of {@link PolicyWords#eachOne} ("each school",
   * "chaque dispensaire", "cada escuela"): what each establishment of a service receives is the share a
   * public budget gives the class, as a district's school's is; one school named alone may be anyone's,
   * and so are the schools where an asker's own life, group or firm is named ({@link #unowned}: what
   * each school gets from the parents' association).
   */
  private boolean[] sharing(Sentence q) {
    if (!unowned(q)) {
      return q.marked();
    }
    Set<String> each = lexicon.get(q.lang()).money().eachOne();
    boolean[] out = q.marked().clone();
    for (int i = 0; i < out.length; i++) {
      int h = q.head()[i];
      out[i] |= q.establishment()[i] && h > 0 && !q.clause()[h] && each.contains(q.at(h - 1));
    }
    return out;
  }

  /**
   * Whether the word at {@code i} follows a preposition of belonging or of kind, articles aside, in its
   * clause: the establishment it names is then whose or what kind another thing is (a public
   * school's director, the director of a public hospital), not the subject of a verb.
   */
  private boolean complement(List<String> surface, boolean[] clause, Lang lang, int i) {
    Lexicon lex = lexicon.get(lang);
    for (int b = i - 1; b >= 0 && !clause[b + 1]; b--) {
      String s = surface.get(b);
      if (lex.money().owning().contains(s) || lex.grammar().kinds().contains(s)) {
        return true;
      }
      if (!lex.grammar().articles().contains(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the establishment of a public service at {@code i} is marked public beside it, in its
   * clause: in English a word of scope or a division right before it ("the public hospital", "the
   * district school"), in French and Spanish one right after it or after a preposition of belonging
   * and its articles ("l'école publique", "la escuela del pueblo").
   */
  private boolean markedPublic(List<String> surface, boolean[] clause, Lang lang, int i) {
    Lexicon lex = lexicon.get(lang);
    Set<String> marks = lex.money().publicMarks();
    return switch (lang) {
      case EN -> i > 0 && !clause[i] && marks.contains(surface.get(i - 1));
      case FR, ES -> {
        int a = i + 1;
        if (a < surface.size() && !clause[a] && lex.money().owning().contains(surface.get(a))) {
          a++;
          while (a < surface.size() && !clause[a] && lex.grammar().articles().contains(surface.get(a))) {
            a++;
          }
        }
        yield a > i && a < surface.size() && !clause[a] && marks.contains(surface.get(a));
      }
    };
  }

  /**
   * Whether the receiving verb at {@code v} has money for its object: the first word after it that is
   * no stop word, in its clause, is a word of {@link PolicyWords#funds} ("received no money", "a reçu
   * moins de fonds", "recibió menos fondos"): what a body receives is then money, not its public.
   */
  private boolean funded(Sentence q, int v) {
    Lexicon lex = lexicon.get(q.lang());
    for (int a = v + 1; a < q.size() && a <= v + REACH && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (lex.money().funds().contains(s)) {
        return true;
      }
      if (!analysis.isStop(s) || lex.money().owning().contains(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the seat's whole name ("town hall", "hôtel de ville") is typed at {@code start}, its words
   * in one clause: the one reader of a seat named whole, for public money and public records alike.
   */
  static boolean seatAt(List<String> seat, List<String> surface, boolean[] clause, int start) {
    for (int k = 0; k < seat.size(); k++) {
      if (!seat.get(k).equals(surface.get(start + k)) || k > 0 && clause[start + k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the money at {@code i} has a public owner before it (English) or after a preposition of belonging. */
  private boolean owned(Sentence q, int i) {
    return ownerOf(q, i, q.owner()) >= 0;
  }

  /**
   * Whether the outlay at {@code i} ({@link PolicyWords#outlays}) has a public owner typed apart from
   * it, as a possessive or after a preposition of belonging ("the state's spending", "les dépenses du
   * département"): an English compound of a public owner and an outlay ("government spending", "state
   * expenditure") is the field's own term, which the thesaurus names and finds by itself.
   */
  private boolean ownedApart(Sentence q, int i) {
    boolean compound = lexicon.get(q.lang()).grammar().ownerBefore() && i > 0 && !q.clause()[i]
        && q.owner()[i - 1] && !q.possessive()[i - 1];
    return !compound && owned(q, i);
  }

  /**
   * Whether the payments or grants at {@code i} ({@link PolicyWords#grants}) have a public body as
   * their payer, named as their owner ({@link #ownerOf}: "the state's payments", "government grants",
   * "les paiements de l'État", "los pagos del gobierno"): a body, not a holder of public office (a
   * mayor's payments may be his own) nor a prerogative or a levy ("les paiements de la taxe foncière"
   * are what a resident pays).
   */
  private boolean payer(Sentence q, int i) {
    int h = ownerOf(q, i, q.spender());
    if (h < 0) {
      // a body right after the preposition, its articles aside: some bodies' names are also function
      // words of another language ("gouvernement"), which ownerOf steps over
      Lexicon lex = lexicon.get(q.lang());
      int a = i + 1;
      if (a < q.size() && !q.clause()[a] && lex.money().owning().contains(q.at(a))) {
        a++;
        while (a < q.size() && !q.clause()[a] && lex.grammar().articles().contains(q.at(a))) {
          a++;
        }
        h = a < q.size() && !q.clause()[a] && q.spender()[a] ? a : -1;
      }
    }
    return h >= 0 && !q.earner()[h];
  }

  /**
   * Whether the contracts at {@code i} ({@link PolicyWords#contracts}) are what a public body buys:
   * the money they cost told in the question ({@link Lexicon.Money#paid}: "how much it paid",
   * "cuánto se pagó", "les sommes payées"; a body's contracts alone are its papers, asked to be seen),
   * and the body named as their party as a payer is named for {@link #payer} ("the state's contracts",
   * "los contratos del municipio"), as the subject of the clause qualifying them ("the contracts the city
   * hall signed") or as the agent of the passive ("les contrats signés par la mairie"); never one's own
   * errand ({@link #ownErrand}: "the government's contracts with my firm"), a contract of work ({@link
   * PolicyWords#labour}: "the city's contracts for summer jobs") or a question of one's own life, a
   * pastime, a game or a condition ({@link Lexicon.Money#settings}).
   */
  private boolean procured(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    return asks(q, lex.money().paid()) && !asks(q, lex.money().labour()) && !asks(q, lex.money().settings())
        && !ownErrand(q, i) && !paying(q, i) && (payer(q, i) || qualified(q, i) || grantedBy(q, i));
  }

  /**
   * Whether the contracts at {@code i} are what pays, or their holders what earns ({@link
   * PolicyWords#payingPlural}): "how much do the town's contracts pay", "combien paient les contrats",
   * "cuánto pagan los contratos de verano": what a post pays whoever fills it, a job seeker's or a
   * worker's own errand. French and Spanish put
   * the plural verb before or after its subject, so a plural form anywhere is read as the contracts'
   * unless a public body named in the plural could be what pays ("los municipios pagan"); English
   * reads its plain form after the contracts in their clause, no body or pronoun between them (not
   * "which contracts did the city pay for", "how much did the ministry pay under its contracts").
   */
  private boolean paying(Sentence q, int i) {
    Set<String> plural = lexicon.get(q.lang()).money().payingPlural();
    boolean verbAnywhere = switch (q.lang()) {
      case EN -> false; // the plain form after the contracts, in their clause
      case FR, ES -> true; // the plural verb before or after its subject
    };
    if (!verbAnywhere) {
      for (int k = i + 1; k < q.size() && !q.clause()[k]; k++) {
        if (plural.contains(q.at(k))) {
          return true;
        }
        if (q.spender()[k] || lexicon.get(q.lang()).grammar().thirdPersons().contains(q.at(k))) {
          return false;
        }
      }
      return false;
    }
    boolean pays = false;
    for (int k = 0; k < q.size(); k++) {
      String s = q.at(k);
      pays |= plural.contains(s);
      if (q.spender()[k] && (s.endsWith("s") || s.endsWith("x"))) {
        return false;
      }
    }
    return pays;
  }

  /**
   * Whether a possessive of the first person singular ({@link Lexicon.Grammar#personal}) stands after
   * the payments or grants at {@code i}, in their clause: what a public body pays to my pension or
   * grants for my car is one's own errand, as a budget "para mi visado" is ({@link #budgeted}).
   */
  private boolean ownErrand(Sentence q, int i) {
    Set<String> personal = lexicon.get(q.lang()).grammar().personal();
    for (int a = i + 1; a < q.size() && !q.clause()[a]; a++) {
      if (personal.contains(q.at(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the money at {@code i} is told in the passive with a body of public power as the agent of
   * spending, using or receiving it ("the money spent by the council", "l'argent dépensé par le
   * département", "el dinero gastado por la provincia"): the participle right after the money, past
   * stop words, is one of {@link PolicyWords#spending}, {@link PolicyWords#handling}, {@link
   * PolicyWords#receiving} or {@link PolicyWords#managing} ("les fonds gérés par la région"), and the
   * agent {@link #grantedBy} reads is a body ({@link Lexicon.Money#bodies}), not an office (a club's
   * president). Money raised, collected or given by a village or an embassy is as often a fête's or a
   * fair's: a participle of managing or collecting is read only with no end named after the body ({@link
   * PolicyWords#ends}: "for the church roof"); never one's own errand ({@link #ownErrand}:
   * money received by the state for my visa) nor in a question of one's own life, a pastime, a game or
   * a condition ({@link Lexicon.Money#settings}).
   */
  private boolean spentBy(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int v = i + 1;
    while (v < q.size() && !q.clause()[v] && analysis.isStop(q.at(v))) {
      v++;
    }
    if (v >= q.size() || q.clause()[v] || !(lex.money().spending().contains(q.at(v))
        || lex.money().handling().contains(q.at(v)) || lex.money().receiving().contains(q.at(v))
        || lex.money().managing().contains(q.at(v)))) {
      return false;
    }
    int a = v + 1;
    if (a >= q.size() || q.clause()[a] || !lex.money().agents().contains(q.at(a)) || !grantedBy(q, i)) {
      return false;
    }
    boolean body = false;
    int b = a + 1;
    for (; b < q.size() && b <= a + REACH && !q.clause()[b] && !body; b++) {
      body = q.spender()[b] && lex.money().bodies().contains(q.at(b));
    }
    // money a body manages or collects for a named end is a collection's (a fête's, a roof's, a trip's):
    // a body's own money is told with no end after its name
    if (body && lex.money().managing().contains(q.at(v))) {
      for (; b < q.size() && !q.clause()[b]; b++) {
        if (lex.money().ends().contains(q.at(b))) {
          return false;
        }
      }
    }
    return body && !ownErrand(q, i) && !asks(q, lex.money().settings());
  }

  /**
   * Whether the payments or grants at {@code i} are told in the passive with a public body as the
   * agent, in their clause: at most one participle after them, a preposition of {@link
   * PolicyWords#agents}, then the body past stop words and at most one modifier ("subsidies awarded by
   * the national government", "les subventions versées par la région", "las ayudas otorgadas por la
   * junta"); a body, not a holder of public office.
   */
  private boolean grantedBy(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int a = i + 1;
    int participles = 0;
    while (a < q.size() && a <= i + REACH && !q.clause()[a] && !lex.money().agents().contains(q.at(a))) {
      if (!analysis.isStop(q.at(a)) && participles++ > 0) {
        return false;
      }
      a++;
    }
    if (a >= q.size() || a > i + REACH || q.clause()[a] || !lex.money().agents().contains(q.at(a))) {
      return false;
    }
    int modifiers = 0;
    for (int b = a + 1; b < q.size() && b <= a + REACH && !q.clause()[b]; b++) {
      if (q.spender()[b]) {
        return !q.earner()[b];
      }
      if (!analysis.isStop(q.at(b)) && modifiers++ > 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the payments at {@code i} are told paid by a participle of spending right after them, its
   * agent left unsaid, in a question that opens with a public body, which the participle's agent stands
   * for as a pronoun would ({@link #opens}: "la commune publie chaque facture payée", "el municipio
   * publica cada factura pagada"); an agent named after it is read by {@link #grantedBy}.
   */
  private boolean paidUnsaid(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int v = i + 1;
    if (v >= q.size() || q.clause()[v] || !lex.money().spending().contains(q.at(v))) {
      return false;
    }
    return (v + 1 >= q.size() || q.clause()[v + 1] || !lex.money().agents().contains(q.at(v + 1))) && opens(q, i);
  }

  /**
   * Whether the budget at {@code i} ({@link PolicyWords#budgets}) is a body of public power's, named
   * apart from it as {@link #ownedApart} reads an outlay's owner ("the police's budget", "le budget de
   * l'armée", "el presupuesto de la provincia"): not a prerogative of the state, which names what one
   * budgets for ("le budget des impôts de ma famille"); an office, not a body of {@link
   * Lexicon.Money#bodies} nor a seat named whole, with no complement of belonging after it unless that
   * names a public body ("el presupuesto del congreso de odontología" is a conference's, "the budget of
   * the president of our club" a club's); the first owner named ({@link #nextTo}), in English not the
   * modifier of a noun after it ("the embassy party"); with no possessive of the first person singular
   * after it ("para mi visado": one's errand); and not in a question of one's own life, a pastime, a
   * game or a condition ({@link Lexicon.Money#settings}: "le budget de la mairie pour le mariage de ma
   * fille").
   */
  private boolean budgeted(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    if (asks(q, lex.money().settings())) {
      return false;
    }
    boolean compound = lex.grammar().ownerBefore() && i > 0 && !q.clause()[i] && q.owner()[i - 1]
        && !q.possessive()[i - 1];
    int h = compound ? -1 : ownerOf(q, i, q.owner());
    if (h < 0 || !q.spender()[h] || !nextTo(q, i, h)) {
      return false;
    }
    // English puts a modifier before its noun: "the budget of the embassy party" is the party's
    if (lex.grammar().ownerBefore() && h > i && h + 1 < q.size() && !q.clause()[h + 1]
        && !analysis.isStop(q.at(h + 1))) {
      return false;
    }
    // what one's own errand costs at that body ("el presupuesto de la embajada para mi visado")
    for (int a = h + 1; a < q.size() && !q.clause()[a]; a++) {
      if (lex.grammar().personal().contains(q.at(a))) {
        return false;
      }
    }
    return lex.money().bodies().contains(q.at(h)) || q.head()[h] != h || publicly(q, h);
  }

  /**
   * Whether the budget at {@code i} is told as voted ({@link #voted}) and set against money spent in
   * the same question (a verb of {@link PolicyWords#spending} or an outlay of {@link PolicyWords#outlays}
   * anywhere but on the budget): the budget passed against its execution, a public body's cycle, where
   * no asker's own life, pastime or condition is named ({@link Lexicon.Money#settings}), no group or firm
   * that votes a budget of its own ({@link Lexicon.Money#ownBodies}: a club, an association) and no person
   * speaks of theirs ({@link Lexicon.Grammar#personal}, {@link Lexicon.Grammar#ours}, {@link
   * Lexicon.Grammar#speakers}: what we set aside and spent is a household's). Or the budget's two
   * stages told apart in its clause, wherever they stand: voted or set aside ({@link
   * Lexicon.Money#allotted}) and executed ({@link PolicyWords#executing}), as a comparison puts them
   * ("cotejar lo votado con lo efectivamente ejecutado del gasto"), with no owner of its own named
   * as above: the budget voted and executed is a public body's cycle, as {@link #staged} reads money.
   */
  private boolean executed(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    if (!unowned(q)) {
      return false;
    }
    if (!voted(q, i)) {
      return inClause(q, i, lex.money().allotted()) && inClause(q, i, lex.money().executing());
    }
    for (int k = 0; k < q.size(); k++) {
      if (k != i && (lex.money().spending().contains(q.at(k)) || lex.money().outlays().contains(q.at(k))
          || lex.money().executing().contains(q.at(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the money at {@code i} is told at two stages of a budget in its clause, at most {@value
   * #REACH} words either side: voted or set aside ({@link Lexicon.Money#allotted}), and executed
   * ({@link PolicyWords#executing}) — "credits voted against credits executed", "lo aprobado
   * frente a lo pagado" — with no asker's own life, group or firm named, as {@link #executed}
   * reads a budget.
   */
  private boolean staged(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    return near(q, i, lex.money().allotted()) && near(q, i, lex.money().executing()) && unowned(q);
  }

  /**
   * Whether the question tells money item by item: a word taken part after part, the same word on both
   * sides of a preposition of {@link PolicyWords#itemizing} in one clause, where that word is a line or a
   * period of an account ({@link PolicyWords#lineItems}: "line by line", "poste par poste", "mes a mes"),
   * an establishment of a public service ("hospital by hospital", "école par école") or a public owner
   * ("region by region", "provincia por provincia"); with no asker's own life, group or firm named
   * ({@link #unowned}: my bank statement month by month, a club's accounts line by line) and no money
   * handed out by a group or firm of its own ({@link #privateSource}). Money so told, its owner unsaid, is
   * the public's accounts shown in detail; the reading is placed on every word of money ({@link #itemizes}).
   */
  private boolean itemized(Sentence q) {
    Lexicon lex = lexicon.get(q.lang());
    for (int k = 0; k + 2 < q.size(); k++) {
      String s = q.at(k);
      if (q.clause()[k + 1] || q.clause()[k + 2] || !s.equals(q.at(k + 2))
          || !lex.money().itemizing().contains(q.at(k + 1))) {
        continue;
      }
      if (lex.money().lineItems().contains(s) || lex.money().establishments().contains(s) || q.owner()[k]) {
        return unowned(q) && !privateSource(q);
      }
    }
    return false;
  }

  /**
   * Whether {@code s} names money a body's accounts show item by item: money, an outlay, a budget, its
   * books, a payment or grant, an invoice, or a word of spending ("funds", "dépenses", "gasto").
   */
  private static boolean itemizes(Lexicon lex, String s) {
    Lexicon.Money m = lex.money();
    return m.funds().contains(s) || m.outlays().contains(s) || m.budgets().contains(s) || m.books().contains(s)
        || m.grants().contains(s) || m.invoices().contains(s) || m.spending().contains(s);
  }

  /**
   * Whether the participle of money voted or set aside at {@code i} ({@link Lexicon.Money#allotted}) is set
   * against a participle of money spent or executed after it in its clause ({@link PolicyWords#spending},
   * {@link PolicyWords#executing}), with function words and at most one other word between, the two
   * stages named with no money word ("lo asignado frente a lo gastado", "ce qui était prévu et ce qui a
   * été dépensé"): a budget's allocation set against its execution, as {@link #staged} reads it beside
   * money, where no asker's own life, group or firm is named ({@link #unowned}: what I planned for the trip).
   */
  private boolean stagesSetApart(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int content = 0;
    for (int a = i + 1; a < q.size() && a <= i + 2 * REACH && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (lex.money().spending().contains(s) || lex.money().executing().contains(s)) {
        return unowned(q);
      }
      if (!analysis.isStop(s) && ++content > 1) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the budget at {@code i} is made over for other readers: a word of {@link
   * PolicyWords#renditions} before it in its clause, at most {@value #REACH} content words between ("a
   * readable summary of the budget", "un résumé lisible du budget", "una versión fácil de leer del
   * presupuesto"), where no asker's own life, group or firm is named ({@link #unowned}: a summary of my
   * budget, the guide to a club's budget), and, where English puts a modifier before its noun, no content
   * word right after the budget (a budget spreadsheet is a template) nor a possessive before it that names
   * no public owner (a film's budget, a festival's). A budget rewritten for its public is a public body's.
   */
  private boolean rendered(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    if (lex.grammar().ownerBefore() && i + 1 < q.size() && !q.clause()[i + 1] && !analysis.isStop(q.at(i + 1))) {
      return false;
    }
    if (i > 0 && !q.clause()[i] && q.possessive()[i - 1] && !q.owner()[i - 1]) {
      return false;
    }
    Set<String> renditions = lex.money().renditions();
    int content = 0;
    for (int b = i - 1; b >= 0 && !q.clause()[b + 1]; b--) {
      if (renditions.contains(q.at(b))) {
        return unowned(q);
      }
      if (!analysis.isStop(q.at(b)) && ++content > REACH) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the question names no asker's own life, pastime or condition ({@link Lexicon.Money#settings}),
   * no group or firm with money of its own ({@link Lexicon.Money#ownBodies}) and no person speaking of
   * theirs ({@link Lexicon.Grammar#personal}, {@link Lexicon.Grammar#ours}, {@link Lexicon.Grammar#speakers}).
   */
  private boolean unowned(Sentence q) {
    return unowned(q, -1);
  }

  /**
   * {@link #unowned}, the word at {@code thing} aside for the settings of one's own life: a building a
   * scope word marks public (the regional stadium) is the public's, no pastime of the asker's.
   */
  private boolean unowned(Sentence q, int thing) {
    Lexicon lex = lexicon.get(q.lang());
    for (int i = 0; i < q.size(); i++) {
      if (i != thing && lex.money().settings().contains(q.at(i))) {
        return false;
      }
    }
    return !asks(q, lex.money().ownBodies()) && !asks(q, lex.grammar().personal())
        && !asks(q, lex.grammar().ours()) && !asks(q, lex.grammar().speakers());
  }

  /**
   * Whether the fund at {@code i} ({@link PolicyWords#pools}) is named for a calamity the state answers
   * ({@link PolicyWords#calamities}) at most {@value #REACH} words from it in its clause, and the
   * question tells money shared out ({@link PolicyWords#sharingOut}): relief handed to those struck
   * ("after the storm the relief money went out to the districts", "le fonds de secours a été distribué",
   * "el fondo de socorro se distribuyó"), with no asker's own life, group or firm named, as {@link #staged} reads.
   */
  private boolean sharedOut(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    return near(q, i, lex.money().calamities()) && asks(q, lex.money().sharingOut()) && unowned(q);
  }

  /** Whether a word of {@code words} stands in the clause of {@code i}, anywhere but at {@code i}. */
  private static boolean inClause(Sentence q, int i, Set<String> words) {
    for (int k = QuestionCompiler.clauseStart(q.clause(), i); k < q.size() && (k <= i || !q.clause()[k]); k++) {
      if (k != i && words.contains(q.at(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code words} stands at most {@value #REACH} words from {@code i}, in its clause. */
  private static boolean near(Sentence q, int i, Set<String> words) {
    for (int a = i + 1; a < q.size() && a <= i + REACH && !q.clause()[a]; a++) {
      if (words.contains(q.at(a))) {
        return true;
      }
    }
    for (int b = i - 1; b >= 0 && b >= i - REACH && !q.clause()[b + 1]; b--) {
      if (words.contains(q.at(b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a participle of {@link PolicyWords#enacted} stands beside the budget at {@code i} in its
   * clause: right after it, or before it with only function words between ("the voted budget", "what
   * was passed in the budget", "le budget voté", "lo votado en los presupuestos").
   */
  private boolean voted(Sentence q, int i) {
    Set<String> enacted = lexicon.get(q.lang()).money().enacted();
    if (i + 1 < q.size() && !q.clause()[i + 1] && enacted.contains(q.at(i + 1))) {
      return true;
    }
    for (int b = i - 1; b >= 0 && b >= i - REACH && !q.clause()[b + 1]; b--) {
      if (enacted.contains(q.at(b))) {
        return true;
      }
      if (!analysis.isStop(q.at(b))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the owner ending at {@code h} is named right beside the thing at {@code i}, only function
   * words (a preposition of belonging, an article, a possessive's mark) between: the first owner
   * named, not one that owns a further thing ("le budget du film de l'armée" is the film's).
   */
  private boolean nextTo(Sentence q, int i, int h) {
    int from = h < i ? h + 1 : i + 1;
    int to = h < i ? i : q.head()[h];
    for (int a = from; a < to; a++) {
      if (!analysis.isStop(q.at(a))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the pay at {@code i} is a holder's of public office, held in public life ({@link
   * #publicly}): the holder where {@link #owned} finds a public owner ("the governor's salary",
   * "le salaire du maire", "el sueldo del alcalde", "the mayor's allowance"), not a nurse's or a
   * boss's, nor the president's of a club.
   */
  private boolean paidTo(Sentence q, int i) {
    int h = ownerOf(q, i, q.earner());
    return h >= 0 && publicly(q, h);
  }

  /**
   * Where the owner of the thing at {@code i} stands, an owner being a word {@code owners} marks: a
   * compound word or a possessive before it (English), or the first content word after a
   * preposition of belonging, or one a further such preposition joins to it; -1 if none.
   */
  private int ownerOf(Sentence q, int i, boolean[] owners) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    if (lex.grammar().ownerBefore()) {
      // "ministry money", "the province's money", "the province's road money"
      if (i > 0 && !q.clause()[i] && owners[i - 1]) {
        return i - 1;
      }
      for (int b = i - 1; b >= 0 && b >= i - REACH && !q.clause()[b + 1]; b--) {
        String s = q.at(b);
        if (q.possessive()[b]) {
          return owners[b] ? b : -1;
        }
        if (analysis.isStop(s) && !s.equals("s")) {
          break;
        }
      }
    }
    int p = i + 1;
    // French and Spanish put an adjective after its noun: one may stand between the thing and the
    // preposition ("les crédits réservés de la région", "los fondos propios de la provincia")
    if (!lex.grammar().ownerBefore() && p + 1 < q.size() && !q.clause()[p] && !q.clause()[p + 1]
        && !analysis.isStop(q.at(p)) && !owners[p] && !lex.money().owning().contains(q.at(p))
        && lex.money().owning().contains(q.at(p + 1))) {
      p++;
    }
    if (p >= q.size() || q.clause()[p] || !lex.money().owning().contains(q.at(p))) {
      return -1;
    }
    // the first content word after it, or one a preposition of belonging joins to it ("l'argent du
    // syndicat des communes"), not one further on ("l'argent du gaz dans la région"); in English, whose
    // compounds end on their head, also the word right after the first ("the money from road tolls");
    // an owner right after the preposition, articles aside, even where its name is also a function
    // word or filler of the question ("gouvernement", "gobierno": "l'argent du gouvernement")
    boolean joinedOn = true;
    boolean first = true;
    for (int a = p + 1; a < q.size() && a <= p + 2 * REACH && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (lex.money().owning().contains(s)) {
        joinedOn = true;
        continue;
      }
      if (first && owners[a] && !lex.grammar().articles().contains(s)) {
        return a;
      }
      if (analysis.isStop(s)) {
        first &= lex.grammar().articles().contains(s);
        continue;
      }
      first = false;
      if (!joinedOn) {
        return -1;
      }
      if (owners[a]) {
        return a;
      }
      if (lex.grammar().ownerBefore() && a + 1 < q.size() && !q.clause()[a + 1] && owners[a + 1]
          && !analysis.isStop(q.at(a + 1))) {
        return a + 1;
      }
      joinedOn = false;
    }
    return -1;
  }

  /**
   * Whether the pay or the rise at {@code i} is one holders of public office give themselves: in its
   * clause a word of {@link PolicyWords#selves} ("themselves", "their own", "se", "propios"), in
   * Spanish the reflexive joined to an infinitive ({@link #joinedReflexive}), or, beside a rise (a noun
   * of {@link PolicyWords#raises} or a verb of {@link PolicyWords#raising}), a possessive of the third
   * person right before the pay (holders raising their pay raise their own),
   * and, before it, as the first holder named, a holder of public office held in public life ({@link
   * #publicly}) or a public body (its members acting as one): a raise one's boss gives, or a holder's
   * pay named without it, is read elsewhere or not at all.
   */
  private boolean selfGranted(Sentence q, int i) {
    Lexicon lex = lexicon.get(q.lang());
    int start = QuestionCompiler.clauseStart(q.clause(), i);
    boolean self = false;
    boolean rise = false;
    boolean theirPay = false;
    int holder = -1;
    for (int k = start; k < q.size() && (k == start || !q.clause()[k]); k++) {
      String s = q.at(k);
      self |= lex.money().selves().contains(s) || joinedReflexive(q.lang(), s);
      rise |= lex.money().raises().contains(s) || lex.money().raising().contains(s);
      theirPay |= lex.grammar().theirs().contains(s) && k + 1 < q.size() && !q.clause()[k + 1]
          && lex.money().wages().contains(q.at(k + 1));
      if (k < i && holder < 0 && (q.earner()[k] || q.spender()[k])) {
        holder = k;
      }
    }
    return (self || rise && theirPay) && holder >= 0 && (!q.earner()[holder] || publicly(q, holder));
  }

  /**
   * Whether {@code word} is an infinitive with the reflexive pronoun joined to it: Spanish writes the
   * pronoun after the infinitive as one word ("aumentarse", "subirse"); English and French never do.
   */
  private static boolean joinedReflexive(Lang lang, String word) {
    return switch (lang) {
      case EN, FR -> false;
      case ES -> word.length() > 6 && word.endsWith("se")
          && (word.endsWith("arse") || word.endsWith("erse") || word.endsWith("irse"));
    };
  }

  /**
   * Whether the books at {@code i} are a public body's: its owner right after them, an article or a
   * preposition of belonging between ("les comptes du département", "las cuentas de la gobernación"),
   * or, in English, typed as a possessive right before them ("the council's accounts"); a word between
   * ("the city's twitter accounts") tells other accounts, unless it tells the books' period or kind
   * ({@link #period}: "the county's annual accounts", "les comptes annuels du département"); or books a word
   * of scope or a division marks public beside them, as {@link #markedPublic} reads an establishment
   * ("the municipal accounts", "les comptes municipaux", "las cuentas regionales"), where no asker's own
   * life, group or firm is named ({@link #unowned}: our parish accounts are a church's).
   */
  private boolean kept(Sentence q, int i) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    if (markedPublic(q.surface(), q.clause(), lang, i) && unowned(q)) {
      return true;
    }
    int o = period(q, i - 1) ? i - 2 : i - 1;
    if (lex.grammar().ownerBefore() && o >= 0 && !q.clause()[o + 1] && !q.clause()[i] && q.possessive()[o]
        && q.owner()[o]) {
      return true;
    }
    int p = period(q, i + 1) ? i + 2 : i + 1;
    if (p >= q.size() || q.clause()[p] || !lex.money().owning().contains(q.at(p))) {
      return false;
    }
    return ownerOf(q, p - 1, q.owner()) >= 0 || eachKept(q, p);
  }

  /** Whether the word at {@code k} tells books by their period or kind ({@link PolicyWords#bookPeriods}). */
  private boolean period(Sentence q, int k) {
    return k >= 0 && k < q.size() && !q.clause()[k] && lexicon.get(q.lang()).money().bookPeriods().contains(q.at(k));
  }

  /**
   * Whether the preposition of belonging at {@code p}, after books, names their owners one by one: a
   * word of {@link PolicyWords#eachOne} right after it, then a public owner ("les comptes de chaque
   * département", "las cuentas de cada gobernación"). Each member of a class of public bodies keeps books as
   * one named by its article does; French and Spanish do not stop "chaque" and "cada", which {@link
   * #ownerOf} steps over only as function words. Read on books alone: spending of each region asked in
   * a reusable format is the data's question first, which the owner read there would put behind. Not
   * in a question of one's own life, a pastime, a game or a condition ({@link Lexicon.Money#settings}:
   * the towns of a simulation game keep their books too).
   */
  private boolean eachKept(Sentence q, int p) {
    Lexicon lex = lexicon.get(q.lang());
    int e = p + 1;
    return e + 1 < q.size() && !q.clause()[e] && !q.clause()[e + 1] && lex.money().eachOne().contains(q.at(e))
        && q.owner()[e + 1] && !asks(q, lex.money().settings());
  }

  /**
   * Whether the cost verb at {@code v} tells a public cost: a public body or the taxpayers bear it,
   * right after the verb ("cost the region", "coûté à la commune", "costó a la provincia"), or the thing
   * that costs is a public body's: in English typed as its possessive before the thing ("the city's
   * new bridge cost"), in French and Spanish its owner after the thing ("le chantier de la région");
   * or the thing that costs is an establishment of a public service marked public ({@link
   * #markedPublic}: "what the new regional hospital cost", "combien a coûté l'hôpital public", "cuánto
   * costó la escuela del pueblo"), the head of the thing's phrase (in English the word right before the
   * verb, adverbs of {@link LanguagePack#hedges} aside; in French and Spanish among the words after it,
   * before any owner's preposition, past a hedge told in one word or several, "al final", "en
   * réalité"), where the asker bears none of it ({@link #billed}); so is, in a question naming no
   * asker's own life, group or firm ({@link #unowned}), a public work ({@link PolicyWords#publicWorks}:
   * "el nuevo mercado"), a public body named whole ("the new county library") or any building a scope or
   * division word marks as public beside it ({@link #scoped}: "la nouvelle piscine municipale", "the new
   * regional stadium"): what such a thing finally cost is its builder's, public money.
   */
  private boolean costed(Sentence q, int v) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    boolean marked = false;
    for (int a = v + 1; a < q.size() && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (lex.grammar().articles().contains(s)) {
        continue;
      }
      if (!marked && lex.grammar().borneBy().contains(s)) {
        marked = true;
        continue;
      }
      if (lex.money().bearers().contains(s) || q.owner()[a]) {
        return marked || lex.grammar().borneBy().isEmpty();
      }
      break;
    }
    if (lex.grammar().ownerBefore()) {
      Set<String> hedges = LanguagePack.of(lang).hedges();
      int content = 0;
      for (int b = v - 1; b >= 0 && !q.clause()[b + 1]; b--) {
        String s = q.at(b);
        if (q.possessive()[b]) {
          return q.owner()[b];
        }
        if (analysis.isStop(s)) {
          if (content > 0 && !lex.grammar().articles().contains(s)) {
            return false;
          }
          continue;
        }
        if (content == 0 && hedges.contains(s)) {
          continue;
        }
        // the establishment is the thing that costs only as the head of its phrase, right before the
        // verb: before another noun it says whose or what kind that thing is ("the public school uniform")
        if (++content == 1 && q.marked()[b]) {
          return !billed(q, v);
        }
        if (content == 1 && publicThing(q, b)) {
          return !billed(q, v, b);
        }
        if (content > 3) {
          return false;
        }
      }
      return false;
    }
    int content = 0;
    // a hedge between the verb and the thing that costs says when or how surely ("cuánto salió por fin el
    // mercado"): it is no word of the thing
    Set<String> hedges = LanguagePack.of(lang).hedges();
    boolean[] hedged = LanguagePack.of(lang).inHedgePhrase(q.surface());
    for (int a = v + 1; a < q.size() && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (lex.grammar().articles().contains(s)) {
        continue;
      }
      if (content == 0 && (hedges.contains(s) || hedged != null && hedged[a])) {
        continue;
      }
      if (analysis.isStop(s) || ++content > 3) {
        return false;
      }
      if (q.marked()[a]) {
        return !billed(q, v);
      }
      // a thing with a complement of belonging is whose or what kind its complement says ("la reforma de una
      // cocina", "les travaux d'une cuisine privée")
      if (a + 1 < q.size() && !q.clause()[a + 1] && lex.money().owning().contains(q.at(a + 1))) {
        return owned(q, a);
      }
      // or one French elides into the next word ("d'une cuisine privée"): never a public owner's
      if (a + 1 < q.size() && !q.clause()[a + 1] && q.elision()[a + 1].equals("d")) {
        return false;
      }
      if (publicThing(q, a)) {
        return !billed(q, v, a);
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k}, the head of the phrase of a thing that costs, is a public thing: a
   * public work ({@link PolicyWords#publicWorks}; an establishment only marked public, {@link
   * #markedPublic}), named by a definite article or none, a public body named whole ({@link PolicyWords#seats}:
   * the town hall) or a building a scope or division word marks as public right beside it ({@link
   * #scoped}), in a question naming no asker's own life, group or firm ({@link #unowned}): "how much did
   * the new county library end up costing", "combien a coûté la nouvelle piscine municipale", "cuánto salió por fin
   * el nuevo mercado"; never "renovating our flat", "la reforma de la cocina".
   */
  private boolean publicThing(Sentence q, int k) {
    Lexicon lex = lexicon.get(q.lang());
    // an establishment is public where a word marks it so ({@link #markedPublic}), and a thing told with
    // an indefinite article is a kind of thing priced ("a private school", "un baño nuevo")
    if (lex.money().establishments().contains(q.at(k)) || indefinite(q, k)) {
      return false;
    }
    boolean seat = q.owner()[k] && q.head()[k] < k;
    if (scoped(q, k)) {
      return unowned(q, k);
    }
    return (lex.money().works().contains(q.at(k)) || seat) && unowned(q);
  }

  /** Whether the phrase of the thing at {@code k} opens with an indefinite article, in its clause, its modifiers aside. */
  private boolean indefinite(Sentence q, int k) {
    Lexicon lex = lexicon.get(q.lang());
    for (int b = k - 1; b >= 0 && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.money().indefinite().contains(s)) {
        return true;
      }
      if (analysis.isStop(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a scope or division word ({@link Lexicon.Money#publicMarks}: "municipal", "régional",
   * "público") marks the word at {@code k} as public: right before it in English ("the municipal pool"),
   * right after it in French and Spanish ("le stade régional", "la piscina municipal").
   */
  private boolean scoped(Sentence q, int k) {
    Lexicon lex = lexicon.get(q.lang());
    if (analysis.isStop(q.at(k)) || lex.money().publicMarks().contains(q.at(k))) {
      return false;
    }
    int m = lex.grammar().ownerBefore() ? k - 1 : k + 1;
    return m >= 0 && m < q.size() && !q.clause()[Math.max(m, k)] && lex.money().publicMarks().contains(q.at(m));
  }

  /**
   * Whether the cost noun at {@code c} is the cost of a public work or of an establishment marked
   * public ({@link PolicyWords#costNouns}): at most one modifier of its own ("final", "total"), then a
   * preposition of belonging, then, articles aside, a phrase of at most {@value #REACH} words whose
   * head is such a work or establishment ("the cost of the ring road", "le coût de la
   * médiathèque municipale", "el costo del puente colgante"), not told as the asker's bill ({@link #billed}).
   */
  private boolean costOf(Sentence q, int c) {
    Lexicon lex = lexicon.get(q.lang());
    int a = c + 1;
    for (int modifiers = 0; a < q.size() && !q.clause()[a] && !lex.money().owning().contains(q.at(a)); a++) {
      if (analysis.isStop(q.at(a)) || ++modifiers > 1) {
        return false;
      }
    }
    if (a >= q.size() || q.clause()[a]) {
      return false;
    }
    a++;
    while (a < q.size() && !q.clause()[a] && lex.grammar().articles().contains(q.at(a))) {
      a++;
    }
    int end = a;
    while (end < q.size() && !q.clause()[end] && !analysis.isStop(q.at(end)) && end - a < REACH) {
      end++;
    }
    return end > a && workAt(q, lex, headOf(q, a, end)) && !billed(q, c);
  }

  /**
   * The head of the phrase of content words from {@code a} to {@code end}: its last word where the
   * owner stands before the thing owned ({@link Lexicon.Grammar#ownerBefore}: "the school trip"), else
   * its first that is a public work or an establishment, past at most one adjective before it ("la
   * nouvelle école", "el nuevo puente"), or its first word.
   */
  private int headOf(Sentence q, int a, int end) {
    Lexicon lex = lexicon.get(q.lang());
    if (lex.grammar().ownerBefore()) {
      return end - 1;
    }
    return a + 1 < end && !workAt(q, lex, a) && workAt(q, lex, a + 1) ? a + 1 : a;
  }

  /** Whether the word at {@code k} is a public work ({@link PolicyWords#publicWorks}) or an establishment marked public. */
  private static boolean workAt(Sentence q, Lexicon lex, int k) {
    return lex.money().works().contains(q.at(k)) || q.marked()[k];
  }

  /**
   * Whether the cost verb at {@code v} is told as the asker's bill: a first-person possessive in its
   * clause ({@link Lexicon.Grammar#personal}: "my stay at the public hospital cost"), a pronoun of
   * {@link PolicyWords#costBearers} right after the verb or right before it, auxiliaries aside ("cost
   * me", "m'a coûté", "te costó"), or a question of one's own life, a pastime, a game or a condition
   * ({@link Lexicon.Money#settings}).
   */
  private boolean billed(Sentence q, int v) {
    return billed(q, v, -1);
  }

  /** {@link #billed}, the thing that costs at {@code thing} aside for the settings ({@link #unowned(Sentence, int)}). */
  private boolean billed(Sentence q, int v, int thing) {
    Lexicon lex = lexicon.get(q.lang());
    for (int k = 0; k < q.size(); k++) {
      if (k != thing && lex.money().settings().contains(q.at(k))) {
        return true;
      }
    }
    int start = QuestionCompiler.clauseStart(q.clause(), v);
    for (int k = start; k < q.size() && (k == start || !q.clause()[k]); k++) {
      if (lex.grammar().personal().contains(q.at(k))) {
        return true;
      }
    }
    Set<String> bearers = lex.money().costBearers();
    if (v + 1 < q.size() && !q.clause()[v + 1] && bearers.contains(q.at(v + 1))) {
      return true;
    }
    for (int b = v - 1; b >= 0 && b >= v - 2 && !q.clause()[b + 1]; b--) {
      if (bearers.contains(q.at(b))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the money at {@code i} follows a verb of handling whose subject is a public spender, in its clause. */
  private boolean handled(Sentence q, int i) {
    for (int v = i - 1; v >= 0 && v >= i - 2 * REACH && !q.clause()[v + 1]; v--) {
      if (lexicon.get(q.lang()).money().handling().contains(q.at(v)) && subject(q, v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the money at {@code i} is followed, in its clause, by a public spender as the subject of
   * the clause that qualifies it: "the money the county gets", "l'argent que l'État verse", "el
   * dinero que mandó el gobierno"), or by a pronoun of the third person standing for the public body
   * the question opens with ({@link #opens}: "the town lists each payment it made").
   */
  private boolean qualified(Sentence q, int i) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    for (int a = i + 1; a < q.size() && a <= i + REACH && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (q.spender()[a]) {
        return a + 1 < q.size() || lex.money().spending().contains(q.at(a - 1));
      }
      if (lex.grammar().thirdPersons().contains(s) && !lex.grammar().articles().contains(s) && a + 1 < q.size()
          && !q.clause()[a + 1]) {
        return opens(q, i);
      }
      if (!lex.grammar().relativePronouns().contains(s) && !lex.grammar().articles().contains(s)
          && !lex.money().spending().contains(s)
          && !lex.money().handling().contains(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} has a public spender as its subject: just before it, stop words
   * aside (auxiliaries, adverbs, clitics), or with a complement of belonging between ("the ministry
   * of transport paid", "el ministerio de obras pagó"); in French and Spanish just after it, an
   * article between, with no first or second person before the verb; or a pronoun of the third
   * person (in Spanish no subject at all) standing for the public body the question opens with
   * ("the county built an office, what did it pay").
   */
  private boolean subject(Sentence q, int v) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    int b = v - 1;
    for (; b >= 0 && b >= v - REACH && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (q.spender()[b]) {
        return free(q, q.head()[b]);
      }
      if (!analysis.isStop(s) || lex.money().owning().contains(s) || lex.grammar().speakers().contains(s)) {
        break;
      }
    }
    if (complemented(q, v) || standsFor(q, v)) {
      return true;
    }
    return switch (lang) {
      case EN -> false;
      case FR, ES -> after(q, v);
    };
  }

  /**
   * Whether the public body whose name starts at {@code h} is no complement of a person before it:
   * no owner's ("the son of the governor"), no place one works at ("my cousin at the ministry").
   */
  private boolean free(Sentence q, int h) {
    Lexicon lex = lexicon.get(q.lang());
    for (int b = h - 1; b >= 0 && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.grammar().articles().contains(s)) {
        continue;
      }
      return !lex.grammar().places().contains(s);
    }
    return true;
  }

  /**
   * Whether the verb at {@code v} follows a public body and its complement of belonging: a
   * preposition of belonging, then at most two content words (articles aside) right before the verb
   * or its auxiliaries ("the ministry of transport paid", "le ministère des transports a acheté").
   */
  private boolean complemented(Sentence q, int v) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    int b = v - 1;
    while (b >= 0 && !q.clause()[b + 1] && analysis.isStop(q.at(b)) && !lex.money().owning().contains(q.at(b))
        && !lex.grammar().speakers().contains(q.at(b)) && !lex.grammar().thirdPersons().contains(q.at(b))) {
      b--;
    }
    int content = 0;
    for (; b >= 0 && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.money().owning().contains(s)) {
        break;
      }
      if (lex.grammar().articles().contains(s)) {
        continue;
      }
      if (analysis.isStop(s) || ++content > 2) {
        return false;
      }
    }
    if (content == 0 || b <= 0 || q.clause()[b]) {
      return false;
    }
    int o = b - 1;
    while (o > 0 && lex.grammar().articles().contains(q.at(o)) && !q.clause()[o]) {
      o--;
    }
    // a body of public power, not an office nor a division: the complement of an office names whose
    // office it is ("el presidente del club"), that of a treasury only its field ("the ministry of
    // transport"), that of a seat its place ("l'hôtel de ville de Lyon")
    return (lex.publicLife().treasuries().contains(q.at(o)) || q.head()[o] != o) && free(q, q.head()[o]);
  }

  /**
   * Whether the money or the books at {@code i} follow a possessive of the third person standing for
   * the public body the question opens with ("the council won't show their accounts", "le conseil
   * général refuse de publier ses comptes").
   */
  private boolean theirs(Sentence q, int i) {
    return i > 0 && !q.clause()[i] && lexicon.get(q.lang()).grammar().thirdPossessives().contains(q.at(i - 1))
        && opens(q, i - 1);
  }

  /** Whether the question opens with a public body, named whole before {@code before}. */
  private boolean opens(Sentence q, int before) {
    int first = 0;
    while (first < q.size() && analysis.isStop(q.at(first))) {
      first++;
    }
    for (int i = first; i < q.size() && i < first + 3; i++) {
      if (q.spender()[i] && q.head()[i] <= first) {
        return i < before;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} has for its subject a pronoun of the third person (in a language
   * that drops it, none at all: only stop words before the verb back to its clause's start) and the
   * question opens with a public body, which the pronoun stands for.
   */
  private boolean standsFor(Sentence q, int v) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    boolean pronoun = false;
    int b = v - 1;
    for (; b >= 0 && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.grammar().speakers().contains(s) || !analysis.isStop(s) || lex.money().owning().contains(s)) {
        break;
      }
      pronoun |= lex.grammar().thirdPersons().contains(s);
    }
    boolean start = b < 0 || q.clause()[b + 1];
    return (pronoun || lex.grammar().dropsSubject() && start) && opens(q, v);
  }

  /**
   * {@link #subject} after the verb: French and Spanish put it there in questions ("cuánto invirtió la
   * gobernación"), an article, the money or a word of {@link PolicyWords#eachOne} between ("combien reçoit
   * chaque commune"), or an adverb of {@link LanguagePack#hedges}, alone or told in several words
   * ("qué pagó realmente el municipio", "qué invirtió de verdad la región").
   */
  private boolean after(Sentence q, int v) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    for (int b = v - 1; b >= 0 && b >= v - REACH && !q.clause()[b + 1]; b--) {
      if (lex.grammar().speakers().contains(q.at(b))) {
        return false;
      }
    }
    LanguagePack pack = LanguagePack.of(lang);
    boolean[] hedged = pack.inHedgePhrase(q.surface());
    for (int a = v + 1; a < q.size() && a <= v + REACH + 1 && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (q.spender()[a]) {
        return true;
      }
      if (pack.hedges().contains(s) || hedged != null && hedged[a]) {
        continue;
      }
      // a word taking the class's members one by one stands where the article does ("cuánto recibe cada
      // escuela pública", "combien reçoit chaque commune")
      if (!lex.grammar().articles().contains(s) && !lex.money().funds().contains(s) && !lex.money().eachOne().contains(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the question asks what someone is paid: an amount ({@link PolicyWords#amounts}: how much)
   * or a pay named ({@link PolicyWords#wages}); a holder who takes a thing named otherwise takes no wage.
   */
  private boolean wageAsked(Sentence q) {
    Lexicon lex = lexicon.get(q.lang());
    return asks(q, lex.money().amounts()) || asks(q, lex.money().wages());
  }

  /** Whether some word of the question is one of {@code words}. */
  private static boolean asks(Sentence q, Set<String> words) {
    for (int i = 0; i < q.size(); i++) {
      if (words.contains(q.at(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first preposition after the receiving verb at {@code v}, in its clause, is one of
   * exchange ({@link PolicyWords#exchange}): a body that receives an amount for a thing sells it.
   */
  private boolean sold(Sentence q, int v) {
    Lexicon lex = lexicon.get(q.lang());
    for (int a = v + 1; a < q.size() && a <= v + 2 * REACH && !q.clause()[a]; a++) {
      String s = q.at(a);
      if (lex.money().exchange().contains(s)) {
        return true;
      }
      if (lex.money().owning().contains(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code v} names a public body it comes from: the first preposition of
   * belonging or source after it in its clause ("from", "de", "del"), then, articles aside, a public
   * spender ("from the ministry", "de l'État", "del ministerio").
   */
  private boolean fromPublic(Sentence q, int v) {
    Lexicon lex = lexicon.get(q.lang());
    for (int a = v + 1; a < q.size() && a <= v + 2 * REACH && !q.clause()[a]; a++) {
      if (lex.money().owning().contains(q.at(a))) {
        int b = a + 1;
        while (b < q.size() && !q.clause()[b] && lex.grammar().articles().contains(q.at(b))) {
          b++;
        }
        return b < q.size() && !q.clause()[b] && q.spender()[b];
      }
    }
    return false;
  }

  /**
   * Whether a holder of public office is the subject of the verb of being paid at {@code v}: the
   * nearest content word before it (stop words between, no speaker, no clause break) or, in French
   * and Spanish, the first word after its articles, definite or indefinite ({@link
   * NameIndex#indefinite}: "combien touche un député"), with no speaker before the verb.
   */
  private boolean earned(Sentence q, int v) {
    Lang lang = q.lang();
    Lexicon lex = lexicon.get(lang);
    for (int b = v - 1; b >= 0 && b >= v - REACH && !q.clause()[b + 1]; b--) {
      String s = q.at(b);
      if (lex.money().earners().contains(s)) {
        return publicly(q, b);
      }
      if (lex.grammar().speakers().contains(s)) {
        return false;
      }
      if (!analysis.isStop(s)) {
        break;
      }
    }
    return switch (lang) {
      case EN -> false;
      case FR, ES -> {
        for (int a = v + 1; a < q.size() && a <= v + REACH && !q.clause()[a]; a++) {
          String s = q.at(a);
          if (lex.money().earners().contains(s)) {
            yield publicly(q, a);
          }
          // a holder named by an indefinite article is any holder of the office: its pay all the same
          if (!lex.grammar().articles().contains(s) && !NameIndex.indefinite(lang).contains(s)) {
            yield false;
          }
        }
        yield false;
      }
    };
  }

  /**
   * Whether the holder of office at {@code h} holds it in public life: in English, no word before it
   * but a stop word or a public body ("the county councillors", not "the contest judges"); no
   * complement of belonging after it, or one whose first content word starts the name of a public
   * body ("the officials of the prefecture", "los empleados del ayuntamiento"); the judges of a
   * contest or of a show hold no public office.
   */
  private boolean publicly(Sentence q, int h) {
    Lexicon lex = lexicon.get(q.lang());
    boolean compound = switch (q.lang()) {
      // English puts a noun's owner before it: "county councillors", not "contest judges"
      case EN -> h > 0 && !q.clause()[h] && !analysis.isStop(q.at(h - 1)) && !q.spender()[h - 1];
      case FR, ES -> false;
    };
    if (compound) {
      return false;
    }
    int p = h + 1;
    if (p >= q.size() || q.clause()[p] || !lex.money().owning().contains(q.at(p))) {
      return true;
    }
    int c = p + 1;
    while (c < q.size() && !q.clause()[c] && lex.grammar().articles().contains(q.at(c))) {
      c++;
    }
    for (int a = c; a < q.size() && a < c + REACH; a++) {
      if (q.spender()[a] && q.head()[a] == c) {
        return true;
      }
    }
    return false;
  }
}
