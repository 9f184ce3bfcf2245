-- A record sent again while it waits in quarantine is found by its JSON (jsonb equality) without scanning every
-- waiting entry of the originator: the hash of the canonical text narrows the search to (almost) one row.
create index quarantine_waiting_record on dosimetry.quarantine (originator_kind, originator_id, md5(raw_record::text))
    where released_at is null;
