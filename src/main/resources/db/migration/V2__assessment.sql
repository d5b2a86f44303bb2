-- Stored assessments: the answers, the outcome as shown, the rules version and the time.
-- The outcome is kept as it was, so a later change of rules or words never rewrites
-- what a mother was told.
create table assessment (
    id            uuid           primary key,
    created_at    timestamp(6) with time zone not null,
    rules_version varchar(80)    not null,
    level         varchar(20)    not null,
    answers       varchar(10000) not null,
    outcome       varchar(100000) not null
);

create index assessment_created_idx on assessment (created_at);
