-- Where each part of an exercise comes from, told part by part (docs/content-guide.md):
-- ARTICLE when a cited article gives it, OURS when the app chose it. Replaces the single
-- dosage_from_source flag, which claimed the article for numbers it never gave.
-- Portable SQL: the same file runs on H2 and PostgreSQL. Rows already stored get the
-- modest claim OURS until the loader rewrites every exercise from content at start-up.

alter table exercise add column provenance_steps varchar(10) default 'OURS' not null;
alter table exercise add column provenance_reps_and_hold varchar(10) default 'OURS' not null;
alter table exercise add column provenance_sets varchar(10) default 'OURS' not null;

alter table exercise alter column provenance_steps drop default;
alter table exercise alter column provenance_reps_and_hold drop default;
alter table exercise alter column provenance_sets drop default;

alter table exercise drop column dosage_from_source;
