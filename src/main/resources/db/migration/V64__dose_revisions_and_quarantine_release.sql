-- Corrections, cancellations and the automatic release of quarantined records.

-- A record is found by its id alone (corrections, MDT pages); the primary key leads with it in every partition.
-- The current version of a natural key is read through the unique (key, version) index created in V60.

-- Waiting entries are found again by the identifiers a référentiel change names: the NIR and SIRET as received,
-- reduced to their canonical form the way core.Nir and core.Siret read them (separators dropped, upper case).
create index quarantine_waiting_nir on dosimetry.quarantine
    (upper(regexp_replace(raw_record ->> 'nir', '[^0-9A-Za-z]', '', 'g'))) where released_at is null;
create index quarantine_waiting_siret on dosimetry.quarantine
    (regexp_replace(raw_record ->> 'siret', '[^0-9]', '', 'g')) where released_at is null;
-- A lab pages through its own entries, newest first. Deliberately not led by the originator: an index on
-- (originator_kind, originator_id, …) would be taken by the intake's lookup of a re-sent record instead of V61's
-- hash index, one scan of the lab's whole quarantine per record (measured: 9 s instead of 0.3 s per 200k records).
create index quarantine_received on dosimetry.quarantine (received_at desc);

alter table dosimetry.quarantine
    add column attempts        integer     not null default 0,
    add column last_attempt_at timestamptz,
    -- why the last attempt failed when it was not a matching reason (a conflicting stored result, for instance)
    add column last_error      text;

alter table dosimetry.dose_record
    add constraint dose_record_reason_of_revision
        check (version = 1 or (previous_version_id is not null and correction_reason is not null
                               and length(correction_reason) between 1 and 500));
