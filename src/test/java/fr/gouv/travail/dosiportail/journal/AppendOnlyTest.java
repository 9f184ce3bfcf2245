package fr.gouv.travail.dosiportail.journal;

import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.OPERATOR;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.lastId;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.readBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nobody changes the journal: the application role has no UPDATE, DELETE or TRUNCATE privilege, and the triggers
 * refuse them even to the superuser the default run and the tests connect as.
 */
@SpringBootTest
@ActiveProfiles("test")
class AppendOnlyTest {

    private static final String APP_ROLE = "dosiportail_app";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessJournal journal;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void oneEntryAtLeast() {
        tx.executeWithoutResult(s -> journal.record(readBy(OPERATOR, null)));
    }

    /** Runs one statement in a transaction that is always rolled back, optionally as the application role. */
    private void run(String role, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                if (role != null) {
                    s.execute("set local role " + role);
                }
                s.execute(sql);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"update journal.entry set purpose = 'x'", "delete from journal.entry",
            "truncate journal.entry", "update journal.chain_head set last_id = 0",
            "insert into journal.chain_head values (true, 0, '\\x00')"})
    void theApplicationRoleMayNotChangeTheJournal(String sql) {
        assertThatThrownBy(() -> run(APP_ROLE, sql)).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"update journal.entry set purpose = 'x'", "delete from journal.entry",
            "truncate journal.entry", "update journal.chain_head set last_id = 0", "delete from journal.chain_head",
            "truncate journal.chain_head"})
    void evenTheSuperuserIsStoppedByTheTriggers(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("the tests connect as a superuser").isTrue();
        }
        assertThatThrownBy(() -> run(null, sql)).isInstanceOf(SQLException.class)
                .hasMessageMatching("(?s).*journal\\.(entry is append-only|chain_head moves only).*refused.*");
    }

    @Test
    void theApplicationRoleAppendsAndItsEntriesChain() throws SQLException {
        long before = lastId(jdbc);
        byte[] previousHash = jdbc.sql("select hash from journal.entry where id = ?").param(before)
                .query(byte[].class).single();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set local role " + APP_ROLE);
                s.execute("""
                        insert into journal.entry (actor_kind, actor_subject, actor_display_name, data_kind, action,
                                                   purpose, outcome, resource)
                        values ('OPERATOR', 'sql', 'SQL', 'ADMINISTRATIVE', 'READ', 'Test du rôle', 'ALLOWED', 'psql')""");
                try (PreparedStatement p = c.prepareStatement("select id, previous_hash from journal.entry where id = ?")) {
                    p.setLong(1, before + 1);
                    try (ResultSet rs = p.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getBytes(2)).isEqualTo(previousHash);
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
        assertThat(lastId(jdbc)).isEqualTo(before + 1);
        assertThat(journal.verify().ok()).isTrue();
    }
}
