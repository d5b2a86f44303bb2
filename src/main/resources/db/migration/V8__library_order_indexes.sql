-- The library at scale (docs/performance.md, "100,000 mothers on PostgreSQL"): a page is a
-- filter, then the library's order (name, then id), then an offset. Each filter's index now
-- also holds that order, so a page is read in order from the index and its count from the
-- index alone, instead of a scan of every exercise and a sort (which spilled to disk for
-- the last page of 10,000 exercises). Portable SQL: the same file runs on H2 and PostgreSQL.

drop index exercise_name_idx;
create index exercise_name_id_idx on exercise (name, id);

drop index exercise_category_idx;
create index exercise_category_order_idx on exercise (category, name, id);

drop index exercise_position_idx;
create index exercise_position_order_idx on exercise (position, name, id);

drop index exercise_difficulty_idx;
create index exercise_difficulty_order_idx on exercise (difficulty, name, id);
