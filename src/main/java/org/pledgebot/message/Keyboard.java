package org.pledgebot.message;

import java.util.List;

/**
 * Rows of inline buttons under a message.
 *
 * @param rows the rows, top first; empty for no keyboard
 */
public record Keyboard(List<List<Button>> rows) {

  /** No buttons. */
  public static final Keyboard NONE = new Keyboard(List.of());

  public Keyboard {
    rows = rows.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
  }

  /** One button per row. */
  public static Keyboard column(List<Button> buttons) {
    return new Keyboard(buttons.stream().map(List::of).toList());
  }

  /** Whether there is no button at all. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** All buttons, row by row. */
  public List<Button> buttons() {
    return rows.stream().flatMap(List::stream).toList();
  }
}
