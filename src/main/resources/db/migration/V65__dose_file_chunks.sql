-- The committed chunks of a file being processed: a file's chunks may be written by several transactions at once
-- (dosiportail.dose-files.chunk-writers), so a resumed file skips the lines of every committed chunk instead of
-- everything up to one watermark. Each row is written in its chunk's own transaction; rows go when the file is done.
create table dosimetry.dose_file_chunk (
    file_id    uuid   not null references dosimetry.dose_file (id),
    first_line bigint not null,
    last_line  bigint not null check (last_line >= first_line),
    primary key (file_id, first_line)
);

-- Files interrupted before this version resume after their watermark, as before.
insert into dosimetry.dose_file_chunk (file_id, first_line, last_line)
select id, 1, last_line from dosimetry.dose_file where status in ('QUEUED', 'RUNNING') and last_line > 0;

-- The line keys are 128-bit hashes: stored as uuid (16 bytes, compared as bytes) rather than 32 characters of text
-- compared under the database's collation; they are written and checked once per line of every file.
alter table dosimetry.dose_file_line_key alter column key_hash type uuid using key_hash::uuid;

-- One row per line of every file: its foreign key check (a key-share lock on the file's row per line) cost as much
-- as the rest of the row. The rows are the processing's scratch, deleted with the file's job, never read elsewhere;
-- the file id they carry comes from the job being processed.
alter table dosimetry.dose_file_line_key drop constraint dose_file_line_key_file_id_fkey;
