-- Version 6: the answers behind "More" buttons, so that any instance can serve any button. A
-- listing belongs to its chat and is found by its random key; body is JSON (the header, the
-- language, the pledger ids and summaries). Kept 24 hours and a few per chat.

CREATE TABLE listings (
  chat_id BIGINT NOT NULL,
  key     TEXT NOT NULL,
  body    TEXT NOT NULL,
  created BIGINT NOT NULL,                      -- epoch milliseconds
  PRIMARY KEY (chat_id, key)
);

CREATE INDEX listings_created ON listings (created);
