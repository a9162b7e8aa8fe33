package org.pledgebot.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One pledger's pledge, as read from {@code index/pledges/<id>.json}.
 *
 * <p>English is required for {@link #name} and {@link #pledge}; French is optional and the
 * accessors fall back to English when it is missing.
 *
 * @param id ISO 3166-1 alpha-2 for countries, a lowercase slug otherwise; the file name
 * @param kind the sort of pledger
 * @param name display names by language
 * @param aliases other names and acronyms by language, possibly empty
 * @param themes theme ids from the thesaurus, at least one
 * @param pledge the pledge text by language
 * @param url the contact link, if any
 * @param source where the facts come from, if given
 * @param published when the pledge was published, if given
 * @param basis whether a source names the pledger or it is inferred ({@link Basis#STATED} when
 *     the file does not say)
 */
public record Pledge(
    String id,
    Kind kind,
    Map<Lang, String> name,
    Map<Lang, List<String>> aliases,
    List<String> themes,
    Map<Lang, String> pledge,
    Optional<String> url,
    Optional<String> source,
    Optional<LocalDate> published,
    Basis basis) {

  public Pledge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = Map.copyOf(name);
    aliases = Map.copyOf(aliases);
    themes = List.copyOf(themes);
    pledge = Map.copyOf(pledge);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(basis, "basis");
    if (!name.containsKey(Lang.EN) || !pledge.containsKey(Lang.EN)) {
      throw new IllegalArgumentException("pledge " + id + ": English name and text are required");
    }
  }

  /** The name in {@code lang}, else in English. */
  public String name(Lang lang) {
    return name.getOrDefault(lang, name.get(Lang.EN));
  }

  /** The pledge text in {@code lang}, else in English. */
  public String text(Lang lang) {
    return pledge.getOrDefault(lang, pledge.get(Lang.EN));
  }

  /** Whether the pledge text exists in {@code lang} itself (not by fallback). */
  public boolean hasText(Lang lang) {
    return pledge.containsKey(lang);
  }

  /** Aliases in {@code lang}, possibly empty. */
  public List<String> aliases(Lang lang) {
    return aliases.getOrDefault(lang, List.of());
  }
}
