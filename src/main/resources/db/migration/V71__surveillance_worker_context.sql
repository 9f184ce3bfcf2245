-- What the limits depend on besides the doses (surveillance.limits.WorkerContext): the pregnancy declared to the MDT
-- (R.4451-7) and the exceptional exposures authorised by the labour inspector (R.4451-89 to -93). The birth date is
-- the référentiel's. Rows are never updated nor deleted: a change is a new row that supersedes the previous one.

create table surveillance.pregnancy (
    id             uuid primary key,
    worker_id      uuid        not null references registry.worker (id),
    declared_on    date        not null,
    delivery_on    date check (delivery_on is null or delivery_on >= declared_on),
    supersedes_id  uuid references surveillance.pregnancy (id),
    recorded_by    text        not null, -- the MDT's RPPS, or the operator's subject
    recorded_at    timestamptz not null
);
create index pregnancy_worker on surveillance.pregnancy (worker_id);
create unique index pregnancy_superseded_once on surveillance.pregnancy (supersedes_id) where supersedes_id is not null;

create table surveillance.exceptional_exposure (
    id                 uuid primary key,
    worker_id          uuid        not null references registry.worker (id),
    period_start       date        not null,
    period_end         date        not null check (period_end >= period_start),
    decision_reference text        not null check (length(decision_reference) between 1 and 200),
    recorded_by_kind   text        not null check (recorded_by_kind in ('OPERATOR', 'LABOUR_INSPECTOR')),
    recorded_by        text        not null,
    recorded_at        timestamptz not null
);
create index exceptional_exposure_worker on surveillance.exceptional_exposure (worker_id);

create function surveillance.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'rows of surveillance.% are append-only', tg_table_name using errcode = 'P0001';
end $$;

create trigger pregnancy_append_only before update or delete on surveillance.pregnancy
    for each row execute function surveillance.refuse_change();
create trigger exceptional_exposure_append_only before update or delete on surveillance.exceptional_exposure
    for each row execute function surveillance.refuse_change();
