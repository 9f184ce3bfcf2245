-- Classification consistency notices (R.4451-57) and the CRP's dose constraints with their pre-alerts (R.4451-33,
-- R.4451-69 II; not regulatory alerts). Each is raised once per cause.

create table surveillance.classification_notice (
    id               uuid primary key,
    kind             text        not null check (kind in ('CATEGORY_B_ABOVE_A_THRESHOLD', 'NOT_CLASSIFIED_WITH_RESULTS')),
    cause_key        text        not null,
    worker_id        uuid        not null references registry.worker (id),
    establishment_id uuid        not null references registry.establishment (id),
    quantity         text        not null,
    window_start     date        not null,
    window_end       date        not null,
    sum_msv          numeric(12, 3) not null,
    threshold_msv    numeric(12, 3),
    created_at       timestamptz not null,
    unique (kind, cause_key)
);

create table surveillance.dose_constraint (
    id                 uuid primary key,
    establishment_id   uuid        not null references registry.establishment (id),
    quantity           text        not null check (quantity in ('EFFECTIVE', 'EXTREMITY_SKIN', 'LENS')),
    value_msv          numeric(12, 3) not null check (value_msv > 0),
    pre_alert_fraction numeric(4, 3) not null check (pre_alert_fraction > 0 and pre_alert_fraction <= 1),
    valid_from         date        not null,
    created_by         text        not null,
    created_at         timestamptz not null
);
create index dose_constraint_establishment on surveillance.dose_constraint (establishment_id);

create table surveillance.constraint_pre_alert (
    id             uuid primary key,
    constraint_id  uuid        not null references surveillance.dose_constraint (id),
    worker_id      uuid        not null references registry.worker (id),
    window_start   date        not null,
    window_end     date        not null,
    sum_msv        numeric(12, 3) not null,
    created_at     timestamptz not null,
    unique (constraint_id, worker_id)
);

create trigger classification_notice_append_only before update or delete on surveillance.classification_notice
    for each row execute function surveillance.refuse_change();
create trigger dose_constraint_append_only before update or delete on surveillance.dose_constraint
    for each row execute function surveillance.refuse_change();
