-- Where a result comes from, in the originator's words ("dosimétrie belge, rapport n° …", "reconstitution"):
-- free text, not part of the natural key (the dosimeter identifier is). Required by collection for the MDT's
-- results from no accredited body (MDT_NON_ACCREDITED_SOURCE), optional otherwise; a correction carries it over.
alter table dosimetry.dose_record
    add column source_note text
        constraint dose_record_source_note_length check (source_note is null or length(source_note) between 1 and 500);

-- The reading views were created with r.* / c.*, which PostgreSQL expands once: redefine them (same text as V63) so
-- that they carry the new column. dose_component lists c.* first, so it is dropped and created again.
drop view dosimetry.dose_component;

create or replace view dosimetry.current_dose_record as
select r.*
from dosimetry.dose_record r
where not exists (select 1 from dosimetry.dose_record n
                  where n.originator_kind = r.originator_kind and n.originator_id = r.originator_id
                    and n.dosimeter_id = r.dosimeter_id and n.period_start = r.period_start
                    and n.period_end = r.period_end and n.quantity = r.quantity and n.version > r.version);

comment on view dosimetry.current_dose_record is
    'Current version of every dose record (highest version of its natural key), cancelled ones included.';

-- Each current record with its component of the effective dose (or of an equivalent dose), whether it counts, the
-- value counted ("M" counts 0), its upper bound ("M" counts its threshold) and, for operational dosimetry, whether no
-- passive result covers the same worker and period (R.4451-65: operational counts only as a fallback, by setting).
create view dosimetry.dose_component as
select c.*,
       c.version > 1 and not c.cancelled as corrected,
       case
           when c.quantity in ('HP10', 'HP10_NEUTRON') and coalesce(c.body_location, 'WHOLE_BODY') = 'WHOLE_BODY'
                and c.monitoring_kind = 'EXTERNAL_OPERATIONAL' then 'OPERATIONAL'
           when c.monitoring_kind = 'EMERGENCY_EXTRAPOLATED' and c.quantity in ('HP10', 'HP10_NEUTRON', 'E50')
                and coalesce(c.body_location, 'WHOLE_BODY') = 'WHOLE_BODY' then 'EMERGENCY'
           when c.quantity in ('HP10', 'HP10_NEUTRON') and coalesce(c.body_location, 'WHOLE_BODY') = 'WHOLE_BODY'
                and c.monitoring_kind in ('EXTERNAL_PASSIVE', 'MDT_NON_ACCREDITED_SOURCE') then 'EXTERNAL'
           when c.quantity = 'E50' and c.monitoring_kind in ('INTERNAL_RADIOTOXICOLOGY', 'INTERNAL_ANTHROPORADIOMETRY',
                'INTERNAL_COMMITTED_BY_MDT', 'MDT_NON_ACCREDITED_SOURCE') then 'INTERNAL'
           when c.quantity = 'RADON' then 'RADON'
           when c.quantity = 'AIRCREW_E' then 'COSMIC'
           when c.quantity = 'HP007' then 'SKIN_EXTREMITIES'
           when c.quantity = 'HP3' then 'LENS'
       end as component,
       not c.cancelled and c.status <> 'NO_RESULT' as counts,
       not c.cancelled and c.status = 'NO_RESULT' as missing_result,
       case when not c.cancelled and c.status <> 'NO_RESULT'
            then case when c.below_threshold then 0 else c.value_msv end end as counted_msv,
       case when not c.cancelled and c.status <> 'NO_RESULT'
            then case when c.below_threshold then greatest(coalesce(c.threshold_msv, 0), coalesce(c.value_msv, 0))
                      else c.value_msv end end as upper_msv,
       case when c.monitoring_kind = 'EXTERNAL_OPERATIONAL' and c.quantity in ('HP10', 'HP10_NEUTRON')
            then not exists (select 1 from dosimetry.current_dose_record p
                             where p.worker_id = c.worker_id and p.monitoring_kind = 'EXTERNAL_PASSIVE'
                               and p.quantity in ('HP10', 'HP10_NEUTRON') and not p.cancelled
                               and p.status <> 'NO_RESULT' and p.period_start <= c.period_end
                               and p.period_end >= c.period_start)
            else false end as operational_fallback
from dosimetry.current_dose_record c;

comment on view dosimetry.dose_component is
    'Current records with their effective-dose component (EXTERNAL, OPERATIONAL, INTERNAL, RADON, COSMIC, EMERGENCY) '
    'or equivalent-dose component (SKIN_EXTREMITIES, LENS); see docs/rules/effective-dose.md.';
