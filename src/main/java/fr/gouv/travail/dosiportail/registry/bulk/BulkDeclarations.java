package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.AccessJournal;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.registry.query.Access;
import fr.gouv.travail.dosiportail.registry.BulkReport;
import fr.gouv.travail.dosiportail.registry.BulkReport.LineError;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.declaration.Guard;
import fr.gouv.travail.dosiportail.registry.declaration.ProfileDeclarations;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.declaration.ReferentialChanges;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk worker declaration, read from the stream in chunks (the file is never held in memory). Each chunk is
 * checked in Java, compared with what the registry holds in a few queries, and written with one statement per
 * table; events are published in the same transaction. One transaction for the file: all-or-nothing rolls it back
 * if any line was rejected, keep-valid commits the valid lines (invalid lines are never written). A chunk whose
 * write still hits a database constraint is redone line by line, each line in a savepoint.
 */
@Service
public class BulkDeclarations {

    static final int MAX_LISTED_ERRORS = 1000;
    private static final Logger log = LoggerFactory.getLogger(BulkDeclarations.class);

    private final Guard guard;
    private final ProfileDeclarations profiles;
    private final Receipts receipts;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final LineByLine lineByLine;
    private final TransactionTemplate outer;
    private final TransactionTemplate savepoint;
    private final long maxBytes;
    private final int chunkSize;
    private final boolean lineByLineOnly;
    private final AccessJournal journal;
    private final ReferentialChanges changes;

    BulkDeclarations(Guard guard, ProfileDeclarations profiles, Receipts receipts, Validator validator,
                     JdbcTemplate jdbc, ApplicationEventPublisher events, LineByLine lineByLine,
                     PlatformTransactionManager tx, AccessJournal journal, ReferentialChanges changes,
                     @Value("${dosiportail.registry.bulk.max-bytes:209715200}") long maxBytes,
                     @Value("${dosiportail.registry.bulk.chunk-size:1000}") int chunkSize,
                     @Value("${dosiportail.registry.bulk.line-by-line:false}") boolean lineByLineOnly) {
        this.guard = guard;
        this.profiles = profiles;
        this.receipts = receipts;
        this.validator = validator;
        this.jdbc = jdbc;
        this.events = events;
        this.lineByLine = lineByLine;
        this.outer = new TransactionTemplate(tx);
        this.savepoint = new TransactionTemplate(tx);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.maxBytes = maxBytes;
        this.chunkSize = chunkSize;
        this.lineByLineOnly = lineByLineOnly;
        this.journal = journal;
        this.changes = changes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public BulkReport declare(Actor actor, InputStream in, boolean keepValid) {
        return declare(actor, in, keepValid, lineByLineOnly);
    }

    /** {@code slowPath}: line by line for every line (a switch for operations, and the tests' reference). */
    BulkReport declare(Actor actor, InputStream in, boolean keepValid, boolean slowPath) {
        return outer.execute(status -> {
            Tally t = new Tally();
            LineChecks checks = new LineChecks(actor, guard, profiles, validator, jdbc);
            ChunkWriter writer = new ChunkWriter(jdbc, actor);
            long line = 1;
            try {
                CsvInput csv = new CsvInput(in, maxBytes);
                CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(csv.delimiter).setQuote('"')
                        .setHeader(csv.header.toArray(String[]::new)).setIgnoreEmptyLines(true)
                        .setAllowMissingColumnNames(true).setIgnoreSurroundingSpaces(true).get();
                List<BulkLine> chunk = new ArrayList<>(chunkSize);
                try (CSVParser parser = CSVParser.builder().setReader(csv.reader).setFormat(format).get()) {
                    for (CSVRecord record : parser) {
                        line = record.getRecordNumber() + 1;
                        chunk.add(checks.read(record, line));
                        if (chunk.size() == chunkSize) {
                            declareChunk(actor, chunk, checks, slowPath ? null : writer, t);
                            chunk.clear();
                        }
                    }
                }
                declareChunk(actor, chunk, checks, slowPath ? null : writer, t);
            } catch (CharacterCodingException e) {
                throw CsvInput.notUtf8(line + 1);
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw CsvInput.notUtf8(line + 1);
                }
                throw e;
            } catch (IOException e) {
                throw new IllegalStateException("bulk file unreadable", e);
            }
            boolean commit = keepValid || t.rejected == 0;
            String number = null;
            if (!commit) {
                status.setRollbackOnly();
            } else if (t.accepted > 0 && checks.companyId != null) {
                number = receipts.issue(actor, checks.companyId, "WORKER_BULK", null, Outcome.CREATED, List.of()).number();
            }
            return new BulkReport(t.accepted, t.rejected, t.unchanged, t.errors, t.totalErrors, commit, number);
        });
    }

    private void declareChunk(Actor actor, List<BulkLine> chunk, LineChecks checks, ChunkWriter writer, Tally t) {
        if (chunk.isEmpty()) {
            return;
        }
        checks.checkAgainstRegistry(chunk);
        List<BulkLine> valid = chunk.stream().filter(BulkLine::valid).toList();
        if (writer == null) {
            valid.forEach(l -> lineByLine.write(actor, l));
        } else if (!valid.isEmpty()) {
            try {
                List<Object> published = savepoint.execute(s -> writer.write(valid));
                published.forEach(events::publishEvent);
                journalWrites(actor, valid);
            } catch (DataAccessException e) {
                // not the cause's message: a unique violation repeats the key, and a NIR must not reach the log
                log.warn("bulk chunk of lines {}–{} redone line by line after {}", chunk.get(0).number,
                        chunk.get(chunk.size() - 1).number, e.getClass().getSimpleName());
                valid.forEach(l -> {
                    l.changed = false;
                    l.discrepancyId = null;
                    lineByLine.write(actor, l);
                });
            }
        }
        for (BulkLine l : chunk) {
            t.count(l);
            if (l.valid() && l.changed && l.workerId != null) {
                changes.worker(l.workerId);
            }
        }
        changes.flush(); // one ReferentialChanged per chunk, not one per line
    }

    /** One WRITE entry per line that changed a worker's data, once its chunk is written (single lines journal themselves). */
    private void journalWrites(Actor actor, List<BulkLine> written) {
        Access access = Access.of(actor, Access.DECLARATION, "declareWorkersInBulk");
        journal.recordAll(written.stream().filter(l -> l.changed && l.workerId != null)
                .map(l -> access.entry(l.workerId, JournalAction.WRITE, fr.gouv.travail.dosiportail.journal.Outcome.ALLOWED)).toList());
    }

    private static final class Tally {
        int accepted;
        int rejected;
        int unchanged;
        int totalErrors;
        final List<LineError> errors = new ArrayList<>();

        void count(BulkLine l) {
            if (l.valid()) {
                if (l.changed) {
                    accepted++;
                } else {
                    unchanged++;
                }
                return;
            }
            rejected++;
            for (LineError e : l.errors) {
                totalErrors++;
                if (errors.size() < MAX_LISTED_ERRORS) {
                    errors.add(e);
                }
            }
        }
    }
}
