package org.pledgebot.chat;

import java.util.List;
import java.util.stream.Collectors;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.message.Caveats;
import org.pledgebot.message.Excerpt;
import org.pledgebot.message.Html;
import org.pledgebot.message.Say;

/**
 * Writes pledgers as the short HTML cards the bot lists: name, kind, contact areas, summary, what
 * to know about the text (in English for want of a translation, listed by inference), contact link.
 */
final class Cards {

  /** A card's summary is one line; longer pledge texts are cut at a word boundary. */
  static final int SUMMARY_CHARS = 220;

  private final Thesaurus thesaurus;

  Cards(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  /** A whole pledge stays well inside one message, with room for the name and links. */
  static final int FULL_CHARS = 3_000;

  /** The card of {@code pledge} in a listing, numbered {@code position}, with {@code summary} as its text. */
  String card(int position, Pledge pledge, String summary, Lang lang) {
    return card(position + ". ", pledge, Excerpt.clip(summary, SUMMARY_CHARS), lang);
  }

  /** The card of one pledge on its own, with its whole text. */
  String full(Pledge pledge, Lang lang) {
    return card("", pledge, Excerpt.clip(pledge.text(lang), FULL_CHARS), lang);
  }

  private String card(String number, Pledge pledge, String text, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append("<b>").append(number).append(Html.escape(pledge.name(lang))).append("</b>");
    out.append(" · ").append(Html.escape(Say.kind(pledge.kind()).in(lang))).append('\n');
    out.append(Html.italic(Say.CONTACT_AREAS.in(lang, themes(pledge, lang)))).append('\n');
    out.append(Html.escape(text));
    Caveats.of(pledge, lang).forEach(caveat -> out.append('\n').append(Html.italic(caveat)));
    pledge.url().ifPresent(url -> out.append('\n').append(Html.link(url, Say.CONTACT.in(lang))));
    return out.toString();
  }

  /** The labels of the pledge's themes in {@code lang}, comma-separated. */
  String themes(Pledge pledge, Lang lang) {
    return pledge.themes().stream().map(t -> thesaurus.label(t, lang)).collect(Collectors.joining(", "));
  }

  /** Cards for a page of pledgers, numbered from {@code first}, separated by blank lines. */
  String cards(int first, List<Listings.Entry> entries, Lang lang) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      out.append("\n\n").append(card(first + i, entries.get(i).pledge(), entries.get(i).summary(), lang));
    }
    return out.toString();
  }
}
