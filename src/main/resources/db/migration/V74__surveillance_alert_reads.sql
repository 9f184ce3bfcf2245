-- The current state of every alert (its last step), for lists and reconciliation.
create view surveillance.alert_current as
select a.*, s.seq, s.kind as last_step, s.status, s.article, s.limit_msv, s.window_start, s.window_end, s.counted_msv,
       s.full_msv, s.pro_rata_msv, s.record_ids, s.outcome, s.retained_msv, s.actor_kind, s.actor,
       s.created_at as updated_at
from surveillance.alert a
join lateral (select * from surveillance.alert_step st where st.alert_id = a.id order by st.seq desc limit 1) s on true;

create index notification_subject on surveillance.notification (subject_id);
