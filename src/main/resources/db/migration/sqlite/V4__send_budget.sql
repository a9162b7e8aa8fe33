-- Version 4: nothing on SQLite. On PostgreSQL this version adds the send budget that several
-- instances share; one process on a SQLite file keeps it in memory (pace/RateLimiter). The
-- versions stay the same on both databases.
SELECT 1;
