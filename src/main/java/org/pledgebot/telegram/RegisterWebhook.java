package org.pledgebot.telegram;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethodBoolean;

/**
 * setWebhook as a JSON call. The library's {@code SetWebhook} is sent as multipart (it may carry a
 * certificate), outside the {@link BotApi} path that retries and redacts; without a certificate
 * Telegram takes the same fields as JSON. The secret is in no {@link #toString()}.
 */
final class RegisterWebhook extends BotApiMethodBoolean {

  @JsonProperty("url")
  private final String url;

  @JsonProperty("secret_token")
  private final String secretToken;

  @JsonProperty("allowed_updates")
  private final List<String> allowedUpdates;

  /** Updates waiting while the mode changes are handled, not lost. */
  @JsonProperty("drop_pending_updates")
  private final boolean dropPendingUpdates = false;

  RegisterWebhook(String url, String secretToken, List<String> allowedUpdates) {
    this.url = url;
    this.secretToken = secretToken;
    this.allowedUpdates = List.copyOf(allowedUpdates);
  }

  @Override
  public String getMethod() {
    return "setWebhook";
  }

  @Override
  public void validate() {}

  @Override
  public String toString() {
    return "setWebhook[url=" + url + ", allowed_updates=" + allowedUpdates + ", secret_token=<set>]";
  }
}
