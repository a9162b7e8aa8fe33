package org.pledgebot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the index holds, as an immutable snapshot swapped after every commit: pledges by id, the
 * name lookup, the vocabulary typos are corrected towards, the terms of the word fields and how
 * each language spells ({@link Letters}).
 * Searches read one snapshot
 * throughout, so an update never shows them half done.
 */
record Catalog(Map<String, Indexed> byId, Map<String, String> idsLower, NameIndex names, Vocabulary vocabulary,
    FieldTerms terms, Letters letters) {

  static Catalog of(Analysis analysis, Map<String, Indexed> byId, Vocabulary vocabulary, FieldTerms terms,
      Letters letters) {
    List<NameKey> keys = new ArrayList<>();
    Map<String, String> lower = new HashMap<>();
    for (Indexed ix : byId.values()) {
      keys.addAll(ix.names());
      lower.put(ix.pledge().id().toLowerCase(Locale.ROOT), ix.pledge().id());
    }
    return new Catalog(Map.copyOf(byId), Map.copyOf(lower), new NameIndex(analysis, keys), vocabulary, terms,
        letters);
  }

  /**
   * The catalog after an update to {@code next}, whose unchanged entries are this catalog's own
   * objects: only the names of added, changed and removed pledges are touched, so a one-pledge
   * update of a large index does not rebuild the name lookup.
   */
  Catalog changed(Map<String, Indexed> next, Vocabulary vocabulary, FieldTerms terms, Letters letters) {
    List<NameKey> removed = new ArrayList<>();
    List<NameKey> added = new ArrayList<>();
    Map<String, String> lower = new HashMap<>(idsLower);
    byId.forEach((id, old) -> {
      // identity, not equality: an entry the update did not replace is the very same object
      if (next.get(id) != old) {
        removed.addAll(old.names());
        lower.remove(id.toLowerCase(Locale.ROOT));
      }
    });
    next.forEach((id, now) -> {
      if (byId.get(id) != now) {
        added.addAll(now.names());
        lower.put(id.toLowerCase(Locale.ROOT), id);
      }
    });
    return new Catalog(Map.copyOf(next), Map.copyOf(lower), names.changed(removed, added), vocabulary, terms,
        letters);
  }
}
