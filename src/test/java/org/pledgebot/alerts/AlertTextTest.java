package org.pledgebot.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pledgebot.chat.Reply;
import org.pledgebot.corpus.Basis;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;
import org.pledgebot.message.Button;
import org.pledgebot.testing.Shipped;

class AlertTextTest {

  private final AlertText text = new AlertText(Shipped.thesaurus());
  private final Pledge norway = Shipped.corpus().pledges().stream().filter(p -> p.id().equals("NO")).findFirst()
      .orElseThrow();

  private static Optional<Subscription> sub(long id, Target target) {
    return Optional.of(new Subscription(id, 1, target, Instant.EPOCH));
  }

  @Test
  void englishAlertNamesPledgerKindAreasSummaryLinkAndReason() {
    AlertText.Rendered alert = text.render(norway, sub(42, new Target.Theme("public-integrity")), Lang.EN);
    String html = alert.html();
    assertTrue(html.startsWith("\uD83D\uDD14 <b>New pledge: Norway</b> (country)\n"), html);
    assertTrue(html.contains("<b>Contact area:</b> Public integrity and the revolving door"), html);
    assertTrue(html.contains("Norway pledged in 2014 to pass on to peers"), html);
    assertTrue(html.contains("<a href=\"https://www.opengovpartnership.org/members/norway/\">"), html);
    assertTrue(html.endsWith("<i>Because you follow: Public integrity and the revolving door</i>"), html);
    assertEquals(List.of(new Button("Unsubscribe", "unsub:42")), alert.keyboard().buttons());
    new Reply.Send(1, html, alert.keyboard());
  }

  @Test
  void frenchAlert() {
    AlertText.Rendered alert = text.render(norway, sub(7, new Target.Theme("open-data")), Lang.FR);
    String html = alert.html();
    assertTrue(html.startsWith("\uD83D\uDD14 <b>Nouvel engagement : Norvège</b> (pays)\n"), html);
    assertTrue(html.contains("<b>Domaine de contact :</b> Intégrité publique et pantouflage"), html);
    assertTrue(html.contains("La Norvège a promis en 2014"), html);
    assertTrue(html.contains("<a href=\"https://www.opengovpartnership.org/members/norway/\">Contact</a>"), html);
    assertTrue(html.endsWith("<i>Parce que vous suivez : Données ouvertes</i>"), html);
    assertEquals("Se désabonner", alert.keyboard().buttons().get(0).label());
  }

  @Test
  void spanishAlert() {
    AlertText.Rendered alert = text.render(norway, sub(9, new Target.Query("puertas giratorias", Lang.ES)), Lang.ES);
    String html = alert.html();
    assertTrue(html.startsWith("\uD83D\uDD14 <b>Nuevo compromiso: Noruega</b> (país)\n"), html);
    assertTrue(html.contains("<b>Área de contacto:</b> "), html);
    assertTrue(html.contains("Noruega se comprometió en 2014"), html);
    assertTrue(html.contains("<a href=\"https://www.opengovpartnership.org/members/norway/\">Contacto</a>"), html);
    assertTrue(html.endsWith("<i>Porque sigue: «puertas giratorias»</i>"), html);
    assertEquals(List.of(new Button("Cancelar suscripción", "unsub:9")), alert.keyboard().buttons());
  }

  @Test
  void anInferredPledgerAndAMissingTranslationAreSaidInTheAlert() {
    Pledge group = Shipped.corpus().pledges().stream().filter(p -> p.id().equals("wg-open-data")).findFirst()
        .orElseThrow();
    assertTrue(text.render(group, Optional.empty(), Lang.ES).html()
        .contains("\n<i>Incluido por deducción: las fuentes dan el número de estos pares, no sus nombres.</i>\n"));
    assertFalse(text.render(norway, Optional.empty(), Lang.ES).html().contains("<i>"), "Norway is stated");
    String english = text.render(Shipped.pledge("XX", "Open data for all.", "open-data"), Optional.empty(), Lang.ES)
        .html();
    assertTrue(english.contains("Open data for all.\n<i>En inglés: aún sin traducción.</i>"), english);
  }

  @Test
  void reasonNamesThePledgerOrQuotesTheQuestion() {
    assertTrue(text.render(norway, sub(1, new Target.Pledger("NO")), Lang.FR).html()
        .endsWith("Parce que vous suivez : Norvège</i>"));
    assertTrue(text.render(norway, sub(1, new Target.Query("revolving door", Lang.EN)), Lang.EN).html()
        .endsWith("Because you follow: \u201Crevolving door\u201D</i>"));
    assertTrue(text.render(norway, sub(1, new Target.Query("pantouflage", Lang.FR)), Lang.FR).html()
        .endsWith("Parce que vous suivez : « pantouflage »</i>"));
  }

  @Test
  void escapesCorpusAndUserText() {
    Pledge evil = new Pledge("evil", Kind.CIVIL_SOCIETY, Map.of(Lang.EN, "<script>&Co</script>"), Map.of(),
        List.of("open-data"), Map.of(Lang.EN, "We <b>pledge</b> data & more."),
        Optional.of("https://example.org/?a=1&b=\"2\"><x"), List.of(), Optional.empty(), Basis.STATED);
    String html = text.render(evil, sub(3, new Target.Query("<i>a & b\"", Lang.EN)), Lang.EN).html();
    assertTrue(html.contains("New pledge: &lt;script&gt;&amp;Co&lt;/script&gt;</b>"), html);
    assertTrue(html.contains("We &lt;b&gt;pledge&lt;/b&gt; data &amp; more."), html);
    assertTrue(html.contains("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;&gt;&lt;x\">"), html);
    assertTrue(html.contains("\u201C&lt;i&gt;a &amp; b&quot;\u201D"), html);
    String tags = html.replaceAll("&[a-z]+;", "");
    assertEquals(List.of("<b>", "</b>", "<b>", "</b>", "<a", "</a>", "<i>", "</i>"),
        java.util.regex.Pattern.compile("</?[a-z]+>?").matcher(tags).results().map(r -> r.group()).toList(),
        "only the renderer's own tags remain");
  }

  @Test
  void languageFallsBackFromChatToSubscriptionToEnglish() {
    assertEquals(Lang.FR, AlertText.language(Optional.of(Lang.FR), Optional.of(Lang.EN)));
    assertEquals(Lang.FR, AlertText.language(Optional.empty(), Optional.of(Lang.FR)));
    assertEquals(Lang.EN, AlertText.language(Optional.empty(), Optional.empty()));
  }

  @Test
  void withoutSubscriptionNoReasonAndNoButton() {
    AlertText.Rendered alert = text.render(norway, Optional.empty(), Lang.EN);
    assertFalse(alert.html().contains("Because"));
    assertTrue(alert.keyboard().isEmpty());
  }

  @Test
  void callbackDataFitsTelegramsLimitForAnyId() {
    assertTrue(AlertText.unsubscribeData(Long.MAX_VALUE).getBytes(StandardCharsets.UTF_8).length <= 64);
  }

  @Test
  void everyPledgeOfTheCorpusRendersWithinTelegramsLimit() {
    for (Pledge pledge : Shipped.corpus().pledges()) {
      for (Lang lang : Lang.values()) {
        String html = text.render(pledge, sub(Long.MAX_VALUE, new Target.Query("q".repeat(4000), lang)), lang).html();
        assertTrue(html.length() < 1_500, pledge.id() + " " + lang + ": " + html.length());
      }
    }
  }
}
