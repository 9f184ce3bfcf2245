-- Limit alerts (arrêté du 23 juin 2023 art. 5; R.4451-74, -80, -81). An alert is raised at most once per cause:
-- (worker, limit, site, emergency event, episode); the episode is the run of overlapping exceeded windows, so an
-- exceedance whose window overlaps an alert of the same worker/limit/site/event is that alert. Its figures and its
-- lifecycle are steps, appended, never overwritten: the current state is the last step.

create table surveillance.alert (
    id                 uuid primary key,
    worker_id          uuid        not null references registry.worker (id),
    limit_code         text        not null,
    site               text        not null default '',   -- '' for the effective dose
    emergency_event_id uuid,
    establishment_id   uuid        not null references registry.establishment (id), -- of the record that raised it
    raised_at          timestamptz not null
);
create index alert_cause on surveillance.alert (worker_id, limit_code, site);

create table surveillance.alert_step (
    alert_id       uuid        not null references surveillance.alert (id),
    seq            integer     not null check (seq >= 1),
    kind           text        not null check (kind in ('RAISED', 'UPDATED', 'WITHDRAWN_BY_CORRECTION', 'REOPENED',
                                                        'ANALYSIS_STARTED', 'CONCLUDED')),
    status         text        not null check (status in ('RAISED', 'ANALYSIS_STARTED', 'CONCLUDED', 'WITHDRAWN')),
    article        text        not null,
    limit_msv      numeric(12, 3) not null,
    window_start   date        not null,
    window_end     date        not null,
    counted_msv    numeric(12, 3) not null,
    full_msv       numeric(12, 3) not null,
    pro_rata_msv   numeric(12, 3) not null,
    record_ids     uuid[]      not null,
    outcome        text check (outcome in ('MAINTAINED', 'MODIFIED', 'CANCELLED')),
    retained_msv   numeric(12, 3),
    note           text check (length(note) <= 2000),
    actor_kind     text        not null, -- SYSTEM for the engine
    actor          text        not null,
    created_at     timestamptz not null,
    primary key (alert_id, seq),
    check (kind <> 'CONCLUDED' or (outcome is not null and retained_msv is not null))
);

-- R.4451-81: twelve months of reinforced (category A) health follow-up after an exceedance.
create table surveillance.reinforced_follow_up (
    id          uuid primary key,
    worker_id   uuid        not null references registry.worker (id),
    alert_id    uuid        not null unique references surveillance.alert (id),
    from_date   date        not null,
    until_date  date        not null,
    created_at  timestamptz not null
);
create index reinforced_follow_up_worker on surveillance.reinforced_follow_up (worker_id, until_date);

-- R.4451-74: what the employer must report as a significant event (an exceeded limit; more than a quarter of an
-- annual limit in one record). Once per cause (the alert, or the record's natural key).
create table surveillance.significant_event (
    id               uuid primary key,
    kind             text        not null check (kind in ('LIMIT_EXCEEDED', 'QUARTER_OF_ANNUAL_LIMIT')),
    cause_key        text        not null,
    worker_id        uuid        not null references registry.worker (id),
    establishment_id uuid        not null references registry.establishment (id),
    alert_id         uuid references surveillance.alert (id),
    limit_code       text        not null,
    article          text        not null,
    occurred_from    date        not null,
    occurred_to      date        not null,
    created_at       timestamptz not null,
    unique (kind, cause_key)
);
create index significant_event_establishment on surveillance.significant_event (establishment_id, created_at desc);

create trigger alert_step_append_only before update or delete on surveillance.alert_step
    for each row execute function surveillance.refuse_change();
create trigger alert_append_only before update or delete on surveillance.alert
    for each row execute function surveillance.refuse_change();
