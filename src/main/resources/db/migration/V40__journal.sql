-- The access journal: append-only, hash-chained (see docs/SECURITY.md, "Journal").
--
-- Canonical form of an entry (what its hash covers), as UTF-8 bytes: the fields
--   id, occurred_at, actor_kind, actor_subject, actor_display_name, on_behalf_of, worker_id, data_kind, action,
--   purpose, outcome, resource
-- in this order, each written as <length in UTF-8 bytes> ':' <value> ',' — or '-,' when null. occurred_at is written
-- as microseconds since 1970-01-01T00:00:00Z (an integer), worker_id in the lowercase 8-4-4-4-12 form.
-- hash = sha256(previous_hash || canonical). The first entry's previous_hash is 32 zero bytes.
-- The Java side (journal.chain.EntryHash) recomputes the same form to verify the chain.

create schema journal;

-- One row: the last entry of the chain. Appenders lock it, so that entries chain one after another in commit order
-- and ids follow that order without gaps (a rolled-back append rolls the head back too).
create table journal.chain_head (
    singleton boolean primary key default true check (singleton),
    last_id bigint not null,
    last_hash bytea not null
);
insert into journal.chain_head (singleton, last_id, last_hash) values (true, 0, decode(repeat('00', 32), 'hex'));

create table journal.entry (
    id bigint primary key,                     -- given by the chaining trigger: chain order, no gap
    occurred_at timestamptz not null default clock_timestamp(),
    actor_kind text not null,
    actor_subject text not null,
    actor_display_name text not null,
    on_behalf_of text,                         -- the company (SIREN …) or the delegating person, if any
    worker_id uuid,                            -- the worker's référentiel id, never the NIR; null if not personal
    data_kind text not null check (data_kind in ('ADMINISTRATIVE', 'EXTERNAL_DOSE', 'INTERNAL_DOSE',
                                                 'EFFECTIVE_DOSE', 'ALERT', 'JOURNAL')),
    action text not null check (action in ('READ', 'WRITE')),
    purpose text not null,
    outcome text not null check (outcome in ('ALLOWED', 'DENIED')),
    resource text not null,
    previous_hash bytea not null,
    hash bytea not null
);
create index entry_worker_idx on journal.entry (worker_id, id desc) where worker_id is not null;

create function journal.field(v text) returns text language sql immutable as $$
    select case when v is null then '-,' else octet_length(convert_to(v, 'UTF8')) || ':' || v || ',' end
$$;

create function journal.canonical(e journal.entry) returns bytea language sql stable as $$
    select convert_to(journal.field(e.id::text)
        || journal.field(((extract(epoch from e.occurred_at) * 1000000)::numeric(30, 0))::text)
        || journal.field(e.actor_kind) || journal.field(e.actor_subject) || journal.field(e.actor_display_name)
        || journal.field(e.on_behalf_of) || journal.field(e.worker_id::text) || journal.field(e.data_kind)
        || journal.field(e.action) || journal.field(e.purpose) || journal.field(e.outcome)
        || journal.field(e.resource), 'UTF8')
$$;

-- Runs as the migration owner so that the application role never needs to write the head itself.
create function journal.chain_entry() returns trigger language plpgsql security definer
    set search_path = pg_catalog, journal as $$
declare
    head journal.chain_head%rowtype;
begin
    select * into head from journal.chain_head where singleton for update;
    new.id := head.last_id + 1;
    new.occurred_at := coalesce(new.occurred_at, clock_timestamp());
    new.previous_hash := head.last_hash;
    new.hash := sha256(head.last_hash || journal.canonical(new));
    update journal.chain_head set last_id = new.id, last_hash = new.hash where singleton;
    return new;
end
$$;
create trigger entry_chain before insert on journal.entry for each row execute function journal.chain_entry();

-- Nobody, not even a superuser going through SQL, updates or deletes an entry (disabling the trigger needs the
-- table owner, which the application never is in production).
create function journal.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'journal.% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end
$$;
create trigger entry_append_only before update or delete on journal.entry
    for each row execute function journal.refuse_change();
create trigger entry_no_truncate before truncate on journal.entry
    for each statement execute function journal.refuse_change();

-- The head moves only from inside the chaining trigger (trigger depth 2), never by a direct statement.
create function journal.refuse_head_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
        return new;
    end if;
    raise exception 'journal.chain_head moves only when an entry is appended: % refused', tg_op using errcode = '42501';
end
$$;
create trigger chain_head_guard before update or delete on journal.chain_head
    for each row execute function journal.refuse_head_change();
create trigger chain_head_no_truncate before truncate on journal.chain_head
    for each statement execute function journal.refuse_head_change();

-- The application role (cluster-wide, hence created only once; another database may be creating it concurrently).
do $$
begin
    if not exists (select from pg_roles where rolname = 'dosiportail_app') then
        create role dosiportail_app nologin;
    end if;
exception when duplicate_object or unique_violation then
    null;
end
$$;

revoke all on journal.entry, journal.chain_head from public;
grant usage on schema journal to dosiportail_app;
grant select, insert on journal.entry to dosiportail_app;
grant select on journal.chain_head to dosiportail_app;
revoke update, delete, truncate, references, trigger on journal.entry from dosiportail_app;
revoke insert, update, delete, truncate, references, trigger on journal.chain_head from dosiportail_app;
revoke all on function journal.chain_entry() from public;
