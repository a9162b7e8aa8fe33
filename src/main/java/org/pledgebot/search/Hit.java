package org.pledgebot.search;

import org.pledgebot.corpus.Pledge;

/**
 * One pledger that answers a question.
 *
 * @param pledge the pledge
 * @param score the relevance score, higher is better; comparable only within one response
 * @param snippet a short plain-text extract of the pledge in the answer language
 */
public record Hit(Pledge pledge, float score, String snippet) {}
