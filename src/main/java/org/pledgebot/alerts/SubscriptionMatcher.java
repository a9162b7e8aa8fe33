package org.pledgebot.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.pledgebot.alerts.PledgeLedger.NewAlert;
import org.pledgebot.corpus.Pledge;

/** Finds the chats a new pledge concerns: one alert per chat, naming its oldest matching subscription. */
final class SubscriptionMatcher {

  private final QueryMatch queries;

  SubscriptionMatcher(QueryMatch queries) {
    this.queries = queries;
  }

  /**
   * The alerts for {@code pledge} among {@code subscriptions} (oldest first). Each distinct
   * question is tested once however many chats saved it, and not at all for chats that an
   * older subscription already matched.
   */
  List<NewAlert> match(Pledge pledge, List<Subscription> subscriptions) {
    Set<String> themes = new HashSet<>(pledge.themes());
    Predicate<Target.Query> answers = null;
    Map<Target.Query, Boolean> decided = new HashMap<>();
    Set<Long> alerted = new HashSet<>();
    List<NewAlert> out = new ArrayList<>();
    for (Subscription subscription : subscriptions) {
      if (alerted.contains(subscription.chatId())) {
        continue;
      }
      boolean matches;
      Target target = subscription.target();
      if (target instanceof Target.Theme theme) {
        matches = themes.contains(theme.themeId());
      } else if (target instanceof Target.Pledger pledger) {
        matches = pledger.pledgeId().equals(pledge.id());
      } else {
        if (answers == null) {
          answers = queries.over(pledge);
        }
        matches = decided.computeIfAbsent((Target.Query) target, answers::test);
      }
      if (matches) {
        alerted.add(subscription.chatId());
        out.add(new NewAlert(subscription.chatId(), subscription.id()));
      }
    }
    return out;
  }
}
