package org.pledgebot.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgebot.corpus.Lang;

/**
 * Public integrity told as a story rather than by the field's words, read by the order of a question's
 * words (all of them, function words included, as {@link JusticeActs} reads them).
 *
 * <p>{@link #moved}: a holder of public office who left his post and now works for, advises or sits
 * with a firm his post dealt with ("the former harbour master now advises the line he licensed"), or
 * officials going from office to business and back. {@link #paidUnder}: a commission on a public deal
 * told hidden ("secret commissions on the state's works"), which is a bribe. One's own life told in
 * the same shapes (a former boss at a competitor, a commission on one's own sale) names no post, no
 * firm dealt with, nothing hidden nor public, and reads as nothing.
 */
final class IntegrityStories {

  /** How many words before a post its mark of having left it may stand ("a former transport director"). */
  static final int FORMER_SPAN = 2;
  /** How many words after a post the verb of leaving it may stand ("a judge who retired"). */
  static final int LEFT_SPAN = 3;
  /** How many words after the firm the verb of the post's dealing with it may stand ("the firm he once licensed"). */
  static final int DEALT_SPAN = 7;
  /** How many words after the public body left the private party gone to may stand ("the ministry of health to go and work in labs"). */
  static final int GONE_SPAN = 10;
  /** How many words after a verb of selling the body told the same one may stand. */
  static final int SAME_SPAN = 8;
  /** How many words from a move told both ways its two sides may stand. */
  static final int BOTH_SPAN = 8;
  /** How many words after pressure its side and its object may stand ("la presión de las mineras sobre el ministerio"). */
  static final int PRESSED_SPAN = 7;
  /** How many words from a commission the mark of its being hidden may stand. */
  static final int HIDDEN_SPAN = 2;

  // per language: the posts of public office (titles and heads), the marks of a post left before and after it
  private final Map<Lang, Set<String>> posts = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> formerly = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> left = new EnumMap<>(Lang.class);
  // per language: a private party, what a post does to it, selling, and the same one
  private final Map<Lang, Set<String>> employers = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> serving = new EnumMap<>(Lang.class);
  // per language: the titles of public office, verbs of leaving or passing from a place, and public bodies
  private final Map<Lang, Set<String>> titles = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> leaving = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> bodies = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> dealt = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> selling = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> same = new EnumMap<>(Lang.class);
  // per language: a move both ways, the public side, commissions and their being hidden
  private final Map<Lang, Set<String>> bothWays = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicSide = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> commissions = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> hidden = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> publicDeal = new EnumMap<>(Lang.class);
  private final Map<Lang, Set<String>> pressure = new EnumMap<>(Lang.class);

  IntegrityStories() {
    for (Lang lang : Lang.values()) {
      posts.put(lang, PolicyWords.union(PolicyWords.officeholders(lang), PolicyWords.heads(lang)));
      formerly.put(lang, PolicyWords.formerly(lang));
      left.put(lang, PolicyWords.leftOffice(lang));
      employers.put(lang, PolicyWords.union(PolicyWords.firms(lang), PolicyWords.employers(lang)));
      dealt.put(lang, PolicyWords.dealtWith(lang));
      serving.put(lang, PolicyWords.serving(lang));
      titles.put(lang, PolicyWords.officeholders(lang));
      leaving.put(lang, PolicyWords.union(PolicyWords.leftOffice(lang), PolicyWords.passingFrom(lang)));
      bodies.put(lang, PolicyWords.union(PolicyWords.treasuries(lang), PolicyWords.offices(lang)));
      selling.put(lang, PolicyWords.selling(lang));
      same.put(lang, PolicyWords.sameOne(lang));
      bothWays.put(lang, PolicyWords.bothWays(lang));
      publicSide.put(lang, PolicyWords.union(PolicyWords.officeholders(lang), PolicyWords.treasuries(lang),
          PolicyWords.offices(lang), PolicyWords.ministerial(lang)));
      commissions.put(lang, PolicyWords.commissions(lang));
      pressure.put(lang, PolicyWords.pressure(lang));
      hidden.put(lang, PolicyWords.hidden(lang));
      publicDeal.put(lang, PolicyWords.union(PolicyWords.officeholders(lang), PolicyWords.treasuries(lang),
          PolicyWords.offices(lang), PolicyWords.publicKinds(lang)));
    }
  }

