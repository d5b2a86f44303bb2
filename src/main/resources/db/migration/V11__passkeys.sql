-- Passkeys (WebAuthn), in the tables and columns Spring Security's JDBC repositories read
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository), in types that
-- H2 and PostgreSQL both take: bytea for the keys, timestamps with time zone.
--
-- A user entity is her account as her passkeys know it: a random id (the "user handle" her
-- authenticator stores) and her email as name. The name follows her account's email, and
-- deleting her account deletes her user entity and with it every passkey of hers.

create table user_entities (
    id           varchar(100) not null,
    name         varchar(254) not null,
    display_name varchar(254),
    constraint user_entities_pk primary key (id),
    constraint user_entities_name_uk unique (name),
    constraint user_entities_account_fk foreign key (name)
        references account (email) on delete cascade on update cascade
);

-- Labels are at most 64 characters (account.PasskeyLabel), which is at most 128 UTF-16 units
-- as H2 counts them; a credential id is at most 1,023 bytes (WebAuthn), 1,364 in base64url.
create table user_credentials (
    credential_id                varchar(1400)               not null,
    user_entity_user_id          varchar(100)                not null,
    public_key                   bytea                       not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean                     not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean                     not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp(6) with time zone,
    last_used                    timestamp(6) with time zone,
    label                        varchar(128)                not null,
    constraint user_credentials_pk primary key (credential_id),
    constraint user_credentials_user_fk foreign key (user_entity_user_id)
        references user_entities (id) on delete cascade
);

create index user_credentials_user_idx on user_credentials (user_entity_user_id);
