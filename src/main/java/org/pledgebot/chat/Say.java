package org.pledgebot.chat;

import java.util.Locale;
import org.pledgebot.corpus.Lang;

/**
 * Everything the bot says, in English and in French, side by side so that a change to one is
 * seen with the other. Templates are {@link String#format} patterns; arguments are already
 * escaped HTML.
 */
enum Say {
  WELCOME(
      """
      Hello! I help Open Government Partnership reformers find the peers who pledged in 2014 \
      to support them: countries, civil society organisations, OGP Working Groups and \
      multilateral partners.

      Ask me in plain words, in English or in French, for example:
      • who can help with access-to-information laws?
      • which countries share experience on open data?
      • budget transparency

      /themes lists the contact areas, /help the commands.""",
      """
      Bonjour ! J'aide les réformateurs du Partenariat pour un gouvernement ouvert à trouver \
      les pairs qui se sont engagés en 2014 à les soutenir : pays, organisations de la société \
      civile, groupes de travail du PGO et partenaires multilatéraux.

      Posez votre question simplement, en français ou en anglais, par exemple :
      • qui peut nous aider sur les données ouvertes ?
      • quels pays partagent leur expérience de l'accès à l'information ?
      • transparence budgétaire

      /themes liste les domaines de contact, /help les commandes."""),
  HELP(
      """
      <b>What I understand</b>
      Any question in plain words: I list the pledgers who can help.
      /themes: the contact areas, to browse
      /country NAME: what a country or organisation pledged
      /lang en|fr: the language of my answers
      /subscribe WHAT: be alerted when a new pledge matches a theme, a pledger or a question
      /subscriptions: your subscriptions; /unsubscribe N|all
      /forget: delete everything I keep about this chat
      Long answers come five pledgers at a time: press “More ▶” or “◀ Back” (in the console, \
      type the number shown in [brackets] under the latest answer).""",
      """
      <b>Ce que je comprends</b>
      Toute question en mots simples : je liste les pairs qui peuvent aider.
      /themes : les domaines de contact, à parcourir
      /pays NOM : ce qu'un pays ou une organisation a promis
      /lang fr|en : la langue de mes réponses
      /abonner QUOI : être alerté quand un nouvel engagement correspond à un thème, un pair ou une question
      /abonnements : vos abonnements ; /desabonner N|all
      /oublier : effacer tout ce que je garde sur cette conversation
      Les longues réponses viennent par cinq pairs : appuyez sur « Suite ▶ » ou « ◀ Retour » \
      (dans la console, tapez le numéro affiché entre [crochets] sous la dernière réponse)."""),
  EMPTY_QUESTION(
      "Please ask a question, for example: <i>who can help with open data?</i>",
      "Posez une question, par exemple : <i>qui peut nous aider sur les données ouvertes ?</i>"),
  NO_RESULTS(
      "I found no pledger for “%s”. Try other words, or browse the contact areas with /themes.",
      "Je n'ai trouvé aucun pair pour « %s ». Essayez d'autres mots, ou parcourez les domaines de contact avec /themes."),
  RESULTS_HEADER("Peers for “%s” (%d–%d of %d):", "Pairs pour « %s » (%d–%d sur %d) :"),
  THEME_HEADER("<b>%s</b> (%d–%d of %d):", "<b>%s</b> (%d–%d sur %d) :"),
  THEMES_PROMPT("Choose a contact area:", "Choisissez un domaine de contact :"),
  CONTACT_AREAS("Contact areas: %s", "Domaines de contact : %s"),
  DETAILS("Pledge details", "Détails de l'engagement"),
  COUNTRY_USAGE(
      "Which country or organisation? For example: /country Norway",
      "Quel pays ou quelle organisation ? Par exemple : /pays Norvège"),
  COUNTRY_UNKNOWN(
      "I know no pledger called “%s”. /themes lists the contact areas and their pledgers.",
      "Je ne connais aucun pair nommé « %s ». /themes liste les domaines de contact et leurs pairs."),
  LANG_SET("From now on I answer in English.", "Désormais, je réponds en français."),
  LANG_PROMPT("Choose the language of my answers:", "Choisissez la langue de mes réponses :"),
  UNKNOWN_COMMAND(
      "I don't know the command %s. /help lists what I understand.",
      "Je ne connais pas la commande %s. /help liste ce que je comprends."),
  EXPIRED("This list has expired: please ask again.", "Cette liste a expiré : reposez la question."),
  MORE("More ▶", "Suite ▶"),
  PREVIOUS("◀ Back", "◀ Retour"),
  SUBSCRIBE_PROMPT(
      "What should I watch for you? Choose a contact area, or write /subscribe followed by a country, "
          + "an organisation or any question.",
      "Que dois-je surveiller pour vous ? Choisissez un domaine de contact, ou écrivez /abonner suivi d'un pays, "
          + "d'une organisation ou de n'importe quelle question."),
  SUBSCRIBED(
      "Subscribed to %s. I will tell you when a new pledge matches. /subscriptions lists what you follow.",
      "Abonnement enregistré : %s. Je vous préviendrai quand un nouvel engagement correspondra. "
          + "/abonnements liste vos abonnements."),
  SUBSCRIBE_NOTHING(
      "I could never alert you about “%s”: it names no contact area, pledger or subject. "
          + "Try /themes, a country, or a few words such as /subscribe open contracting.",
      "Je ne pourrais jamais vous alerter sur « %s » : cela ne nomme aucun domaine de contact, pair ou sujet. "
          + "Essayez /themes, un pays, ou quelques mots comme /abonner contrats publics ouverts."),
  ALREADY_SUBSCRIBED(
      "You already follow %s. /subscriptions lists what you follow.",
      "Vous suivez déjà %s. /abonnements liste vos abonnements."),
  TARGET_THEME("the contact area <b>%s</b>", "le domaine de contact <b>%s</b>"),
  TARGET_PLEDGER("the pledger <b>%s</b>", "le pair <b>%s</b>"),
  TARGET_QUERY("the question “%s”", "la question « %s »"),
  NO_SUBSCRIPTIONS(
      "You follow nothing yet. /subscribe to a contact area, a country or a question.",
      "Vous ne suivez rien pour l'instant. /abonner à un domaine de contact, un pays ou une question."),
  SUBSCRIPTIONS_HEADER("You follow:", "Vous suivez :"),
  UNSUBSCRIBE_BUTTON("Unsubscribe %d", "Se désabonner %d"),
  UNSUBSCRIBE_USAGE(
      "Which one? /unsubscribe N (its number in /subscriptions) or /unsubscribe all.",
      "Lequel ? /desabonner N (son numéro dans /abonnements) ou /desabonner all."),
  UNSUBSCRIBED("Unsubscribed from %s.", "Désabonnement effectué : %s."),
  UNSUBSCRIBED_ALL("Unsubscribed from everything (%d).", "Tous les abonnements sont supprimés (%d)."),
  NO_SUCH_SUBSCRIPTION(
      "You have no subscription number %s. /subscriptions lists them.",
      "Vous n'avez pas d'abonnement numéro %s. /abonnements les liste."),
  TOO_MANY_SUBSCRIPTIONS(
      "You already follow %d things, the most I keep for one chat. /unsubscribe some first.",
      "Vous suivez déjà %d sujets, le maximum pour une conversation. /desabonner d'abord."),
  FORGET_CONFIRM(
      "Delete everything I keep about this chat: language and subscriptions, with the alerts not yet sent?",
      "Effacer tout ce que je garde sur cette conversation : langue et abonnements, avec les alertes pas encore envoyées ?"),
  FORGET_YES("Yes, delete", "Oui, effacer"),
  FORGET_NO("No, keep", "Non, garder"),
  FORGOTTEN("Done: I keep nothing about this chat any more.", "C'est fait : je ne garde plus rien sur cette conversation."),
  FORGET_CANCELLED("Nothing was deleted.", "Rien n'a été effacé."),
  ADMINS_ONLY(
      "In a group, only its administrators can do that.",
      "Dans un groupe, seuls ses administrateurs peuvent faire cela."),
  FAILURE(
      "Sorry, something went wrong on my side. Please try again in a moment.",
      "Désolé, un problème est survenu de mon côté. Réessayez dans un instant."),
  FAILURE_SHORT("Sorry, please try again.", "Désolé, réessayez.");

  private final String en;
  private final String fr;

  Say(String en, String fr) {
    this.en = en;
    this.fr = fr;
  }

  /** The phrase in {@code lang}, with {@code args} put in. */
  String in(Lang lang, Object... args) {
    String template = lang == Lang.FR ? fr : en;
    return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
  }
}