  /**
   * The positions of posts told left whose holder now goes to a party the post dealt with: a post of
   * public office ({@link PolicyWords#officeholders}, {@link PolicyWords#heads}) written with the prefix
   * of one who held it ({@link PolicyWords#former}), or with a mark of having left it right before
   * ({@link PolicyWords#formerly}: "former", "ancien", "antiguo") or a verb of leaving right after
   * ({@link PolicyWords#leftOffice}: "who retired", "parti", "jubilado"); after it, a private party
   * ({@link PolicyWords#firms}, {@link PolicyWords#employers}) followed by a verb of the post's dealing
   * with it ({@link PolicyWords#dealtWith}: "the firm he regulated", "la empresa que contrataba"), or a
   * verb of selling followed by the body told the same one ({@link PolicyWords#selling}, {@link
   * PolicyWords#sameOne}: selling "to the same town hall"). And the positions of the public side of a
   * move told both ways ({@link PolicyWords#bothWays}: "and back", "allers-retours", "y vuelven"), a
   * holder or a body of public power before a private party, both near the word. A head alone (a
   * former director who joined a law firm) is any organisation's, and reads as nothing.
   */
  Set<Integer> moved(List<String> surface, Lang lang) {
    Set<Integer> out = new HashSet<>(0);
    Set<String> post = posts.get(lang);
    for (int p = 0; p < surface.size(); p++) {
      String s = surface.get(p);
      boolean named = post.contains(s);
      if (!(named && (marked(surface, p, lang) || leftAfter(surface, p, lang)) || PolicyWords.former(s, post))) {
        continue;
      }
      if (tied(surface, p, lang) || titled(surface, p, lang)) {
        out.add(p);
      }
    }
    out.addAll(leftBody(surface, lang));
    Set<String> ways = bothWays.get(lang);
    for (int c = 0; c < surface.size(); c++) {
      if (ways.contains(surface.get(c))) {
        int from = Math.max(0, c - BOTH_SPAN);
        int to = Math.min(surface.size(), c + BOTH_SPAN + 1);
        int pub = first(surface, from, to, publicSide.get(lang));
        if (pub >= 0 && first(surface, pub + 1, to, employers.get(lang)) >= 0) {
          out.add(pub);
        }
      }
    }
    return out;
  }

