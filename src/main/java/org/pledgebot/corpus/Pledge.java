package org.pledgebot.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One pledger's pledge, as read from {@code index/pledges/<id>.json}.
 *
 * <p>The reference language ({@link Lang#reference()}, English) is required for {@link #name} and
 * {@link #pledge}; the other languages are optional and the accessors fall back to the reference
 * language when one is missing ({@link #hasText} tells).
 *
 * @param id ISO 3166-1 alpha-2 for countries, a lowercase slug otherwise; the file name
 * @param kind the sort of pledger
 * @param name display names by language
 * @param aliases other names and acronyms by language, possibly empty
 * @param themes theme ids from the thesaurus, at least one
 * @param pledge the pledge text by language
 * @param url the contact link, if any
 * @param sources the http(s) addresses the text relies on, possibly empty
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
    List<String> sources,
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
    sources = List.copyOf(sources);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(basis, "basis");
    Lang reference = Lang.reference();
    if (!name.containsKey(reference) || !pledge.containsKey(reference)) {
      throw new IllegalArgumentException(
          "pledge " + id + ": name and text in " + reference.code() + " are required");
    }
  }

  /** The name in {@code lang}, else in the reference language. */
  public String name(Lang lang) {
    return name.getOrDefault(lang, name.get(Lang.reference()));
  }

  /** The pledge text in {@code lang}, else in the reference language ({@link #textLang}). */
  public String text(Lang lang) {
    return pledge.get(textLang(lang));
  }

  /** The language {@link #text} is shown in for {@code lang}: itself, else the reference language. */
  public Lang textLang(Lang lang) {
    return pledge.containsKey(lang) ? lang : Lang.reference();
  }

  /** Whether the pledge text exists in {@code lang} itself (not by fallback). */
  public boolean hasText(Lang lang) {
    return pledge.containsKey(lang);
  }

  /** The first of {@link #sources}, the one source older files gave, if any. */
  public Optional<String> source() {
    return sources.stream().findFirst();
  }

  /** Aliases in {@code lang}, possibly empty. */
  public List<String> aliases(Lang lang) {
    return aliases.getOrDefault(lang, List.of());
  }
}
