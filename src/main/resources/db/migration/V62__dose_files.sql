-- Bulk dose files: the file (its receipt, progress and counts), the durable job queue, the execution report, and the
-- natural keys already seen in a file (to answer a duplicated line). One file is one dosimetry.submission (same id).
create table dosimetry.dose_file (
    id                 uuid primary key references dosimetry.submission (id),
    originator         text        not null,
    idempotency_key    text,
    sha256             text        not null,
    file_name          text,
    format             text        not null check (format in ('CSV', 'JSONL')),
    size_bytes         bigint      not null,
    storage_path       text        not null,
    receipt_number     text        not null unique,
    actor_kind         text        not null,
    actor_subject      text        not null,
    actor_name         text,
    accreditation_number text,
    received_at        timestamptz not null,
    status             text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    lines_total        bigint      not null,
    lines_read         bigint      not null default 0,
    last_line          bigint      not null default 0, -- physical line number of the last processed line
    accepted_count     bigint      not null default 0,
    quarantined_count  bigint      not null default 0,
    rejected_count     bigint      not null default 0,
    failure_fr         text,
    failure_en         text,
    started_at         timestamptz,
    finished_at        timestamptz,
    unique (originator, sha256),
    unique (originator, idempotency_key)
);

create index dose_file_originator on dosimetry.dose_file (originator, received_at desc);

-- The queue: a worker holds the row lock (FOR UPDATE SKIP LOCKED) while it processes the file; a crash releases it.
create table dosimetry.dose_file_job (
    file_id   uuid primary key references dosimetry.dose_file (id),
    queued_at timestamptz not null
);

create table dosimetry.dose_file_report_line (
    file_id     uuid     not null references dosimetry.dose_file (id),
    line_number bigint   not null,
    seq         smallint not null,
    outcome     text     not null check (outcome in ('REJECTED', 'QUARANTINED')),
    field       text,
    code        text     not null,
    message_fr  text     not null,
    message_en  text     not null,
    primary key (file_id, line_number, seq)
);

create table dosimetry.dose_file_line_key (
    file_id     uuid   not null references dosimetry.dose_file (id),
    key_hash    text   not null,
    line_number bigint not null,
    primary key (file_id, key_hash)
);
