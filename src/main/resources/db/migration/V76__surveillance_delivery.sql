-- Delivery of surveillance.notification rows (docs/notifications.md): read marks of the in-app inbox, the e-mail
-- outbox, and signed webhooks with their delivery log. Delivery never changes a notification row.

-- Who read what, appended once per reader; a notification is never updated to say it was read.
create table surveillance.notification_read (
    notification_id uuid        not null references surveillance.notification (id),
    reader_subject  text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, reader_subject)
);

create function surveillance.refuse_delivery_change() returns trigger language plpgsql as $$
begin
    raise exception 'surveillance.% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end $$;
create trigger notification_read_append_only before update or delete on surveillance.notification_read
    for each row execute function surveillance.refuse_delivery_change();

-- One e-mail per notification and address. PENDING until sent, retried with back-off; FAILED once the horizon
-- passes (visible to the operator). Senders claim due rows with FOR UPDATE SKIP LOCKED.
create table surveillance.mail_outbox (
    id              bigint generated always as identity primary key,
    notification_id uuid        not null references surveillance.notification (id),
    address         text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    unique (notification_id, address)
);
create index mail_outbox_due on surveillance.mail_outbox (next_attempt_at) where status = 'PENDING';

-- An actor's own endpoint: notifications of its recipient (kind, key) are POSTed there, signed with the secret.
create table surveillance.webhook (
    id                   uuid primary key,
    recipient_kind       text        not null,
    recipient_key        text        not null,
    url                  text        not null,
    secret               text        not null, -- needed to sign; shown once to its owner, never again
    created_by           text        not null,
    created_at           timestamptz not null,
    consecutive_failures int         not null default 0,
    disabled_at          timestamptz
);
create index webhook_recipient on surveillance.webhook (recipient_kind, recipient_key) where disabled_at is null;

create table surveillance.webhook_delivery (
    id              bigint generated always as identity primary key,
    webhook_id      uuid        not null references surveillance.webhook (id),
    notification_id uuid        not null references surveillance.notification (id),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    unique (webhook_id, notification_id)
);
create index webhook_delivery_due on surveillance.webhook_delivery (next_attempt_at) where status = 'PENDING';

-- The delivery log: every attempt, its HTTP status or error, appended.
create table surveillance.webhook_attempt (
    id           bigint generated always as identity primary key,
    delivery_id  bigint      not null references surveillance.webhook_delivery (id),
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    duration_ms  bigint      not null
);
create index webhook_attempt_delivery on surveillance.webhook_attempt (delivery_id, id);
create trigger webhook_attempt_append_only before update or delete on surveillance.webhook_attempt
    for each row execute function surveillance.refuse_delivery_change();
