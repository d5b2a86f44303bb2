-- Reminders: the days and time she chose for her session, in her time zone (an IANA id), which
-- her calendar file carries (docs/architecture.md, "Reminders and the calendar feed").
-- days: the RFC 5545 day codes, Monday first, e.g. 'MO,WE,FR'.
create table reminder (
    account_id bigint                      not null primary key references account (id) on delete cascade,
    days       varchar(20)                 not null,
    at_time    time                        not null,
    time_zone  varchar(64)                 not null,
    updated_at timestamp(6) with time zone not null
);

-- Her calendar feed's address: a random token in the URL, of which only the SHA-256 hash (hex)
-- is kept, as for mailed links. One per account; a new link replaces the row, stopping the old.
create table calendar_feed (
    account_id bigint                      not null primary key references account (id) on delete cascade,
    token_hash varchar(64)                 not null,
    created_at timestamp(6) with time zone not null,
    constraint calendar_feed_token_uk unique (token_hash)
);
