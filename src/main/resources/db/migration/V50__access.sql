-- Delegations of an occupational physician (MDT) to the health professionals of the service or to another MDT
-- (R.4451-68 II). Never deleted: a delegation ends by its date or by revocation, with a reason.
create schema access;

create table access.delegation (
    id                uuid primary key,
    delegating_rpps   text        not null check (delegating_rpps ~ '^[0-9]{11}$'),
    -- a CRP may only be given internal results (R.4451-70), by e-mail
    delegate_kind     text        not null check (delegate_kind in ('HEALTH_PROFESSIONAL', 'OCCUPATIONAL_PHYSICIAN',
                                                                    'RADIATION_PROTECTION_ADVISER')),
    delegate_name     text        not null,
    delegate_rpps     text check (delegate_rpps ~ '^[0-9]{11}$'),
    delegate_email    text,
    -- establishments (SIRET) the delegation covers; empty: all the establishments the MDT follows
    sirets            text[]      not null default '{}',
    data_kinds        text[]      not null check (cardinality(data_kinds) > 0 and data_kinds <@ array
                      ['ADMINISTRATIVE', 'EXTERNAL_DOSE', 'INTERNAL_DOSE', 'EFFECTIVE_DOSE', 'ALERT']::text[]),
    valid_from        date        not null,
    valid_to          date check (valid_to is null or valid_to >= valid_from),
    revoked_at        timestamptz,
    revoked_by        text,
    revocation_reason text,
    created_at        timestamptz not null default now(),
    created_by        text        not null,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null,
    check (delegate_rpps is not null or delegate_email is not null),
    check (delegate_kind <> 'OCCUPATIONAL_PHYSICIAN' or delegate_rpps is not null),
    check (delegate_kind <> 'RADIATION_PROTECTION_ADVISER'
           or (delegate_email is not null and data_kinds = array['INTERNAL_DOSE']::text[])),
    check (delegate_rpps is null or delegate_rpps <> delegating_rpps),
    check ((revoked_at is null) = (revocation_reason is null) and (revoked_at is null) = (revoked_by is null))
);
create index delegation_delegating_idx on access.delegation (delegating_rpps, created_at desc);
create index delegation_delegate_rpps_idx on access.delegation (delegate_rpps) where revoked_at is null;
create index delegation_delegate_email_idx on access.delegation (lower(delegate_email)) where revoked_at is null;

create function access.refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'delegations are never deleted; revoke them instead' using errcode = 'P0001';
end $$;
create trigger delegation_no_delete before delete on access.delegation
    for each row execute function access.refuse_delete();
