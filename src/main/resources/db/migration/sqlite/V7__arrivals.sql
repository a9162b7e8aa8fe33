-- Version 7: nothing on SQLite. On PostgreSQL this version adds when each recent message can have
-- reached Telegram, for the overall limit that several instances share, and the booking as one
-- call; one process on a SQLite file keeps them in memory (pace/Pacer). The versions stay the same
-- on both databases.
SELECT 1;
