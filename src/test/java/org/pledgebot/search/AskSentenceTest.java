package org.pledgebot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sentence of a message that carries its ask, and the lead its themes take over the situation's. */
class AskSentenceTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private static final Set<String> FILLER = Set.of("who", "help", "would", "like");

  /** The ask of {@code text}, its tokens split at letters, its sentences and marks as the compiler finds them. */
  private static Optional<String> ask(String text) {
    List<Analysis.Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Analysis.Token(m.group().toLowerCase(java.util.Locale.ROOT), m.start(), m.end()));
    }
    int[] sentence = QuestionCompiler.sentences(text, tokens);
    boolean[] marked = QuestionCompiler.marked(text, tokens, sentence);
    return AskSentence.of(text, tokens, sentence, marked, i -> FILLER.contains(tokens.get(i).term()));
  }

  @Test
  void theAskIsTheLastSentencePutAsAQuestionNeverTheFirst() {
    assertEquals(Optional.of("Who helps councils share their minutes?"),
        ask("Our radio covers the north. The council tells us nothing. Who helps councils share their minutes? Thanks."));
    assertEquals(Optional.of("¿Quién publica los contratos?"), ask("Vivimos junto a una mina. ¿Quién publica los contratos?"));
    assertEquals(Optional.empty(), ask("Who helps councils share their minutes? Our radio covers the north."));
    assertEquals(Optional.empty(), ask("Who helps councils share their minutes?"));
  }

  @Test
  void withoutAQuestionMarkTheLastSentenceAsksWithTheFiller() {
    assertEquals(Optional.of("We would like advice on open registers."),
        ask("Our clinic is short of nurses. We would like advice on open registers."));
    assertEquals(Optional.empty(), ask("We would like advice on open registers. Our clinic is short of nurses."));
  }

  @Test
  void theAsksThemesOfAThesaurusWordLeadWhereAnotherLed() {
    Map<String, Float> whole = new LinkedHashMap<>(Map.of("budget-transparency", 3f, "legislative-openness", 2f));
    Map<String, Float> led = AskSentence.led(whole, Map.of("legislative-openness", 1.5f));
    assertEquals(4.5f, led.get("legislative-openness"));
    assertEquals(3f, led.get("budget-transparency"));
    // a theme tied at the lead with one the ask does not name leads alone
    Map<String, Float> tied = AskSentence.led(Map.of("public-services", 2f, "citizen-engagement", 2f),
        Map.of("citizen-engagement", 2f));
    assertEquals(4f, tied.get("citizen-engagement"));
  }

  @Test
  void aWeakOrUntoldThemeOfTheAskAndAnAlreadyLedMessageChangeNothing() {
    Map<String, Float> whole = Map.of("open-data", 2f);
    // a cue's weight, and a theme the whole message does not name
    assertSame(whole, AskSentence.led(whole, Map.of("open-data", 0.25f)));
    assertSame(whole, AskSentence.led(whole, Map.of("public-integrity", 2f)));
    Map<String, Float> both = Map.of("action-plans", 1f, "citizen-engagement", 0.5f);
    assertSame(both, AskSentence.led(both, Map.of("citizen-engagement", 0.5625f)));
    Map<String, Float> already = Map.of("natural-resources", 3f, "accountability", 1f);
    assertSame(already, AskSentence.led(already, Map.of("natural-resources", 2f, "accountability", 1f)));
  }

  @Test
  void anAskCarriesTheMessageOnlyByAThesaurusWordsThemeTheWholeNames() {
    Map<String, Float> whole = Map.of("natural-resources", 1.625f);
    assertEquals(true, AskSentence.carries(whole, Map.of("natural-resources", 2f)));
    assertEquals(false, AskSentence.carries(whole, Map.of("natural-resources", 0.5f)));
    assertEquals(false, AskSentence.carries(whole, Map.of("budget-transparency", 2f)));
    assertEquals(false, AskSentence.carries(Map.of(), Map.of("budget-transparency", 2f)));
  }

  @Test
  void aThemeWordTheSituationToldAlreadyIsNoNewAsk() {
    List<String> whole = List.of("our", "family", "budget", "is", "a", "mess", "who", "audits", "the", "budget");
    assertEquals(true, AskSentence.toldBefore(whole, List.of("who", "audits", "the", "budget"), Set.of("budget")));
    assertEquals(false, AskSentence.toldBefore(whole, List.of("who", "audits", "the", "budget"), Set.of("audits")));
  }
}
