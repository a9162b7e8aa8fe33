package org.pledgebot.message;

/** What the bot says in English. */
final class EnglishTexts {

  private EnglishTexts() {}

  static String text(Say key) {
    return switch (key) {
      case WELCOME -> """
          Hello! I help Open Government Partnership reformers find the peers who pledged in 2014 \
          to support them: countries, civil society organisations, OGP Working Groups and \
          multilateral partners.

          Ask me in plain words, in English, French or Spanish, for example:
          • who can help with access-to-information laws?
          • which countries share experience on open data?
          • budget transparency

          /themes lists the contact areas, /help the commands.""";
      case HELP -> """
          <b>What I understand</b>
          Any question in plain words: I list the pledgers who can help.
          /themes: the contact areas, to browse
          /country NAME: what a country or organisation pledged
          /lang en|fr|es: the language of my answers
          /subscribe WHAT: be alerted when a new pledge matches a theme, a pledger or a question
          /subscriptions: your subscriptions; /unsubscribe N|all
          /forget: delete everything I keep about this chat
          /about: what these data are and where they come from
          Long answers come five pledgers at a time: press “More ▶” or “◀ Back” (in the console, \
          type the number shown in [brackets] under the latest answer).""";
      case ABOUT -> """
          <b>About these data</b>
          The pledges of peer exchange and support made before the Open Government Partnership's \
          High-Level Event at the United Nations on 24 September 2014: %d countries, %d civil \
          society organisations, %d OGP Working Groups and %d multilateral partners, written in \
          our own words from public sources.

          <b>Sources</b>
          • <a href="https://www.opengovpartnership.org/stories/countries-and-ogp-partners-detail-their-pledge-to-support-peers">OGP: Countries and OGP Partners Detail Their Pledge to Support Peers</a> (2014): who pledged, on what
          • <a href="http://studylib.net/doc/7218624/bilateral-peer-exchange-update">OGP Support Unit: Update on Peer Exchange</a> (2014): exchanges already done
          • <a href="https://www.iadb.org/en/news/announcements/2013-10-30/open-government-partnership%%2C10626.html">The OGP London Summit statement</a> (2013, as announced by the IDB): the Working Groups and multilateral partnerships
          • <a href="https://blogs.adb.org/blog/partnership-more-open-accountable-governments">ADB blog</a> (July 2014): OGP's five multilateral partners
          • <a href="https://blog.raulza.me/ogp-commitments/">UNDP's own pledge</a> (2014)

          <b>Known gaps</b>
          • 4 of the 32 countries that pledged are named in no source at hand, so they are not here.
          • The Working Groups and multilateral partners are listed by inference: the sources give \
          their number, not their names.
          • No contact persons: the contact links lead to OGP member pages or the organisations' \
          home pages.""";
      case EMPTY_QUESTION -> "Please ask a question, for example: <i>who can help with open data?</i>";
      case NO_RESULTS -> "I found no pledger for “%s”. Try other words, or browse the contact areas with /themes.";
      case RESULTS_HEADER -> "Peers for “%s” (%d–%d of %d):";
      case THEME_HEADER -> "<b>%s</b> (%d–%d of %d):";
      case THEMES_PROMPT -> "Choose a contact area:";
      case BROAD_PROMPT -> "Every pledger here offers peer exchange on open government. Choose a contact area:";
      case CONTACT_AREAS -> "Contact areas: %s";
      case CONTACT -> "Contact";
      case TEXT_IN_ENGLISH -> "In English: no translation yet.";
      case BASIS_INFERRED -> "Listed by inference: the sources give the number of such pledgers, not their names.";
      case KIND_COUNTRY -> "country";
      case KIND_CIVIL_SOCIETY -> "civil society organisation";
      case KIND_WORKING_GROUP -> "OGP Working Group";
      case KIND_MULTILATERAL -> "multilateral partner";
      case COUNTRY_USAGE -> "Which country or organisation? For example: /country Norway";
      case COUNTRY_UNKNOWN -> "I know no pledger called “%s”. /themes lists the contact areas and their pledgers.";
      case LANGUAGE_NAME -> "English";
      case LANG_SET -> "From now on I answer in English.";
      case LANG_PROMPT -> "Choose the language of my answers:";
      case UNKNOWN_COMMAND -> "I don't know the command %s. /help lists what I understand.";
      case EXPIRED -> "This list has expired: please ask again.";
      case NUMBER_NOT_SHOWN -> "There is no [%d] on screen: the latest message shows %s. Type one of those numbers to "
          + "press its button; a long answer comes five pledgers at a time, and its “More ▶” and “◀ Back” buttons "
          + "page through it.";
      case NUMBER_NO_BUTTONS -> "There is no [%d] on screen: the latest message has no buttons. Ask a question: a long "
          + "answer comes five pledgers at a time, with numbered buttons under it, such as [1] More ▶, to type.";
      case MORE -> "More ▶";
      case PREVIOUS -> "◀ Back";
      case SUBSCRIBE_PROMPT -> "What should I watch for you? Choose a contact area, or write /subscribe followed by "
          + "a country, an organisation or any question.";
      case SUBSCRIBED -> "Subscribed to %s. I will tell you when a new pledge matches. /subscriptions lists what you follow.";
      case SUBSCRIBE_NOTHING -> "I could never alert you about “%s”: it names no contact area, pledger or subject. "
          + "Try /themes, a country, or a few words such as /subscribe open contracting.";
      case ALREADY_SUBSCRIBED -> "You already follow %s. /subscriptions lists what you follow.";
      case TARGET_THEME -> "the contact area <b>%s</b>";
      case TARGET_PLEDGER -> "the pledger <b>%s</b>";
      case TARGET_QUERY -> "the question “%s”";
      case NO_SUBSCRIPTIONS -> "You follow nothing yet. /subscribe to a contact area, a country or a question.";
      case SUBSCRIPTIONS_HEADER -> "You follow:";
      case UNSUBSCRIBE_BUTTON -> "Unsubscribe %d";
      case UNSUBSCRIBE_USAGE -> "Which one? /unsubscribe N (its number in /subscriptions) or /unsubscribe all.";
      case UNSUBSCRIBED -> "Unsubscribed from %s.";
      case UNSUBSCRIBED_ALL -> "Unsubscribed from everything (%d).";
      case NO_SUCH_SUBSCRIPTION -> "You have no subscription number %s. /subscriptions lists them.";
      case TOO_MANY_SUBSCRIPTIONS -> "You already follow %d things, the most I keep for one chat. /unsubscribe some first.";
      case FORGET_CONFIRM ->
          "Delete everything I keep about this chat: language and subscriptions, with the alerts not yet sent?";
      case FORGET_YES -> "Yes, delete";
      case FORGET_NO -> "No, keep";
      case FORGOTTEN -> "Done: I keep nothing about this chat any more.";
      case FORGET_CANCELLED -> "Nothing was deleted.";
      case ADMINS_ONLY -> "In a group, only its administrators can do that.";
      case FAILURE -> "Sorry, something went wrong on my side. Please try again in a moment.";
      case FAILURE_SHORT -> "Sorry, please try again.";
      case ALERT_TITLE -> "New pledge: %s";
      case ALERT_AREA -> "Contact area:";
      case ALERT_AREAS -> "Contact areas:";
      case ALERT_READ_MORE -> "Read more";
      case ALERT_BECAUSE -> "Because you follow: %s";
      case ALERT_UNSUBSCRIBE -> "Unsubscribe";
      case QUOTED -> "“%s”";
      case MENU_START -> "Welcome and how to ask a question";
      case MENU_HELP -> "How to use this bot";
      case MENU_ABOUT -> "What these data are and where they come from";
      case MENU_THEMES -> "Browse the pledges by theme";
      case MENU_COUNTRY -> "Pledges of a country, e.g. /country Norway";
      case MENU_LANG -> "Reply language: /lang en, /lang fr or /lang es";
      case MENU_SUBSCRIBE -> "Get alerts on a theme, a pledger or a question";
      case MENU_SUBSCRIPTIONS -> "List your alerts";
      case MENU_UNSUBSCRIBE -> "Stop an alert";
      case MENU_FORGET -> "Delete everything stored about this chat";
      case SEARCH_NO_MATCH -> "No pledger matches \"%s\".";
    };
  }
}
