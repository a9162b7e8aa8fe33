package org.pledgebot.message;

/** What the bot says in Spanish. */
final class SpanishTexts {

  private SpanishTexts() {}

  static String text(Say key) {
    return switch (key) {
      case WELCOME -> """
          ¡Hola! Ayudo a los reformadores de la Alianza para el Gobierno Abierto a encontrar a los \
          pares que se comprometieron en 2014 a apoyarlos: países, organizaciones de la sociedad \
          civil, grupos de trabajo de la OGP y socios multilaterales.

          Pregúnteme con palabras sencillas, en español, inglés o francés, por ejemplo:
          • ¿quién puede ayudarnos con los datos abiertos?
          • ¿qué países comparten su experiencia en acceso a la información?
          • transparencia presupuestaria

          /temas muestra las áreas de contacto, /ayuda los comandos.""";
      case HELP -> """
          <b>Lo que entiendo</b>
          Cualquier pregunta con palabras sencillas: enumero los pares que pueden ayudar.
          /temas: las áreas de contacto, para explorarlas
          /pais NOMBRE: lo que un país o una organización se comprometió a ofrecer
          /lang es|en|fr: el idioma de mis respuestas
          /suscribir QUÉ: recibir una alerta cuando un nuevo compromiso corresponda a un tema, un par o una pregunta
          /suscripciones: sus suscripciones; /desuscribir N|todo
          /olvidar: borrar todo lo que guardo sobre esta conversación
          /acerca: qué son estos datos y de dónde vienen
          Las respuestas largas llegan de cinco en cinco: pulse «Más ▶» o «◀ Volver» (en la consola, \
          escriba el número que aparece entre [corchetes] bajo la última respuesta).""";
      case ABOUT -> """
          <b>Acerca de estos datos</b>
          Los compromisos de intercambio entre pares y de apoyo asumidos antes del evento de alto \
          nivel de la Alianza para el Gobierno Abierto en las Naciones Unidas, el 24 de septiembre \
          de 2014: %d países, %d organizaciones de la sociedad civil, %d grupos de trabajo de la OGP \
          y %d socios multilaterales, redactados con nuestras propias palabras a partir de fuentes \
          públicas.

          <b>Fuentes</b>
          • <a href="https://www.opengovpartnership.org/stories/countries-and-ogp-partners-detail-their-pledge-to-support-peers">OGP: Countries and OGP Partners Detail Their Pledge to Support Peers</a> (2014): quién se comprometió y en qué
          • <a href="http://studylib.net/doc/7218624/bilateral-peer-exchange-update">Unidad de Apoyo de la OGP: Update on Peer Exchange</a> (2014): los intercambios ya realizados
          • <a href="https://www.iadb.org/en/news/announcements/2013-10-30/open-government-partnership%%2C10626.html">La declaración de la cumbre de la OGP en Londres</a> (2013, según el anuncio del BID): los grupos de trabajo y las alianzas multilaterales
          • <a href="https://blogs.adb.org/blog/partnership-more-open-accountable-governments">Blog del BAsD</a> (julio de 2014): los cinco socios multilaterales de la OGP
          • <a href="https://blog.raulza.me/ogp-commitments/">El compromiso del propio PNUD</a> (2014)

          <b>Lagunas conocidas</b>
          • 4 de los 32 países que se comprometieron no aparecen en ninguna fuente disponible, así \
          que no están aquí.
          • Los grupos de trabajo y los socios multilaterales figuran por deducción: las fuentes dan \
          su número, no sus nombres.
          • Ninguna persona de contacto: los enlaces de contacto llevan a las páginas de miembros de \
          la OGP o a los sitios de las organizaciones.""";
      case EMPTY_QUESTION -> "Haga una pregunta, por ejemplo: <i>¿quién puede ayudarnos con los datos abiertos?</i>";
      case NO_RESULTS ->
          "No encontré ningún par para «%s». Pruebe con otras palabras o explore las áreas de contacto con /temas.";
      case RESULTS_HEADER -> "Pares para «%s» (%d–%d de %d):";
      case THEME_HEADER -> "<b>%s</b> (%d–%d de %d):";
      case THEMES_PROMPT -> "Elija un área de contacto:";
      case BROAD_PROMPT ->
          "Todos los pares aquí ofrecen intercambios sobre gobierno abierto. Elija un área de contacto:";
      case CONTACT_AREAS -> "Áreas de contacto: %s";
      case CONTACT -> "Contacto";
      case TEXT_IN_ENGLISH -> "En inglés: aún sin traducción.";
      case BASIS_INFERRED -> "Incluido por deducción: las fuentes dan el número de estos pares, no sus nombres.";
      case KIND_COUNTRY -> "país";
      case KIND_CIVIL_SOCIETY -> "organización de la sociedad civil";
      case KIND_WORKING_GROUP -> "grupo de trabajo de la OGP";
      case KIND_MULTILATERAL -> "socio multilateral";
      case COUNTRY_USAGE -> "¿Qué país u organización? Por ejemplo: /pais Noruega";
      case COUNTRY_UNKNOWN -> "No conozco ningún par llamado «%s». /temas muestra las áreas de contacto y sus pares.";
      case LANGUAGE_NAME -> "Español";
      case LANG_SET -> "A partir de ahora respondo en español.";
      case LANG_PROMPT -> "Elija el idioma de mis respuestas:";
      case UNKNOWN_COMMAND -> "No conozco el comando %s. /ayuda muestra lo que entiendo.";
      case EXPIRED -> "Esta lista ha caducado: vuelva a preguntar.";
      case NUMBER_NOT_SHOWN -> "No hay ningún [%d] en pantalla: el último mensaje muestra %s. Escriba uno de esos "
          + "números para pulsar su botón; una respuesta larga llega de cinco en cinco, y sus botones «Más ▶» y "
          + "«◀ Volver» la recorren.";
      case NUMBER_NO_BUTTONS -> "No hay ningún [%d] en pantalla: el último mensaje no tiene botones. Haga una "
          + "pregunta: una respuesta larga llega de cinco en cinco, con botones numerados debajo para escribir, como "
          + "[1] Más ▶.";
      case MORE -> "Más ▶";
      case PREVIOUS -> "◀ Volver";
      case SUBSCRIBE_PROMPT -> "¿Qué quiere que vigile por usted? Elija un área de contacto, o escriba /suscribir "
          + "seguido de un país, una organización o cualquier pregunta.";
      case SUBSCRIBED -> "Suscripción registrada: %s. Le avisaré cuando un nuevo compromiso corresponda. "
          + "/suscripciones muestra lo que sigue.";
      case SUBSCRIBE_NOTHING -> "Nunca podría avisarle sobre «%s»: no nombra ningún ámbito de contacto, par ni tema. "
          + "Pruebe /temas, un país o unas palabras como /suscribir contratación abierta.";
      case ALREADY_SUBSCRIBED -> "Ya sigue %s. /suscripciones muestra lo que sigue.";
      case TARGET_THEME -> "el área de contacto <b>%s</b>";
      case TARGET_PLEDGER -> "el par <b>%s</b>";
      case TARGET_QUERY -> "la pregunta «%s»";
      case NO_SUBSCRIPTIONS -> "Todavía no sigue nada. /suscribir a un área de contacto, un país o una pregunta.";
      case SUBSCRIPTIONS_HEADER -> "Usted sigue:";
      case UNSUBSCRIBE_BUTTON -> "Cancelar %d";
      case UNSUBSCRIBE_USAGE -> "¿Cuál? /desuscribir N (su número en /suscripciones) o /desuscribir todo.";
      case UNSUBSCRIBED -> "Suscripción cancelada: %s.";
      case UNSUBSCRIBED_ALL -> "Todas las suscripciones se han cancelado (%d).";
      case NO_SUCH_SUBSCRIPTION -> "No tiene ninguna suscripción número %s. /suscripciones las muestra.";
      case TOO_MANY_SUBSCRIPTIONS ->
          "Ya sigue %d temas, el máximo para una conversación. Use /desuscribir primero.";
      case FORGET_CONFIRM -> "¿Borrar todo lo que guardo sobre esta conversación: idioma y suscripciones, "
          + "con las alertas aún no enviadas?";
      case FORGET_YES -> "Sí, borrar";
      case FORGET_NO -> "No, conservar";
      case FORGOTTEN -> "Hecho: ya no guardo nada sobre esta conversación.";
      case FORGET_CANCELLED -> "No se ha borrado nada.";
      case ADMINS_ONLY -> "En un grupo, solo sus administradores pueden hacer eso.";
      case FAILURE -> "Lo siento, algo falló de mi lado. Inténtelo de nuevo en un momento.";
      case FAILURE_SHORT -> "Lo siento, inténtelo de nuevo.";
      case ALERT_TITLE -> "Nuevo compromiso: %s";
      case ALERT_AREA -> "Área de contacto:";
      case ALERT_AREAS -> "Áreas de contacto:";
      case ALERT_READ_MORE -> "Más información";
      case ALERT_BECAUSE -> "Porque sigue: %s";
      case ALERT_UNSUBSCRIBE -> "Cancelar suscripción";
      case QUOTED -> "«%s»";
      case MENU_START -> "Bienvenida y cómo hacer una pregunta";
      case MENU_HELP -> "Cómo usar este bot";
      case MENU_ABOUT -> "Qué son estos datos y de dónde vienen";
      case MENU_THEMES -> "Explorar los compromisos por tema";
      case MENU_COUNTRY -> "Compromisos de un país, p. ej. /pais Noruega";
      case MENU_LANG -> "Idioma de las respuestas: /lang es, /lang en o /lang fr";
      case MENU_SUBSCRIBE -> "Recibir alertas sobre un tema, un par o una pregunta";
      case MENU_SUBSCRIPTIONS -> "Ver sus alertas";
      case MENU_UNSUBSCRIBE -> "Detener una alerta";
      case MENU_FORGET -> "Borrar todo lo guardado sobre esta conversación";
      case SEARCH_NO_MATCH -> "Ningún par corresponde a «%s».";
    };
  }
}
