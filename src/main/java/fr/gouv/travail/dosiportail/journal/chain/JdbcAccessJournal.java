package fr.gouv.travail.dosiportail.journal.chain;

import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.ChainVerification;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.JournalPage;
import fr.gouv.travail.dosiportail.journal.Outcome;
import fr.gouv.travail.dosiportail.journal.RecordedEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries at the end of the caller's transaction, just before it commits: the chaining trigger locks the
 * chain head until commit, so appending late keeps that lock short (a long bulk declaration does not hold back every
 * other reader for its whole duration). Until then the entries wait in a list bound to the transaction; if the
 * transaction rolls back they are dropped with everything else it did.
 */
@Service
class JdbcAccessJournal implements AccessJournal {

    private static final int BATCH = 5000;
    /** One statement per chunk, so that the chain head moves once per chunk (see V41), not once per entry. */
    private static final String INSERT = """
            insert into journal.entry (occurred_at, actor_kind, actor_subject, actor_display_name, on_behalf_of,
                                       worker_id, data_kind, action, purpose, outcome, resource)
            select * from unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                                 ?::text[], ?::text[], ?::text[], ?::text[])""";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcTemplate streaming;
    private final JdbcClient jdbc;

    JdbcAccessJournal(DataSource dataSource, JdbcClient jdbc) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(BATCH);
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(JournalEntry entry) {
        pending().add(entry);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<JournalEntry> entries) {
        pending().addAll(entries);
    }

    private List<JournalEntry> pending() {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("the journal cannot be written in a read-only transaction");
        }
        @SuppressWarnings("unchecked")
        List<JournalEntry> pending = (List<JournalEntry>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<JournalEntry> list = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, list);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    append(list);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAccessJournal.this);
                }
            });
            pending = list;
        }
        return pending;
    }

    private void append(List<JournalEntry> entries) {
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<JournalEntry> chunk = entries.subList(from, Math.min(entries.size(), from + BATCH));
            jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                    ps.setArray(1, connection.createArrayOf("timestamptz",
                            chunk.stream().map(e -> Timestamp.from(e.occurredAt())).toArray()));
                    ps.setArray(2, texts(connection, chunk, e -> e.actorKind().name()));
                    ps.setArray(3, texts(connection, chunk, JournalEntry::actorSubject));
                    ps.setArray(4, texts(connection, chunk, JournalEntry::actorDisplayName));
                    ps.setArray(5, texts(connection, chunk, JournalEntry::onBehalfOf));
                    ps.setArray(6, connection.createArrayOf("uuid", chunk.stream().map(JournalEntry::workerId).toArray()));
                    ps.setArray(7, texts(connection, chunk, e -> e.dataKind().name()));
                    ps.setArray(8, texts(connection, chunk, e -> e.action().name()));
                    ps.setArray(9, texts(connection, chunk, JournalEntry::purpose));
                    ps.setArray(10, texts(connection, chunk, e -> e.outcome().name()));
                    ps.setArray(11, texts(connection, chunk, JournalEntry::resource));
                    return ps.executeUpdate();
                }
            });
        }
        entries.clear();
    }

    private static java.sql.Array texts(Connection connection, List<JournalEntry> chunk,
                                        Function<JournalEntry, String> field) throws SQLException {
        return connection.createArrayOf("text", chunk.stream().map(field).toArray());
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        var walk = new Walk();
        streaming.query("select * from journal.entry order by id", (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            if (walk.broken == null) {
                walk.check(rs);
            }
        });
        if (walk.broken != null) {
            return walk.broken;
        }
        var head = jdbc.sql("select last_id, last_hash from journal.chain_head")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)}).single();
        if ((long) head[0] != walk.lastId || !Arrays.equals((byte[]) head[1], walk.previous)) {
            return ChainVerification.broken(walk.count, walk.lastId + 1,
                    "the chain head names entry " + head[0] + " as the last one: entries are missing at the end");
        }
        return ChainVerification.intact(walk.count);
    }

    /** The state of a walk along the chain. */
    private static final class Walk {
        long count;
        long lastId;
        byte[] previous = EntryHash.GENESIS;
        ChainVerification broken;

        void check(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            byte[] previousHash = rs.getBytes("previous_hash");
            byte[] hash = rs.getBytes("hash");
            if (id != lastId + 1) {
                broken = ChainVerification.broken(count, id, "entries " + (lastId + 1) + " to " + (id - 1) + " are missing");
            } else if (!Arrays.equals(previousHash, previous)) {
                broken = ChainVerification.broken(count, id, "its previous hash is not the hash of the entry before it");
            } else if (!Arrays.equals(hash, EntryHash.of(previousHash, content(rs)))) {
                broken = ChainVerification.broken(count, id, "its content does not match its hash");
            } else {
                count++;
                lastId = id;
                previous = hash;
            }
        }

        private static EntryHash.Content content(ResultSet rs) throws SQLException {
            return new EntryHash.Content(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor_kind"), rs.getString("actor_subject"), rs.getString("actor_display_name"),
                    rs.getString("on_behalf_of"), rs.getObject("worker_id", UUID.class), rs.getString("data_kind"),
                    rs.getString("action"), rs.getString("purpose"), rs.getString("outcome"), rs.getString("resource"));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public JournalPage forWorker(UUID workerId, int page, int size) {
        long total = jdbc.sql("select count(*) from journal.entry where worker_id = ?").param(workerId)
                .query(Long.class).single();
        List<RecordedEntry> content = jdbc.sql("""
                        select id, occurred_at, actor_kind, actor_display_name, on_behalf_of, worker_id, data_kind, action,
                               purpose, outcome, resource
                        from journal.entry where worker_id = ? order by id desc limit ? offset ?""")
                .params(workerId, size, (long) page * size)
                .query((rs, n) -> new RecordedEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        ActorKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6, UUID.class), DataKind.valueOf(rs.getString(7)),
                        JournalAction.valueOf(rs.getString(8)), rs.getString(9), Outcome.valueOf(rs.getString(10)),
                        rs.getString(11)))
                .list();
        return new JournalPage(content, page, size, total);
    }
}
