-- Version 2: any language, not only English and French: a language is stored as its two-letter
-- lowercase ISO 639-1 code.

ALTER TABLE chats DROP CONSTRAINT chats_language_check;
ALTER TABLE chats ADD CONSTRAINT chats_language_check CHECK (language ~ '^[a-z]{2}$');

ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_lang_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_lang_check CHECK (lang ~ '^[a-z]{2}$');
