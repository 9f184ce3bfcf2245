package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of dose files: receipt, progress, report lines, and the keys seen in a file. */
@Component
class DoseFileStore {

    private static final String STATUS_COLUMNS = """
            id, receipt_number, received_at, file_name, format, size_bytes, sha256, status, lines_total, lines_read,
            accepted_count, quarantined_count, rejected_count, started_at, finished_at, failure_fr, failure_en""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DoseFileStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The namespace of a sender's files: one per lab (all its accounts and clients), one per operator account. */
    static String originator(Actor actor) {
        return actor.kind() == ActorKind.ACCREDITED_BODY
                ? "ACCREDITED_BODY:" + actor.accreditationNumber().orElse(actor.subject())
                : actor.kind().name() + ":" + actor.subject();
    }

    /** Null for the operator (every file), else the sender's namespace. */
    static String readerScope(Actor actor) {
        return actor.kind() == ActorKind.OPERATOR ? null : originator(actor);
    }

    record KeyUse(UUID id, String sha256) {
    }

    Optional<KeyUse> findByKey(String originator, String key) {
        return jdbc.sql("select id, sha256 from dosimetry.dose_file where originator = ? and idempotency_key = ?")
                .params(originator, key).query((rs, n) -> new KeyUse(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    Optional<UUID> findByHash(String originator, String sha256) {
        return jdbc.sql("select id from dosimetry.dose_file where originator = ? and sha256 = ?")
                .params(originator, sha256).query(UUID.class).optional();
    }

    /** A new file: its submission, its receipt and progress row, and its place in the queue. */
    DoseFileStatus insert(Actor actor, Staging.StagedFile staged, FileFormat format, String fileName, String key,
                          long dataLines, Instant now) {
        UUID id = UUID.randomUUID();
        long n = jdbc.sql("select nextval('dosimetry.receipt_seq')").query(Long.class).single();
        String receipt = "DOS-%d-%08d".formatted(LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")).getYear(), n);
        String originator = originator(actor);
        jdbc.sql("""
                        insert into dosimetry.submission (id, originator, request_hash, channel, status, record_count,
                            accepted_count, quarantined_count, rejected_count, receipt_number, http_status, answer,
                            submitted_by, created_at)
                        values (?, ?, ?, 'FILE', 'PROCESSED', ?, 0, 0, 0, ?, 202, '{}', ?, ?)""")
                .params(id, originator, staged.sha256(), (int) Math.min(dataLines, Integer.MAX_VALUE), receipt,
                        actor.subject(), Timestamp.from(now)).update();
        jdbc.sql("""
                        insert into dosimetry.dose_file (id, originator, idempotency_key, sha256, file_name, format,
                            size_bytes, storage_path, receipt_number, actor_kind, actor_subject, actor_name,
                            accreditation_number, received_at, status, lines_total)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)""")
                .params(id, originator, key, staged.sha256(), fileName, format.name(), staged.bytes(),
                        staged.path().toAbsolutePath().toString(), receipt, actor.kind().name(), actor.subject(),
                        actor.displayName(), actor.accreditationNumber().orElse(null), Timestamp.from(now), dataLines)
                .update();
        jdbc.sql("insert into dosimetry.dose_file_job (file_id, queued_at) values (?, ?)")
                .params(id, Timestamp.from(now)).update();
        return status(id, null).orElseThrow();
    }

    Optional<DoseFileStatus> status(UUID id, String scope) {
        return jdbc.sql("select " + STATUS_COLUMNS + " from dosimetry.dose_file where id = ? and (?::text is null or originator = ?)")
                .params(id, scope, scope).query(DoseFileStore::status).optional();
    }

    List<DoseFileStatus> list(String scope, int limit) {
        return jdbc.sql("select " + STATUS_COLUMNS + " from dosimetry.dose_file where (?::text is null or originator = ?) "
                        + "order by received_at desc, id limit ?")
                .params(scope, scope, limit).query(DoseFileStore::status).list();
    }

    /** Report lines after (line, seq), in file order. */
    List<ReportLine> report(UUID id, long afterLine, int afterSeq, int limit) {
        return jdbc.sql("""
                        select line_number, outcome, field, code, message_fr, message_en, seq
                        from dosimetry.dose_file_report_line where file_id = ? and (line_number, seq) > (?, ?)
                        order by line_number, seq limit ?""")
                .params(id, afterLine, afterSeq, limit)
                .query((rs, n) -> new ReportLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    void insertReportLines(UUID id, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    insert into dosimetry.dose_file_report_line (file_id, line_number, seq, outcome, field, code,
                        message_fr, message_en) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream()
                    .map(r -> prepend(id, r)).toList());
        }
    }

    /**
     * Counts a chunk of lines {@code firstLine..lastLine} and records it as committed (in the chunk's transaction);
     * false when the file is no longer running or a committed chunk already covers these lines (the chunk must not
     * count twice). Chunks of one file may commit in any order: {@code last_line} is the highest committed line.
     */
    boolean advance(UUID id, long firstLine, long lastLine, int lines, int accepted, int quarantined, int rejected) {
        boolean moved = jdbc.sql("""
                        update dosimetry.dose_file set last_line = greatest(last_line, ?), lines_read = lines_read + ?,
                            accepted_count = accepted_count + ?, quarantined_count = quarantined_count + ?,
                            rejected_count = rejected_count + ?
                        where id = ? and status = 'RUNNING' and not exists (select 1 from dosimetry.dose_file_chunk c
                            where c.file_id = ? and c.first_line <= ? and c.last_line >= ?)""")
                .params(lastLine, lines, accepted, quarantined, rejected, id, id, lastLine, firstLine).update() == 1;
        if (moved) {
            jdbc.sql("insert into dosimetry.dose_file_chunk (file_id, first_line, last_line) values (?, ?, ?)")
                    .params(id, firstLine, lastLine).update();
        }
        return moved;
    }

    /** The line ranges of the file's committed chunks, in line order. */
    List<long[]> committedChunks(UUID id) {
        return jdbc.sql("select first_line, last_line from dosimetry.dose_file_chunk where file_id = ? order by first_line")
                .param(id).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** The lines of this file already holding each natural key (to answer a duplicated line). */
    java.util.Map<UUID, Long> seenKeys(UUID id, List<UUID> keys) {
        if (keys.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, Long> seen = new java.util.HashMap<>();
        template.query(con -> {
            var ps = con.prepareStatement("select key_hash, line_number from dosimetry.dose_file_line_key "
                    + "where file_id = ? and key_hash = any (?)");
            ps.setObject(1, id);
            ps.setArray(2, con.createArrayOf("uuid", keys.toArray()));
            return ps;
        }, (ResultSet rs) -> {
            seen.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return seen;
    }

    /** Records the first line of each new key, in one statement (only the file's reader writes them). */
    void insertKeys(UUID id, List<UUID> keys, List<Long> lines) {
        if (keys.isEmpty()) {
            return;
        }
        template.execute((java.sql.Connection con) -> {
            try (var ps = con.prepareStatement("""
                    insert into dosimetry.dose_file_line_key (file_id, key_hash, line_number)
                    select ?, k, l from unnest(?::uuid[], ?::bigint[]) as t (k, l) on conflict do nothing""")) {
                ps.setObject(1, id);
                ps.setArray(2, con.createArrayOf("uuid", keys.toArray()));
                ps.setArray(3, con.createArrayOf("bigint", lines.toArray()));
                return ps.executeUpdate();
            }
        });
    }

    /** What a worker needs to process a file; {@code actor} is the sender, rebuilt from the receipt. */
    record Job(UUID id, String status, String path, FileFormat format, Actor actor, String receiptNumber,
               Instant receivedAt, long lastLine, long linesRead) {
    }

    Job job(UUID id) {
        return jdbc.sql("""
                        select id, status, storage_path, format, actor_kind, actor_subject, actor_name,
                            accreditation_number, receipt_number, received_at, last_line, lines_read
                        from dosimetry.dose_file where id = ?""").param(id)
                .query((rs, n) -> new Job(id, rs.getString("status"), rs.getString("storage_path"),
                        FileFormat.valueOf(rs.getString("format")), new Actor(ActorKind.valueOf(rs.getString("actor_kind")),
                        rs.getString("actor_subject"), rs.getString("actor_name"), Optional.empty(), Optional.empty(),
                        Optional.ofNullable(rs.getString("accreditation_number")), Optional.empty()),
                        rs.getString("receipt_number"), instant(rs, "received_at"), rs.getLong("last_line"),
                        rs.getLong("lines_read"))).single();
    }

    void markRunning(UUID id) {
        jdbc.sql("""
                update dosimetry.dose_file set status = 'RUNNING', started_at = coalesce(started_at, now())
                where id = ? and status in ('QUEUED', 'RUNNING')""").param(id).update();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] row = new Object[rest.length + 1];
        row[0] = first;
        System.arraycopy(rest, 0, row, 1, rest.length);
        return row;
    }

    private static DoseFileStatus status(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        long total = rs.getLong("lines_total");
        long read = rs.getLong("lines_read");
        int percent = "DONE".equals(status) ? 100 : total == 0 ? 0 : (int) Math.min(99, read * 100 / total);
        return new DoseFileStatus(rs.getObject("id", UUID.class), rs.getString("receipt_number"),
                instant(rs, "received_at"), rs.getString("file_name"), FileFormat.valueOf(rs.getString("format")),
                rs.getLong("size_bytes"), rs.getString("sha256"), status, total, read, rs.getLong("accepted_count"),
                rs.getLong("quarantined_count"), rs.getLong("rejected_count"), percent, instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("failure_fr"), rs.getString("failure_en"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
