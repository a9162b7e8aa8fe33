package org.pledgebot.message;

import java.nio.charset.StandardCharsets;

/**
 * An inline button that sends {@code data} back when pressed.
 *
 * @param label what the button shows
 * @param data the callback data, at most 64 bytes of UTF-8 as Telegram requires
 */
public record Button(String label, String data) {

  /** Telegram's limit on callback data. */
  public static final int MAX_DATA_BYTES = 64;

  public Button {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("button label must not be blank");
    }
    int bytes = data.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > MAX_DATA_BYTES) {
      throw new IllegalArgumentException(
          "callback data \"" + data + "\" is " + bytes + " bytes, must be 1 to " + MAX_DATA_BYTES);
    }
  }
}
