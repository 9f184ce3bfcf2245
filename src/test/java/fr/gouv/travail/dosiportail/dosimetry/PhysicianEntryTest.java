package fr.gouv.travail.dosiportail.dosimetry;

import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.json;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.lab;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.q;
import static fr.gouv.travail.dosiportail.dosimetry.DoseRecords.with;
import static fr.gouv.travail.dosiportail.dosimetry.RevisionTest.FIXTURE_RPPS;
import static fr.gouv.travail.dosiportail.dosimetry.RevisionTest.mdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The MDT enters internal committed doses and non-accredited results for the workers it follows, and only those. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PhysicianEntryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryDeclarations declarations;

    RegistryFixtures.EstablishmentBuilder followed;
    RegistryFixtures.WorkerBuilder patient;
    RegistryFixtures.WorkerBuilder stranger;

    @BeforeEach
    void anMdtDesignatedForOneEstablishment() {
        RegistryFixtures given = new RegistryFixtures(declarations);
        followed = given.aCompany().anEstablishment().declare();
        followed.designatePhysician(LocalDate.of(2024, 1, 1));
        patient = followed.aWorker().named("Dupont", "Jeanne").classifiedA().declare();
        RegistryFixtures.EstablishmentBuilder other = given.aCompany().anEstablishment().declare();
        stranger = other.aWorker().named("Martin", "Luc").classifiedA().declare();
        strangerSiret = other.siret;
    }

    String strangerSiret;

    private Map<String, String> entry(RegistryFixtures.WorkerBuilder worker, String siret, String monitoring) {
        var r = with(with(with(DoseRecords.record(worker, siret, "MDT-" + UUID.randomUUID()), "originatorKind",
                q("OCCUPATIONAL_PHYSICIAN")), "originatorId", q(FIXTURE_RPPS)), "monitoringKind", q(monitoring));
        return with(with(r, "quantity", q("E50")), "bodyLocation", "null");
    }

    /** This MDT's records for one worker (other test classes of the same context enter under the same RPPS). */
    private long entered(RegistryFixtures.WorkerBuilder worker) {
        return jdbc.sql("""
                        select count(*) from dosimetry.dose_record r join registry.worker w on w.id = r.worker_id
                        where r.originator_kind = 'OCCUPATIONAL_PHYSICIAN' and r.originator_id = ? and w.nir = ?""")
                .params(FIXTURE_RPPS, worker.nir).query(Long.class).single();
    }

    private MockHttpServletResponse send(String path, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(who)).andReturn()
                .getResponse();
    }

    @Test
    void theMdtEntersAnInternalCommittedDoseAndANonAccreditedResultForAWorkerItFollows() throws Exception {
        var internal = send("/api/v1/dose-records", json(entry(patient, followed.siret, "INTERNAL_COMMITTED_BY_MDT")),
                mdt(FIXTURE_RPPS));
        assertThat(internal.getStatus()).as(internal.getContentAsString()).isEqualTo(201);
        var foreign = send("/api/v1/dose-records/batch", "[" + json(with(with(entry(patient, followed.siret,
                "MDT_NON_ACCREDITED_SOURCE"), "quantity", q("HP10")), "sourceNote", q("Dosimétrie suisse"))) + "]",
                mdt(FIXTURE_RPPS));
        assertThat(foreign.getStatus()).isEqualTo(200);
        assertThat(foreign.getContentAsString()).contains("\"accepted\":1");
        assertThat(entered(patient)).isEqualTo(2);
    }

    @Test
    void anMdtEnteringForAWorkerItDoesNotFollowGetsWhatAnUnknownWorkerGets() throws Exception {
        var single = send("/api/v1/dose-records", json(entry(stranger, strangerSiret, "INTERNAL_COMMITTED_BY_MDT")),
                mdt(FIXTURE_RPPS));
        assertThat(single.getStatus()).isEqualTo(404);
        assertThat(single.getContentAsString()).contains("UNKNOWN_WORKER").doesNotContain(stranger.birthName);
        var batch = send("/api/v1/dose-records/batch", "[" + json(entry(patient, followed.siret,
                "INTERNAL_COMMITTED_BY_MDT")) + "," + json(entry(stranger, strangerSiret, "INTERNAL_COMMITTED_BY_MDT"))
                + "]", mdt(FIXTURE_RPPS));
        assertThat(batch.getStatus()).isEqualTo(404);
        assertThat(batch.getContentAsString()).contains("[1].nir").doesNotContain("[0].nir");
        assertThat(entered(patient) + entered(stranger)).isZero();
    }

    @Test
    void aLabMayNotSendWhatOnlyTheMdtEntersAndTheMdtMayNotSendALabsResult() throws Exception {
        var mdtKind = with(with(DoseRecords.record(patient, followed.siret, "D-" + UUID.randomUUID()), "monitoringKind",
                q("MDT_NON_ACCREDITED_SOURCE")), "quantity", q("HP10"));
        assertThat(send("/api/v1/dose-records", json(mdtKind), lab(DoseRecords.LAB)).getStatus()).isEqualTo(403);
        var labResult = with(with(DoseRecords.record(patient, followed.siret, "D-" + UUID.randomUUID()),
                "originatorKind", q("OCCUPATIONAL_PHYSICIAN")), "originatorId", q(FIXTURE_RPPS));
        assertThat(send("/api/v1/dose-records", json(labResult), mdt(FIXTURE_RPPS)).getStatus()).isEqualTo(403);
        var otherRpps = with(entry(patient, followed.siret, "INTERNAL_COMMITTED_BY_MDT"), "originatorId", q("10000000017"));
        assertThat(send("/api/v1/dose-records", json(otherRpps), mdt(FIXTURE_RPPS)).getStatus()).isEqualTo(403);
    }
}
