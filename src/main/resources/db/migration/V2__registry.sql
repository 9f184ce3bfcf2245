-- The référentiel worker–employer (arrêté du 23 juin 2023, art. 8; arrêté du 26 juin 2019, art. 4).
-- Every row says who created it and who changed it last, and when. Rows are never deleted: an UPDATE
-- keeps the previous state in registry.row_history, a DELETE is refused (only the retention job, later, may).
create schema registry;

create table registry.activity_domain (
    code          text primary key,
    label_fr      text not null,
    label_en      text not null,
    display_order int  not null
);

create table registry.activity_sector (
    code        text primary key,
    domain_code text not null references registry.activity_domain (code),
    label_fr    text not null,
    label_en    text not null,
    valid_from  date not null default date '2000-01-01',
    valid_to    date
);

create table registry.occupation (
    code        text primary key,
    domain_code text not null references registry.activity_domain (code),
    label_fr    text not null,
    label_en    text not null,
    valid_from  date not null default date '2000-01-01',
    valid_to    date
);

create table registry.company (
    id          uuid primary key,
    siren       char(9)     not null unique,
    legal_name  text        not null,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null
);

create table registry.establishment (
    id                   uuid primary key,
    company_id           uuid        not null references registry.company (id),
    siret                char(14)    not null unique,
    name                 text        not null,
    address_line         text        not null,
    postal_code          text        not null,
    city                 text        not null,
    city_insee_code      text,
    naf_code             text        not null check (naf_code ~ '^[0-9]{2}\.?[0-9]{2}[A-Z]$'),
    activity_domain_code text        not null references registry.activity_domain (code),
    defence              boolean     not null default false,
    head_last_name       text        not null,
    head_first_name      text        not null,
    head_email           text,
    closed_on            date,
    created_at           timestamptz not null default now(),
    created_by           text        not null,
    updated_at           timestamptz not null default now(),
    updated_by           text        not null
);
create index establishment_company_idx on registry.establishment (company_id);

-- The person, keyed by NIR whichever employer declares them.
create table registry.worker (
    id                 uuid primary key,
    nir                char(15)    not null unique,
    birth_name         text        not null,
    usage_name         text,
    first_names        text        not null,
    sex                char(1)     not null check (sex in ('M', 'F')),
    birth_date         date        not null,
    birth_place_code   text        not null, -- INSEE commune code (2A004, 75056…) or country code 99xxx
    created_at         timestamptz not null default now(),
    created_by         text        not null,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null
);
create index worker_birth_name_idx on registry.worker (lower(birth_name), birth_date);

-- A different identity sent for a known NIR is kept here, never written over the worker.
create table registry.identity_discrepancy (
    id               uuid primary key,
    worker_id        uuid        not null references registry.worker (id),
    establishment_id uuid references registry.establishment (id),
    declared         jsonb       not null,
    differences      jsonb       not null,
    status           text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED', 'REJECTED')),
    resolution_note  text,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    updated_at       timestamptz not null default now(),
    updated_by       text        not null
);
create index identity_discrepancy_open_idx on registry.identity_discrepancy (worker_id) where status = 'OPEN';
create unique index identity_discrepancy_once_idx on registry.identity_discrepancy (worker_id, md5(declared::text)) where status = 'OPEN';

-- The worker–establishment couple.
create table registry.employment (
    id                 uuid primary key,
    worker_id          uuid          not null references registry.worker (id),
    establishment_id   uuid          not null references registry.establishment (id),
    contract_type      text          not null check (contract_type in
                       ('CDI', 'CDD', 'TEMPORARY_WORK', 'APPRENTICESHIP', 'SELF_EMPLOYED', 'SITE_CONTRACT', 'INTERNSHIP', 'CIVIL_SERVANT', 'OTHER')),
    working_time_ratio numeric(5, 2) not null check (working_time_ratio > 0 and working_time_ratio <= 100),
    start_date         date          not null,
    end_date           date check (end_date is null or end_date >= start_date),
    end_reason         text,
    created_at         timestamptz   not null default now(),
    created_by         text          not null,
    updated_at         timestamptz   not null default now(),
    updated_by         text          not null,
    unique (worker_id, establishment_id, start_date)
);
create index employment_establishment_idx on registry.employment (establishment_id, start_date);
create index employment_worker_idx on registry.employment (worker_id);

