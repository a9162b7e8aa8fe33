package org.pledgebot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.pledgebot.chat.UpdateInbox;

/**
 * Webhook mode: where Telegram posts, the secret it must send, and the inbox that makes handling
 * idempotent by update id.
 *
 * @param url the public HTTPS address Telegram posts to; the bot serves its path
 * @param secret Telegram's {@code secret_token}, checked on every request; in no log or toString
 * @param inbox where accepted updates are recorded, shared by every instance
 * @param reregister call setWebhook even when getWebhookInfo shows this url and these update
 *     types: the only way to change the secret alone, since Telegram never shows it
 * @param lease how long an instance has to handle an update it accepted before another takes it over
 * @param recoverEvery how often updates whose lease ran out are looked for
 */
public record WebhookSettings(URI url, String secret, UpdateInbox inbox, boolean reregister, Duration lease,
    Duration recoverEvery) {

  /** Telegram's rule for secret tokens. */
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  public WebhookSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(inbox, "inbox");
    if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException("webhook URL " + url + " must be an https URL with a host");
    }
    if (!validSecret(secret)) {
      // the value itself is never quoted
      throw new IllegalArgumentException("webhook secret must be 1 to 256 characters A-Z, a-z, 0-9, _ or -");
    }
    if (lease.isNegative() || lease.isZero() || recoverEvery.isNegative() || recoverEvery.isZero()) {
      throw new IllegalArgumentException("webhook lease and recovery interval must be positive, got "
          + lease + " and " + recoverEvery);
    }
  }

  /** Whether Telegram takes {@code secret} as a secret_token: 1 to 256 of A-Z, a-z, 0-9, _ and -. */
  public static boolean validSecret(String secret) {
    return secret != null && SECRET.matcher(secret).matches();
  }

  /** The defaults: no forced registration, a 5-minute lease, recovery every 30 s. */
  public static WebhookSettings of(URI url, String secret, UpdateInbox inbox, boolean reregister) {
    return new WebhookSettings(url, secret, inbox, reregister, Duration.ofMinutes(5), Duration.ofSeconds(30));
  }

  /** The path the bot serves: the URL's, {@code /} when it has none. */
  public String path() {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  @Override
  public String toString() {
    return "WebhookSettings[url=" + url + ", secret=<set>, inbox=" + inbox + ", reregister=" + reregister
        + ", lease=" + lease + ", recoverEvery=" + recoverEvery + "]";
  }
}
