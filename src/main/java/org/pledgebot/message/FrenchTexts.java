package org.pledgebot.message;

/** What the bot says in French. */
final class FrenchTexts {

  private FrenchTexts() {}

  static String text(Say key) {
    return switch (key) {
      case WELCOME -> """
          Bonjour ! J'aide les réformateurs du Partenariat pour un gouvernement ouvert à trouver \
          les pairs qui se sont engagés en 2014 à les soutenir : pays, organisations de la société \
          civile, groupes de travail du PGO et partenaires multilatéraux.

          Posez votre question simplement, en français, en anglais ou en espagnol, par exemple :
          • qui peut nous aider sur les données ouvertes ?
          • quels pays partagent leur expérience de l'accès à l'information ?
          • transparence budgétaire

          /themes liste les domaines de contact, /help les commandes.""";
      case HELP -> """
          <b>Ce que je comprends</b>
          Toute question en mots simples : je liste les pairs qui peuvent aider.
          /themes : les domaines de contact, à parcourir
          /pays NOM : ce qu'un pays ou une organisation a promis
          /lang fr|en|es : la langue de mes réponses
          /abonner QUOI : être alerté quand un nouvel engagement correspond à un thème, un pair ou une question
          /abonnements : vos abonnements ; /desabonner N|all
          /oublier : effacer tout ce que je garde sur cette conversation
          /apropos : ce que sont ces données et d'où elles viennent
          Les longues réponses viennent par cinq pairs : appuyez sur « Suite ▶ » ou « ◀ Retour » \
          (dans la console, tapez le numéro affiché entre [crochets] sous la dernière réponse).""";
      case ABOUT -> """
          <b>À propos de ces données</b>
          Les engagements d'échange entre pairs et de soutien pris avant la réunion de haut niveau \
          du Partenariat pour un gouvernement ouvert aux Nations unies, le 24 septembre 2014 : \
          %d pays, %d organisations de la société civile, %d groupes de travail du PGO et %d \
          partenaires multilatéraux, rédigés avec nos propres mots à partir de sources publiques.

          <b>Sources</b>
          • <a href="https://www.opengovpartnership.org/stories/countries-and-ogp-partners-detail-their-pledge-to-support-peers">PGO : Countries and OGP Partners Detail Their Pledge to Support Peers</a> (2014) : qui s'est engagé, sur quoi
          • <a href="http://studylib.net/doc/7218624/bilateral-peer-exchange-update">Unité d'appui du PGO : Update on Peer Exchange</a> (2014) : les échanges déjà menés
          • <a href="https://www.iadb.org/en/news/announcements/2013-10-30/open-government-partnership%%2C10626.html">La déclaration du sommet du PGO à Londres</a> (2013, telle qu'annoncée par la BID) : les groupes de travail et les partenariats multilatéraux
          • <a href="https://blogs.adb.org/blog/partnership-more-open-accountable-governments">Blog de la BAsD</a> (juillet 2014) : les cinq partenaires multilatéraux du PGO
          • <a href="https://blog.raulza.me/ogp-commitments/">L'engagement du PNUD lui-même</a> (2014)

          <b>Lacunes connues</b>
          • 4 des 32 pays qui se sont engagés ne sont nommés dans aucune source disponible : ils ne \
          figurent donc pas ici.
          • Les groupes de travail et les partenaires multilatéraux sont listés par déduction : les \
          sources donnent leur nombre, pas leurs noms.
          • Aucune personne de contact : les liens de contact mènent aux pages membres du PGO ou aux \
          sites des organisations.""";
      case EMPTY_QUESTION -> "Posez une question, par exemple : <i>qui peut nous aider sur les données ouvertes ?</i>";
      case NO_RESULTS ->
          "Je n'ai trouvé aucun pair pour « %s ». Essayez d'autres mots, ou parcourez les domaines de contact avec /themes.";
      case RESULTS_HEADER -> "Pairs pour « %s » (%d–%d sur %d) :";
      case THEME_HEADER -> "<b>%s</b> (%d–%d sur %d) :";
      case THEMES_PROMPT -> "Choisissez un domaine de contact :";
      case BROAD_PROMPT ->
          "Chaque pair ici propose des échanges sur le gouvernement ouvert. Choisissez un domaine de contact :";
      case CONTACT_AREAS -> "Domaines de contact : %s";
      case CONTACT -> "Contact";
      case TEXT_IN_ENGLISH -> "En anglais : pas encore de traduction.";
      case BASIS_INFERRED -> "Listé par déduction : les sources donnent le nombre de ces pairs, pas leurs noms.";
      case KIND_COUNTRY -> "pays";
      case KIND_CIVIL_SOCIETY -> "organisation de la société civile";
      case KIND_WORKING_GROUP -> "groupe de travail du PGO";
      case KIND_MULTILATERAL -> "partenaire multilatéral";
      case COUNTRY_USAGE -> "Quel pays ou quelle organisation ? Par exemple : /pays Norvège";
      case COUNTRY_UNKNOWN ->
          "Je ne connais aucun pair nommé « %s ». /themes liste les domaines de contact et leurs pairs.";
      case LANGUAGE_NAME -> "Français";
      case LANG_SET -> "Désormais, je réponds en français.";
      case LANG_PROMPT -> "Choisissez la langue de mes réponses :";
      case UNKNOWN_COMMAND -> "Je ne connais pas la commande %s. /help liste ce que je comprends.";
      case EXPIRED -> "Cette liste a expiré : reposez la question.";
      case NUMBER_NOT_SHOWN -> "Il n'y a pas de [%d] à l'écran : le dernier message affiche %s. Tapez l'un de ces "
          + "numéros pour appuyer sur son bouton ; une longue réponse vient par cinq pairs, et ses boutons « Suite ▶ » "
          + "et « ◀ Retour » la font défiler.";
      case NUMBER_NO_BUTTONS -> "Il n'y a pas de [%d] à l'écran : le dernier message n'a pas de boutons. Posez une "
          + "question : une longue réponse vient par cinq pairs, avec dessous des boutons numérotés à taper, comme "
          + "[1] Suite ▶.";
      case MORE -> "Suite ▶";
      case PREVIOUS -> "◀ Retour";
      case SUBSCRIBE_PROMPT -> "Que dois-je surveiller pour vous ? Choisissez un domaine de contact, ou écrivez "
          + "/abonner suivi d'un pays, d'une organisation ou de n'importe quelle question.";
      case SUBSCRIBED -> "Abonnement enregistré : %s. Je vous préviendrai quand un nouvel engagement correspondra. "
          + "/abonnements liste vos abonnements.";
      case SUBSCRIBE_NOTHING -> "Je ne pourrais jamais vous alerter sur « %s » : cela ne nomme aucun domaine de contact, "
          + "pair ou sujet. Essayez /themes, un pays, ou quelques mots comme /abonner contrats publics ouverts.";
      case ALREADY_SUBSCRIBED -> "Vous suivez déjà %s. /abonnements liste vos abonnements.";
      case TARGET_THEME -> "le domaine de contact <b>%s</b>";
      case TARGET_PLEDGER -> "le pair <b>%s</b>";
      case TARGET_QUERY -> "la question « %s »";
      case NO_SUBSCRIPTIONS ->
          "Vous ne suivez rien pour l'instant. /abonner à un domaine de contact, un pays ou une question.";
      case SUBSCRIPTIONS_HEADER -> "Vous suivez :";
      case UNSUBSCRIBE_BUTTON -> "Se désabonner %d";
      case UNSUBSCRIBE_USAGE -> "Lequel ? /desabonner N (son numéro dans /abonnements) ou /desabonner all.";
      case UNSUBSCRIBED -> "Désabonnement effectué : %s.";
      case UNSUBSCRIBED_ALL -> "Tous les abonnements sont supprimés (%d).";
      case NO_SUCH_SUBSCRIPTION -> "Vous n'avez pas d'abonnement numéro %s. /abonnements les liste.";
      case TOO_MANY_SUBSCRIPTIONS ->
          "Vous suivez déjà %d sujets, le maximum pour une conversation. /desabonner d'abord.";
      case FORGET_CONFIRM -> "Effacer tout ce que je garde sur cette conversation : langue et abonnements, "
          + "avec les alertes pas encore envoyées ?";
      case FORGET_YES -> "Oui, effacer";
      case FORGET_NO -> "Non, garder";
      case FORGOTTEN -> "C'est fait : je ne garde plus rien sur cette conversation.";
      case FORGET_CANCELLED -> "Rien n'a été effacé.";
      case ADMINS_ONLY -> "Dans un groupe, seuls ses administrateurs peuvent faire cela.";
      case FAILURE -> "Désolé, un problème est survenu de mon côté. Réessayez dans un instant.";
      case FAILURE_SHORT -> "Désolé, réessayez.";
      case ALERT_TITLE -> "Nouvel engagement : %s";
      case ALERT_AREA -> "Domaine de contact :";
      case ALERT_AREAS -> "Domaines de contact :";
      case ALERT_READ_MORE -> "En savoir plus";
      case ALERT_BECAUSE -> "Parce que vous suivez : %s";
      case ALERT_UNSUBSCRIBE -> "Se désabonner";
      case QUOTED -> "« %s »";
      case MENU_START -> "Accueil et comment poser une question";
      case MENU_HELP -> "Comment utiliser ce bot";
      case MENU_ABOUT -> "Ce que sont ces données et d'où elles viennent";
      case MENU_THEMES -> "Parcourir les engagements par thème";
      case MENU_COUNTRY -> "Engagements d'un pays, par ex. /pays Norvège";
      case MENU_LANG -> "Langue des réponses : /lang fr, /lang en ou /lang es";
      case MENU_SUBSCRIBE -> "Recevoir des alertes sur un thème, un signataire ou une question";
      case MENU_SUBSCRIPTIONS -> "Lister vos alertes";
      case MENU_UNSUBSCRIBE -> "Arrêter une alerte";
      case MENU_FORGET -> "Effacer tout ce qui est conservé sur cette conversation";
      case SEARCH_NO_MATCH -> "Aucun pair ne correspond à « %s ».";
    };
  }
}
