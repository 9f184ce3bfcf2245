-- Surveillance: what each recipient is told. One row per recipient and per thing to tell (an alert raised, a step of
-- its analysis, a classification notice, a pre-alert), already redacted for that recipient (arrêté du 23 juin 2023
-- art. 5: the ministry anonymously with context, the MDT and the CRP with identity and values, the employer with
-- identity only). Delivery (inbox, e-mail, webhooks) reads these rows and never composes content itself.
create schema if not exists surveillance;

create table surveillance.notification (
    id              uuid primary key,
    subject_kind    text        not null check (subject_kind in
                    ('LIMIT_ALERT', 'ALERT_STEP', 'CLASSIFICATION_NOTICE', 'CONSTRAINT_PRE_ALERT', 'SIGNIFICANT_EVENT')),
    subject_id      uuid        not null, -- the alert, notice or pre-alert
    recipient_kind  text        not null check (recipient_kind in
                    ('MINISTRY', 'DEFENCE_INSPECTORATE', 'OCCUPATIONAL_PHYSICIAN', 'RADIATION_PROTECTION_ADVISER',
                     'EMPLOYER')),
    -- who exactly: 'DGT' / 'DSND', the MDT's RPPS, the CRP's e-mail, the employer's SIREN
    recipient_key   text        not null,
    -- the worker concerned, for the journal and the access rules; never set for the ministry (anonymous)
    worker_id       uuid,
    title_fr        text        not null,
    title_en        text        not null,
    payload         jsonb       not null, -- the redacted content, the only thing delivery may show or send
    created_at      timestamptz not null,
    check (recipient_kind not in ('MINISTRY', 'DEFENCE_INSPECTORATE') or worker_id is null)
);

create index notification_recipient on surveillance.notification (recipient_kind, recipient_key, created_at desc);
create unique index notification_once on surveillance.notification (subject_kind, subject_id, recipient_kind,
    recipient_key, coalesce(payload ->> 'step', ''));
