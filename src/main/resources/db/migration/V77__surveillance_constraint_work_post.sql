-- A CRP's dose constraint may target one work post (the occupation of the exposure profile) within the establishment
-- (R.4451-33: constraints are set per work post or per establishment).
alter table surveillance.dose_constraint
    add column occupation_code text references registry.occupation (code);
