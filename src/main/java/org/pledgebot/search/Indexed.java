package org.pledgebot.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.pledgebot.corpus.Lang;
import org.pledgebot.corpus.Pledge;

/**
 * A pledge as the index holds it.
 *
 * @param pledge the pledge
 * @param hash its fingerprint, as stored in its document
 * @param names its name keys, kept so that name lookups rebuild without re-analysing
 * @param sentences its text in each language cut into sentences for snippets, filled on first use
 *     ({@link #sentences(Lang)}): the same for every question, so cut once
 */
record Indexed(Pledge pledge, String hash, List<NameKey> names, AtomicReferenceArray<Snippets.Sentences> sentences) {

  Indexed(Pledge pledge, String hash, List<NameKey> names) {
    this(pledge, hash, names, new AtomicReferenceArray<>(Lang.values().length));
  }

  /** The pledge's text in {@code lang} (its {@link Pledge#textLang}), cut into sentences. */
  Snippets.Sentences sentences(Lang lang) {
    Snippets.Sentences s = sentences.get(lang.ordinal());
    if (s == null) {
      // two searches may cut the same text at once: both get equal results, either is kept
      s = Snippets.Sentences.of(pledge.text(lang), pledge.name(lang));
      sentences.set(lang.ordinal(), s);
    }
    return s;
  }
}
