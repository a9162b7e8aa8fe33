package org.pledgebot.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pledgebot.corpus.Kind;
import org.pledgebot.corpus.Lang;

/** Every message exists in every language, takes the same arguments there, and is well-formed. */
class MessagesTest {

  /** A format specifier: argument index, flags, width, precision, conversion. */
  static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(\\.\\d+)?([tT]?[a-zA-Z%])");

  static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

  static final Set<String> TELEGRAM_TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre");

  /** The conversions of {@code template} in order, e.g. {@code [s, d, d, d]}; {@code %%} and {@code %n} aside. */
  static List<String> placeholders(String template) {
    List<String> out = new ArrayList<>();
    Matcher m = SPECIFIER.matcher(template);
    while (m.find()) {
      String conversion = m.group(3);
      if (!conversion.equals("%") && !conversion.equals("n")) {
        out.add((m.group(1) == null ? "" : m.group(1)) + conversion);
      }
    }
    return out;
  }

  @Test
  void everyMessageHasATextInEveryLanguage() {
    for (Say key : Say.values()) {
      for (Lang lang : Lang.values()) {
        String text = key.template(lang);
        assertTrue(text != null && !text.isBlank(), key + " has no " + lang + " text");
        assertEquals(text.strip(), text, key + " in " + lang + " has spaces around it");
      }
    }
  }

  @Test
  void placeholdersMatchAcrossLanguages() {
    for (Say key : Say.values()) {
      List<String> english = placeholders(key.template(Lang.EN));
      for (Lang lang : Lang.values()) {
        assertEquals(english, placeholders(key.template(lang)), key + " in " + lang + " takes other arguments");
      }
    }
  }

  @Test
  void theCheckSeesAMismatch() {
    assertEquals(List.of("s", "d", "d", "d"), placeholders("Pairs pour « %s » (%d–%d sur %d) :"));
    assertEquals(List.of("d"), placeholders("100%% of %d, %n"));
    assertFalse(placeholders("%s and %d").equals(placeholders("%d and %s")));
  }

  @Test
  void everyMessageFormatsWithArgumentsOfItsKinds() {
    for (Say key : Say.values()) {
      for (Lang lang : Lang.values()) {
        Object[] args = placeholders(key.template(lang)).stream()
            .map(c -> c.endsWith("d") ? (Object) 7 : "x").toArray();
        String text = key.in(lang, args);
        assertFalse(Pattern.compile("%(\\d+\\$)?[sd]").matcher(text).find(), key + " in " + lang + ": " + text);
        assertFalse(text.contains("%%"), key + " in " + lang + ": " + text);
      }
    }
  }

  @Test
  void htmlTagsAreTelegramsAndBalanced() {
    for (Say key : Say.values()) {
      for (Lang lang : Lang.values()) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(key.template(lang));
        while (m.find()) {
          String where = key + " in " + lang + ": " + m.group();
          assertTrue(TELEGRAM_TAGS.contains(m.group(2)), where);
          if (m.group(1).isEmpty()) {
            open.push(m.group(2));
          } else {
            assertEquals(m.group(2), open.poll(), where);
          }
        }
        assertTrue(open.isEmpty(), key + " in " + lang + " leaves " + open + " open");
      }
    }
  }

  @Test
  void buttonsAndMenusFitTelegramsLimits() {
    Set<Say> buttons = EnumSet.of(Say.MORE, Say.PREVIOUS, Say.FORGET_YES, Say.FORGET_NO, Say.UNSUBSCRIBE_BUTTON,
        Say.ALERT_UNSUBSCRIBE, Say.LANGUAGE_NAME, Say.FAILURE_SHORT);
    for (Lang lang : Lang.values()) {
      for (Say key : buttons) {
        assertTrue(key.in(lang, 50).length() <= 64, key + " in " + lang);
      }
      for (Say key : Say.values()) {
        if (key.name().startsWith("MENU_")) {
          assertTrue(key.in(lang).length() <= 256, key + " in " + lang);
        }
      }
    }
  }

  @Test
  void eachLanguageIsNamedInItselfAndEachKindHasItsLabel() {
    Set<String> names = new HashSet<>();
    for (Lang lang : Lang.values()) {
      assertTrue(names.add(Say.LANGUAGE_NAME.in(lang)), lang.toString());
    }
    assertEquals(Set.of("English", "Français", "Español"), names);
    assertEquals("país", Say.kind(Kind.COUNTRY).in(Lang.ES));
    assertEquals("groupe de travail du PGO", Say.kind(Kind.WORKING_GROUP).in(Lang.FR));
    assertEquals("multilateral partner", Say.kind(Kind.MULTILATERAL).in(Lang.EN));
  }
}
