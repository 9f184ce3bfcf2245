package fr.gouv.travail.dosiportail.journal;

import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.OPERATOR;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.asOwnerWithoutTriggers;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.lastId;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.readBy;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.restore;
import static fr.gouv.travail.dosiportail.journal.JournalTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.core.Siren;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class HashChainTest {

    @Autowired
    AccessJournal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private void append(List<JournalEntry> entries) {
        tx.executeWithoutResult(s -> journal.recordAll(entries));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> journal.record(readBy(OPERATOR, UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void recordingInAReadOnlyTransactionIsRefused() {
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(s -> journal.record(readBy(OPERATOR, null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }

    @Test
    void entriesOfARolledBackTransactionAreNotKept() {
        long before = lastId(jdbc);
        tx.executeWithoutResult(s -> {
            journal.record(readBy(OPERATOR, UUID.randomUUID()));
            s.setRollbackOnly();
        });
        assertThat(lastId(jdbc)).isEqualTo(before);
    }

    /**
     * Seed 20230623: 500 entries of random content (accents, emoji, separators, empty and null optional fields, far
     * past and future instants) all verify, i.e. the Java canonical form agrees with the trigger's on every one.
     */
    @Test
    void entriesOfAnyContentChainAndVerify() {
        Random random = new Random(20230623);
        String[] pieces = {"a", "é", "ü", "’", "😀", ",", ":", "-", "1:", "\\", "'", "\"", " ", "\n", "SIREN 123456782", "", "漢"};
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(new JournalEntry(Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L),
                    random.nextInt(1_000_000_000)), ActorKind.values()[random.nextInt(ActorKind.values().length)],
                    text(random, pieces, 1), text(random, pieces, 0), random.nextBoolean() ? null : text(random, pieces, 0),
                    random.nextBoolean() ? null : new UUID(random.nextLong(), random.nextLong()),
                    DataKind.values()[random.nextInt(DataKind.values().length)],
                    JournalAction.values()[random.nextInt(2)], "p" + text(random, pieces, 0), Outcome.values()[random.nextInt(2)],
                    "r" + text(random, pieces, 0)));
        }
        long before = lastId(jdbc);
        append(entries);
        assertThat(lastId(jdbc)).isEqualTo(before + 500);
        ChainVerification v = journal.verify();
        assertThat(v.ok()).as(v.reason()).isTrue();
        assertThat(v.entries()).isEqualTo(before + 500);
    }

    private static String text(Random random, String[] pieces, int min) {
        StringBuilder s = new StringBuilder();
        int n = min + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.isEmpty() && min > 0 ? "x" : s.toString();
    }

    @Test
    void eachEntryCarriesTheHashOfThePreviousOne() {
        append(List.of(readBy(OPERATOR, null), readBy(OPERATOR, null), readBy(OPERATOR, null)));
        long last = lastId(jdbc);
        Map<String, Object> previous = row(jdbc, last - 1);
        Map<String, Object> current = row(jdbc, last);
        assertThat((byte[]) current.get("previous_hash")).isEqualTo((byte[]) previous.get("hash"));
        assertThat((byte[]) current.get("hash")).hasSize(32).isNotEqualTo((byte[]) previous.get("hash"));
    }

    @Test
    void severalStatementsAndARolledBackSavepointInOneTransactionKeepTheChainExact() {
        String insert = """
                insert into journal.entry (actor_kind, actor_subject, actor_display_name, data_kind, action, purpose,
                                           outcome, resource, previous_hash, hash)
                values ('OPERATOR', 'op', 'Opérateur', 'ADMINISTRATIVE', 'READ', 'test', 'ALLOWED', ?, '\\x', '\\x')""";
        long before = lastId(jdbc);
        tx.executeWithoutResult(s -> {
            jdbc.sql(insert).param("first").update();
            jdbc.sql(insert).param("second").update();
            Object savepoint = s.createSavepoint();
            jdbc.sql(insert).param("rolled back").update();
            s.rollbackToSavepoint(savepoint);
            jdbc.sql(insert).param("third").update();
        });
        assertThat(lastId(jdbc)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select resource from journal.entry where id > ? order by id").param(before)
                .query(String.class).list()).containsExactly("first", "second", "third");
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void aChangedFieldIsNamedAsTheFirstBrokenLink() {
        append(List.of(readBy(OPERATOR, null), readBy(OPERATOR, null), readBy(OPERATOR, null)));
        long tampered = lastId(jdbc) - 1;
        String purpose = (String) row(jdbc, tampered).get("purpose");
        asOwnerWithoutTriggers(jdbc, "update journal.entry set purpose = 'Rien à voir' where id = ?", tampered);
        try {
            ChainVerification v = journal.verify();
            assertThat(v.ok()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(tampered);
            assertThat(v.entries()).isEqualTo(tampered - 1);
            assertThat(v.reason()).contains("content");
        } finally {
            asOwnerWithoutTriggers(jdbc, "update journal.entry set purpose = ? where id = ?", purpose, tampered);
        }
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void aRemovedEntryInTheMiddleNamesTheNextOne() {
        append(List.of(readBy(OPERATOR, null), readBy(OPERATOR, null), readBy(OPERATOR, null)));
        long removed = lastId(jdbc) - 1;
        Map<String, Object> saved = row(jdbc, removed);
        asOwnerWithoutTriggers(jdbc, "delete from journal.entry where id = ?", removed);
        try {
            ChainVerification v = journal.verify();
            assertThat(v.ok()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(removed + 1);
            assertThat(v.reason()).contains("missing");
        } finally {
            restore(jdbc, saved);
        }
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void aRemovedLastEntryIsNoticedThroughTheChainHead() {
        append(List.of(readBy(OPERATOR, null), readBy(OPERATOR, null)));
        long last = lastId(jdbc);
        Map<String, Object> saved = row(jdbc, last);
        asOwnerWithoutTriggers(jdbc, "delete from journal.entry where id = ?", last);
        try {
            ChainVerification v = journal.verify();
            assertThat(v.ok()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(last);
        } finally {
            restore(jdbc, saved);
        }
        assertThat(journal.verify().ok()).isTrue();
    }

    @Test
    void transactionsAppendingAtOnceStillMakeOneUnbrokenChain() throws Exception {
        Actor employer = new Actor(ActorKind.EMPLOYER, "concurrent", "Employeur", Optional.of(new Siren("123456782")),
                Optional.empty(), Optional.empty(), Optional.empty());
        long before = lastId(jdbc);
        int threads = 8;
        int transactionsPerThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(() -> {
                    for (int i = 0; i < transactionsPerThread; i++) {
                        tx.executeWithoutResult(s -> {
                            journal.record(readBy(employer, UUID.randomUUID()));
                            journal.recordAll(List.of(readBy(employer, UUID.randomUUID()), readBy(employer, null)));
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long appended = (long) threads * transactionsPerThread * 3;
        assertThat(lastId(jdbc)).isEqualTo(before + appended);
        assertThat(jdbc.sql("select count(*) from journal.entry where id > ?").param(before).query(Long.class).single())
                .isEqualTo(appended);
        ChainVerification v = journal.verify();
        assertThat(v.ok()).as(v.reason()).isTrue();
    }
}