  /**
   * The positions of commissions ({@link PolicyWords#commissions}) told hidden ({@link
   * PolicyWords#hidden} beside them, or "under the table" after them, {@link PolicyWords#underTable})
   * in a question that names a public deal's side ({@link PolicyWords#officeholders}, {@link
   * PolicyWords#treasuries}, {@link PolicyWords#offices}, {@link PolicyWords#publicKinds}: "the state's
   * contracts"): money under the table on public contracts.
   */
  Set<Integer> paidUnder(List<String> surface, Lang lang) {
    Set<String> paid = commissions.get(lang);
    Set<Integer> out = new HashSet<>(0);
    if (first(surface, 0, surface.size(), publicDeal.get(lang)) < 0) {
      return out;
    }
    List<String> under = PolicyWords.underTable(lang);
    for (int k = 0; k < surface.size(); k++) {
      if (!paid.contains(surface.get(k))) {
        continue;
      }
      int from = Math.max(0, k - HIDDEN_SPAN);
      int to = Math.min(surface.size(), k + HIDDEN_SPAN + 1);
      int u = first(surface, k + 1, Math.min(surface.size(), k + HIDDEN_SPAN + 2), Set.of(under.get(0)));
      boolean table = u >= 0 && first(surface, u + 1, Math.min(surface.size(), u + 4), Set.of(under.get(1))) >= 0;
      if (table || first(surface, from, to, hidden.get(lang)) >= 0) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Whether the post left is a title of public office ({@link PolicyWords#officeholders}: a minister, a
   * judge, not a head any organisation has) with a private party at most {@link #BOTH_SPAN} words
   * after it: a former minister now at a bank tells the move by itself.
   */
  private boolean titled(List<String> surface, int p, Lang lang) {
    String s = surface.get(p);
    Set<String> title = titles.get(lang);
    if (!title.contains(s) && !PolicyWords.former(s, title)) {
      return false;
    }
    return first(surface, p + 1, Math.min(surface.size(), p + BOTH_SPAN + 1), employers.get(lang)) >= 0;
  }

  /**
   * The positions of holders of public office ({@link PolicyWords#officeholders}) told leaving a public
   * body for a private party: a verb of leaving or of passing from a place ({@link
   * PolicyWords#leftOffice}, {@link PolicyWords#passingFrom}) at most {@link #LEFT_SPAN} words after
   * the holder, a body of {@link PolicyWords#treasuries} or {@link PolicyWords#offices} at most {@link
   * #LEFT_SPAN} words after the verb, and a private party at most {@link #GONE_SPAN} words after it
   * ("officials quit the ministry for the banks"). One's own move ("I left the bank for a start-up") names no holder.
   */
  private Set<Integer> leftBody(List<String> surface, Lang lang) {
    Set<Integer> out = new HashSet<>(0);
    Set<String> holder = titles.get(lang);
    for (int v = 1; v < surface.size(); v++) {
      if (!leaving.get(lang).contains(surface.get(v))) {
        continue;
      }
      int h = first(surface, Math.max(0, v - LEFT_SPAN), v, holder);
      int b = first(surface, v + 1, Math.min(surface.size(), v + LEFT_SPAN + 1), bodies.get(lang));
      if (h >= 0 && b >= 0 && first(surface, b + 1, Math.min(surface.size(), b + GONE_SPAN + 1), employers.get(lang)) >= 0) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The positions of pressure ({@link PolicyWords#pressure}) whose side is private, a firm or a party
   * of {@link PolicyWords#employers} at most {@link #LEFT_SPAN} words before it or {@link #PRESSED_SPAN}
   * after it, and whose object is a public holder or body at most {@link #PRESSED_SPAN} words after it ("construction firms pressing the
   * ministry", "la presión de las eléctricas sobre el gobierno"): lobbying. Pressure among people (a
   * child's friends, prices) names no firm or no public body.
   */
  Set<Integer> pressed(List<String> surface, Lang lang) {
    Set<Integer> out = new HashSet<>(0);
    Set<String> pushing = pressure.get(lang);
    for (int k = 0; k < surface.size(); k++) {
      if (!pushing.contains(surface.get(k))) {
        continue;
      }
      int end = Math.min(surface.size(), k + PRESSED_SPAN + 1);
      boolean firm = first(surface, Math.max(0, k - LEFT_SPAN), end, employers.get(lang)) >= 0;
      if (firm && first(surface, k + 1, end, publicSide.get(lang)) >= 0) {
        out.add(k);
      }
    }
    return out;
  }

  /** Whether a mark of having left the post stands at most {@link #FORMER_SPAN} words before it. */
  private boolean marked(List<String> surface, int p, Lang lang) {
    return first(surface, Math.max(0, p - FORMER_SPAN), p, formerly.get(lang)) >= 0;
  }

  /** Whether a verb of leaving stands at most {@link #LEFT_SPAN} words after the post. */
  private boolean leftAfter(List<String> surface, int p, Lang lang) {
    return first(surface, p + 1, Math.min(surface.size(), p + LEFT_SPAN + 1), left.get(lang)) >= 0;
  }

  /** Whether, after the post, a private party is told dealt with by it, or the same body sold to. */
  private boolean tied(List<String> surface, int p, Lang lang) {
    Set<String> parties = employers.get(lang);
    Set<String> sells = selling.get(lang);
    for (int f = p + 1; f < surface.size(); f++) {
      String s = surface.get(f);
      if ((parties.contains(s) || serving.get(lang).contains(s))
          && first(surface, f + 1, Math.min(surface.size(), f + DEALT_SPAN + 1), dealt.get(lang)) >= 0) {
        return true;
      }
      if (sells.contains(s) && first(surface, f + 1, Math.min(surface.size(), f + SAME_SPAN + 1), same.get(lang)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first position in {@code [from, to)} holding one of {@code words}, or -1. */
  private static int first(List<String> surface, int from, int to, Set<String> words) {
    for (int i = from; i < to; i++) {
      if (words.contains(surface.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
