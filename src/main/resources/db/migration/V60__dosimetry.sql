-- Dose records: every result an accredited body, MDT, nuclear operator or aircrew dose service sends.
create schema if not exists dosimetry;

create sequence dosimetry.receipt_seq;

create table dosimetry.submission (
    id              uuid primary key,
    originator      text        not null,
    idempotency_key text,
    request_hash    text        not null,
    channel         text        not null check (channel in ('API', 'API_BATCH', 'FILE', 'FORM')),
    status          text        not null check (status in ('PROCESSED', 'FAILED')),
    record_count    integer     not null,
    accepted_count  integer     not null,
    quarantined_count integer   not null,
    rejected_count  integer     not null,
    receipt_number  text        not null unique,
    http_status     smallint    not null,
    answer          jsonb       not null,
    submitted_by    text        not null,
    created_at      timestamptz not null default now(),
    unique (originator, idempotency_key)
);

-- Partitioned by the start of the wearing period: a worker's history is read by year ranges.
create table dosimetry.dose_record (
    id                    uuid          not null,
    worker_id             uuid          not null references registry.worker (id),
    establishment_id      uuid          not null references registry.establishment (id),
    originator_kind       text          not null check (originator_kind in
                          ('ACCREDITED_BODY', 'OCCUPATIONAL_PHYSICIAN', 'NUCLEAR_OPERATOR', 'AIRCREW_DOSE_SERVICE')),
    originator_id         text          not null, -- accreditation number, RPPS or operator SIRET
    monitoring_kind       text          not null check (monitoring_kind in
                          ('EXTERNAL_PASSIVE', 'EXTERNAL_OPERATIONAL', 'INTERNAL_RADIOTOXICOLOGY',
                           'INTERNAL_ANTHROPORADIOMETRY', 'INTERNAL_COMMITTED_BY_MDT', 'RADON', 'COSMIC',
                           'EMERGENCY_EXTRAPOLATED', 'MDT_NON_ACCREDITED_SOURCE')),
    dosimeter_id          text          not null,
    body_location         text          check (body_location in ('WHOLE_BODY', 'EXTREMITY', 'LENS')),
    radiation_type        text          check (radiation_type in ('PHOTONS', 'BETA', 'NEUTRONS')),
    period_start          date          not null,
    period_end            date          not null check (period_end >= period_start),
    quantity              text          not null check (quantity in
                          ('HP10', 'HP007', 'HP3', 'HP10_NEUTRON', 'E50', 'H50', 'RADON', 'AIRCREW_E')),
    value_msv             numeric(12, 3) check (value_msv >= 0),
    below_threshold       boolean       not null default false,
    threshold_msv         numeric(12, 3) check (threshold_msv >= 0),
    status                text          not null check (status in ('RESULT', 'NO_RESULT', 'LATE_RESULT')),
    review_required       boolean       not null default false, -- over 10 Sv: the operator checks it
    emergency_event_id    uuid,
    channel               text          not null,
    submission_id         uuid          not null references dosimetry.submission (id),
    received_at           timestamptz   not null,
    receipt_number        text          not null,
    version               integer       not null default 1 check (version >= 1),
    previous_version_id   uuid,
    correction_reason     text,
    cancelled             boolean       not null default false,
    primary key (id, period_start),
    unique (originator_kind, originator_id, dosimeter_id, period_start, period_end, quantity, version),
    check (status = 'NO_RESULT' or value_msv is not null)
) partition by range (period_start);

do $$
begin
    for y in 1970..2040 loop
        execute format('create table dosimetry.dose_record_%s partition of dosimetry.dose_record '
                       'for values from (%L) to (%L)', y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
    end loop;
end
$$;

create table dosimetry.dose_record_default partition of dosimetry.dose_record default;

create index dose_record_worker_period on dosimetry.dose_record (worker_id, period_start);
create index dose_record_review on dosimetry.dose_record (review_required) where review_required;

-- A record whose worker or establishment cannot be matched waits here, never dropped.
create table dosimetry.quarantine (
    id                 uuid primary key,
    submission_id      uuid        not null references dosimetry.submission (id),
    originator_kind    text        not null,
    originator_id      text        not null,
    raw_record         jsonb       not null,
    reason_code        text        not null check (reason_code in
                       ('UNKNOWN_NIR', 'NIR_NAME_MISMATCH', 'UNKNOWN_SIRET', 'NO_EMPLOYMENT_AT_DATE',
                        'WORKER_NOT_CLASSIFIED')),
    received_at        timestamptz not null,
    released_at        timestamptz,
    released_record_id uuid
);

create index quarantine_waiting on dosimetry.quarantine (reason_code) where released_at is null;
