-- H2 (development database) keeps the version sequence aligned with PostgreSQL; the append-only
-- trigger exists only on PostgreSQL, where production data lives.
select 1;
