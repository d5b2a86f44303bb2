-- Sessions finished with no connection are sent later by her browser, perhaps several times
-- (docs/architecture.md, "Offline"): each carries an id made in the browser, unique per account,
-- so the index decides which of two sends at once stores it. synced_at moves her signed-in
-- page cache's version when a past day is written, and sync_outcome answers a repeat like the first.
alter table practice_session add column client_id varchar(36);
alter table practice_session add column synced_at timestamp(6) with time zone;
alter table practice_session add column sync_outcome varchar(20);

create unique index practice_session_client_id_idx on practice_session (account_id, client_id);
create index practice_session_synced_at_idx on practice_session (account_id, synced_at);
