package org.pledgebot.alerts;

import org.pledgebot.corpus.Lang;

/** What a subscription watches for: a theme, one pledger, or any question saved as a search. */
public sealed interface Target permits Target.Theme, Target.Pledger, Target.Query {

  /**
   * Pledges with this contact area.
   *
   * @param themeId a thesaurus theme id
   */
  record Theme(String themeId) implements Target {}

  /**
   * Pledges by this pledger.
   *
   * @param pledgeId the pledger's id, e.g. {@code NO}
   */
  record Pledger(String pledgeId) implements Target {}

  /**
   * Pledges that a search for this question would list.
   *
   * @param text the question as the user typed it
   * @param lang the language it is in
   */
  record Query(String text, Lang lang) implements Target {}
}
