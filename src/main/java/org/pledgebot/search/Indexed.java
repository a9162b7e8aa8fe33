package org.pledgebot.search;

import java.util.List;
import org.pledgebot.corpus.Pledge;

/**
 * A pledge as the index holds it.
 *
 * @param pledge the pledge
 * @param hash its fingerprint, as stored in its document
 * @param names its name keys, kept so that name lookups rebuild without re-analysing
 */
record Indexed(Pledge pledge, String hash, List<NameKey> names) {}
