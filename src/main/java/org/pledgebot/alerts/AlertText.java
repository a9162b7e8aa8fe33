package org.pledgebot.alerts;

import java.util.List;
import java.util.Optional;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.corpus.Thesaurus;
import org.pledgebot.message.Button;
import org.pledgebot.message.Caveats;
import org.pledgebot.message.Excerpt;
import org.pledgebot.message.Html;
import org.pledgebot.message.Keyboard;
import org.pledgebot.message.Say;

/**
 * Writes a new-pledge alert in Telegram HTML: who pledged and what kind of pledger, its contact
 * areas, a short summary, its caveats and contact link, which subscription matched, and an
 * unsubscribe button.
 * Every piece of corpus or user text is escaped. Pure: no I/O, no clock.
 */
public final class AlertText {

  /** The summary is the first sentence, cut to about this many characters. */
  static final int SUMMARY_MAX = 200;

  /** A saved question is quoted up to this many characters in the "because" line. */
  static final int QUERY_MAX = 100;

  /** The callback data of the unsubscribe button: {@code unsub:<subscriptionId>}. */
  public static final String UNSUBSCRIBE_PREFIX = "unsub:";

  /**
   * A rendered alert.
   *
   * @param html the message text, Telegram HTML
   * @param keyboard its buttons
   */
  public record Rendered(String html, Keyboard keyboard) {}

  private final Thesaurus thesaurus;

  public AlertText(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  /** The alert's language: the chat's choice, else the subscription's, else English. */
  public static Lang language(Optional<Lang> chat, Optional<Lang> subscription) {
    return chat.or(() -> subscription).orElse(Lang.EN);
  }

  /** The callback data that unsubscribes from {@code subscriptionId}. */
  public static String unsubscribeData(long subscriptionId) {
    return UNSUBSCRIBE_PREFIX + subscriptionId;
  }

  /**
   * The alert about {@code pledge} for one subscriber.
   *
   * @param subscription the subscription that matched; empty when it was removed meanwhile (then
   *     the alert names no reason and has no button)
   */
  public Rendered render(Pledge pledge, Optional<Subscription> subscription, Lang lang) {
    StringBuilder html = new StringBuilder();
    html.append("\uD83D\uDD14 <b>").append(Say.ALERT_TITLE.in(lang, Html.escape(pledge.name(lang))))
        .append("</b> (").append(Html.escape(Say.kind(pledge.kind()).in(lang))).append(")\n");
    List<String> areas = pledge.themes().stream().map(id -> thesaurus.label(id, lang)).toList();
    html.append("<b>").append((areas.size() > 1 ? Say.ALERT_AREAS : Say.ALERT_AREA).in(lang)).append("</b> ")
        .append(Html.escape(String.join(", ", areas))).append("\n\n");
    html.append(Html.escape(Excerpt.firstSentence(pledge.text(lang), lang, SUMMARY_MAX))).append('\n');
    Caveats.of(pledge, lang).forEach(caveat -> html.append(Html.italic(caveat)).append('\n'));
    pledge.url().map(url -> Html.link(url, Say.CONTACT.in(lang)))
        .or(() -> pledge.source().map(url -> Html.link(url, Say.ALERT_READ_MORE.in(lang))))
        .ifPresent(link -> html.append(link).append('\n'));
    Keyboard keyboard = Keyboard.NONE;
    if (subscription.isPresent()) {
      html.append('\n').append("<i>")
          .append(Say.ALERT_BECAUSE.in(lang, Html.escape(followed(subscription.get().target(), pledge, lang))))
          .append("</i>");
      keyboard = Keyboard.column(List.of(new Button(Say.ALERT_UNSUBSCRIBE.in(lang),
          unsubscribeData(subscription.get().id()))));
    }
    return new Rendered(html.toString().strip(), keyboard);
  }

  /** What the subscriber follows, in words: a theme label, a pledger's name, or their question. */
  String followed(Target target, Pledge pledge, Lang lang) {
    if (target instanceof Target.Theme theme) {
      return thesaurus.label(theme.themeId(), lang);
    }
    if (target instanceof Target.Pledger pledger) {
      return pledger.pledgeId().equals(pledge.id()) ? pledge.name(lang) : pledger.pledgeId();
    }
    String question = Excerpt.clip(((Target.Query) target).text(), QUERY_MAX);
    return Say.QUOTED.in(lang, question);
  }
}
