-- Appending N entries used to update journal.chain_head N times in one transaction: every update leaves a new row
-- version that the next one must walk past, so a 100,000-entry bulk declaration took minutes (quadratic).
-- Now the first entry of a transaction locks the head, each entry chains from the previous one through
-- transaction-local settings, and one statement-level trigger moves the head once per INSERT statement.
-- Savepoint rollbacks undo the settings together with the rows and the head, so the chain stays exact.

create or replace function journal.chain_entry() returns trigger language plpgsql security definer
    set search_path = pg_catalog, journal as $$
declare
    previous_id bigint;
    previous_hash bytea;
    pending text := current_setting('journal.pending_hash', true);
begin
    if pending is null or pending = '' then
        select h.last_id, h.last_hash into previous_id, previous_hash
        from journal.chain_head h where h.singleton for update;
    else
        previous_id := current_setting('journal.pending_id')::bigint;
        previous_hash := decode(pending, 'hex');
    end if;
    new.id := previous_id + 1;
    new.occurred_at := coalesce(new.occurred_at, clock_timestamp());
    new.previous_hash := previous_hash;
    new.hash := sha256(previous_hash || journal.canonical(new));
    perform set_config('journal.pending_id', new.id::text, true);
    perform set_config('journal.pending_hash', encode(new.hash, 'hex'), true);
    return new;
end
$$;

create function journal.advance_head() returns trigger language plpgsql security definer
    set search_path = pg_catalog, journal as $$
declare
    pending text := current_setting('journal.pending_hash', true);
begin
    if pending is not null and pending <> '' then
        update journal.chain_head set last_id = current_setting('journal.pending_id')::bigint,
                                      last_hash = decode(pending, 'hex')
        where singleton;
    end if;
    return null;
end
$$;
create trigger entry_advance_head after insert on journal.entry
    for each statement execute function journal.advance_head();
revoke all on function journal.advance_head() from public;
