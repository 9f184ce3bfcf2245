package fr.gouv.travail.dosiportail.registry.query;

import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.journal.WorkerLookup;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lets the journal find the logged-in worker's référentiel id from their NIR. */
@Component
class JournalWorkerLookup implements WorkerLookup {

    private final JdbcClient jdbc;

    JournalWorkerLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> workerIdOf(Nir nir) {
        return jdbc.sql("select id from registry.worker where nir = ?").param(nir.value()).query(UUID.class).optional();
    }
}