-- Classification and exposure of one employment, with its own validity (a new profile closes the previous one).
create table registry.exposure_profile (
    id                 uuid primary key,
    employment_id      uuid        not null references registry.employment (id),
    valid_from         date        not null,
    valid_to           date check (valid_to is null or valid_to >= valid_from),
    classification     text        not null check (classification in ('A', 'B', 'NOT_CLASSIFIED')),
    emergency_group    smallint check (emergency_group in (1, 2)),
    radon              boolean     not null default false,
    cosmic_radiation   boolean     not null default false,
    sector_code        text references registry.activity_sector (code),
    occupation_code    text references registry.occupation (code),
    monitoring_types   text[]      not null default '{}' check (monitoring_types <@ array
                       ['EXTERNAL_WHOLE_BODY', 'EXTREMITIES', 'LENS', 'NEUTRONS', 'INTERNAL', 'RADON']::text[]),
    created_at         timestamptz not null default now(),
    created_by         text        not null,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null,
    unique (employment_id, valid_from)
);

-- MDT (RPPS), CRP (employee, or external organisation by SIRET) and employer correspondent, per establishment.
create table registry.designation (
    id                uuid primary key,
    establishment_id  uuid        not null references registry.establishment (id),
    role              text        not null check (role in
                      ('OCCUPATIONAL_PHYSICIAN', 'RADIATION_PROTECTION_ADVISER', 'EMPLOYER_CORRESPONDENT')),
    last_name         text        not null,
    first_name        text        not null,
    email             text,
    phone             text,
    rpps              char(11),
    organisation_siret char(14),
    valid_from        date        not null,
    valid_to          date check (valid_to is null or valid_to >= valid_from),
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null,
    check (role <> 'OCCUPATIONAL_PHYSICIAN' or rpps is not null)
);
create index designation_establishment_idx on registry.designation (establishment_id, role);
create index designation_rpps_idx on registry.designation (rpps) where rpps is not null;
create index designation_email_idx on registry.designation (lower(email)) where email is not null;

create table registry.accredited_body (
    id                   uuid primary key,
    kind                 text        not null check (kind in
                         ('EXTERNAL_DOSIMETRY_LAB', 'MEDICAL_BIOLOGY_LAB', 'AIRCREW_DOSE_SERVICE', 'OCCUPATIONAL_HEALTH_SERVICE')),
    name                 text        not null,
    siret                char(14)    not null,
    accreditation_number text        not null unique,
    scope                text[]      not null default '{}',
    valid_from           date        not null,
    valid_to             date,
    created_at           timestamptz not null default now(),
    created_by           text        not null,
    updated_at           timestamptz not null default now(),
    updated_by           text        not null
);

-- The récépissé de déclaration: what was declared and what is still missing.
create sequence registry.receipt_number_seq;
create table registry.declaration_receipt (
    id          uuid primary key,
    number      text        not null unique,
    company_id  uuid        not null references registry.company (id),
    subject     text        not null,
    subject_id  uuid,
    outcome     text        not null check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'ENDED')),
    missing     jsonb       not null default '[]',
    created_at  timestamptz not null default now(),
    created_by  text        not null
);
create index declaration_receipt_company_idx on registry.declaration_receipt (company_id, created_at desc);

-- Nothing is overwritten: the previous state of every changed row is kept, with who changed it.
create table registry.row_history (
    id          bigint generated always as identity primary key,
    table_name  text        not null,
    row_id      uuid        not null,
    previous    jsonb       not null,
    changed_at  timestamptz not null default now(),
    changed_by  text        not null
);
create index row_history_row_idx on registry.row_history (table_name, row_id);

create function registry.keep_previous_version() returns trigger language plpgsql as $$
begin
    if to_jsonb(old) - 'updated_at' - 'updated_by' is distinct from to_jsonb(new) - 'updated_at' - 'updated_by' then
        insert into registry.row_history (table_name, row_id, previous, changed_by)
        values (tg_table_name, old.id, to_jsonb(old), new.updated_by);
    end if;
    return new;
end $$;

create function registry.refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'rows of registry.% are never deleted; end them with a date instead', tg_table_name
        using errcode = 'P0001';
end $$;

do $$
declare t text;
begin
    foreach t in array array['company', 'establishment', 'worker', 'identity_discrepancy', 'employment',
                             'exposure_profile', 'designation', 'accredited_body'] loop
        execute format('create trigger %I_history before update on registry.%I for each row execute function registry.keep_previous_version()', t, t);
        execute format('create trigger %I_no_delete before delete on registry.%I for each row execute function registry.refuse_delete()', t, t);
    end loop;
end $$;
