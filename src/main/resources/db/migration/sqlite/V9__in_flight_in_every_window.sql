-- Version 9: nothing on SQLite. On PostgreSQL this version makes pace_book count a message still
-- unanswered in the window before every slot booked after it; one process on a SQLite file paces
-- in memory (pace/Pacer). The versions stay the same on both databases.
SELECT 1;
