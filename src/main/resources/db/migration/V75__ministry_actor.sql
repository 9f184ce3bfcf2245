-- The ministry's central administration (DGT, or DSND for defence) logs in to read the anonymous alerts it is sent
-- (arrêté du 23 juin 2023 art. 5 I). It reads no worker's data; its account names the authority it belongs to.
alter table identity.account drop constraint account_actor_kind_check;
alter table identity.account add constraint account_actor_kind_check check (actor_kind in ('WORKER', 'EMPLOYER',
    'EMPLOYER_CORRESPONDENT', 'RADIATION_PROTECTION_ADVISER', 'OCCUPATIONAL_PHYSICIAN', 'HEALTH_PROFESSIONAL',
    'LABOUR_INSPECTOR', 'RADIATION_PROTECTION_INSPECTOR', 'ACCREDITED_BODY', 'OPERATOR', 'MINISTRY'));
alter table identity.account add column authority text check (authority in ('DGT', 'DSND'));
alter table identity.account add constraint account_ministry_authority check ((actor_kind = 'MINISTRY') = (authority is not null));
