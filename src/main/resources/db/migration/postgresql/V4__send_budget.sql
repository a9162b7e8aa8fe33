-- Version 4: Telegram's sending limits shared by every instance (store/PostgresThrottle). Times
-- are microseconds on the database server's clock, the one clock all instances share.

-- One row per chat sent to lately, and the row of chat_id 0 (no Telegram chat has that id) for
-- the overall pace. next_free: no message before it (the next overall slot; a chat's last
-- message plus its interval). paused_until: a 429's retry_after.
CREATE TABLE send_pace (
  chat_id      BIGINT PRIMARY KEY,
  next_free    BIGINT NOT NULL DEFAULT 0,
  paused_until BIGINT NOT NULL DEFAULT 0
);

-- The messages of the last minute to each group, for its per-minute quota.
CREATE TABLE group_sends (
  chat_id BIGINT NOT NULL,
  sent_at BIGINT NOT NULL
);
CREATE INDEX group_sends_chat ON group_sends (chat_id, sent_at);
