-- Accounts of people who log in through FranceConnect (workers) or ProConnect (professionals).
-- An account is created before its first login (by registration, or by the demo seeder) and is bound to the
-- identity provider's subject on that first login, matched by e-mail (professionals) or identity pivot (workers).
create schema identity;

create table identity.account (
    id                   bigint generated always as identity primary key,
    registration_id      text        not null check (registration_id in ('franceconnect', 'proconnect')),
    issuer               text,
    subject              text,
    email                text,
    actor_kind           text        not null check (actor_kind in ('WORKER', 'EMPLOYER', 'EMPLOYER_CORRESPONDENT',
                             'RADIATION_PROTECTION_ADVISER', 'OCCUPATIONAL_PHYSICIAN', 'HEALTH_PROFESSIONAL',
                             'LABOUR_INSPECTOR', 'RADIATION_PROTECTION_INSPECTOR', 'ACCREDITED_BODY', 'OPERATOR')),
    display_name         text        not null,
    siren                char(9),
    rpps                 char(11),
    accreditation_number text,
    nir                  char(15),
    -- identity pivot of a worker, normalised (upper case, no accents), to match a first FranceConnect login
    family_name          text,
    given_names          text,
    birthdate            date,
    gender               text check (gender in ('male', 'female')),
    -- department codes an inspector may see
    territory            text[]      not null default '{}',
    created_at           timestamptz not null default now(),
    created_by           text        not null,
    updated_at           timestamptz not null default now(),
    updated_by           text        not null,
    -- workers log in through FranceConnect only, professionals through ProConnect only
    check ((actor_kind = 'WORKER') = (registration_id = 'franceconnect')),
    unique (registration_id, subject)
);

create unique index account_email_key on identity.account (lower(email)) where email is not null;
create unique index account_nir_key on identity.account (nir) where nir is not null;
create index account_pivot_idx on identity.account (family_name, birthdate) where actor_kind = 'WORKER';
