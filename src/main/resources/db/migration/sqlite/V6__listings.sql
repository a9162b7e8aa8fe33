-- Version 6: the answers behind "More" buttons, as on PostgreSQL, where several instances share
-- them; a bot on SQLite keeps them in memory, but both databases keep one schema.

CREATE TABLE listings (
  chat_id INTEGER NOT NULL,
  key     TEXT NOT NULL,
  body    TEXT NOT NULL,
  created INTEGER NOT NULL,                     -- epoch milliseconds
  PRIMARY KEY (chat_id, key)
);

CREATE INDEX listings_created ON listings (created);
