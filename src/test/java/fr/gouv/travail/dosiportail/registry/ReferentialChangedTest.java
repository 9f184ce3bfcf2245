package fr.gouv.travail.dosiportail.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coarse référentiel event: one per declaring transaction, one per chunk of a bulk file (never one per line: a
 * listener through the JDBC event log costs about half a millisecond per event).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class ReferentialChangedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryDeclarations declarations;
    @Autowired
    ApplicationEvents events;

    @Test
    void aSingleWorkerDeclarationPublishesOneEventNamingTheWorker() {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        long before = events.stream(ReferentialChanged.class).count();
        site.aWorker().declare(); // worker + employment, one transaction per declaration call
        var published = events.stream(ReferentialChanged.class).skip(before).toList();
        assertThat(published).isNotEmpty().allSatisfy(e -> assertThat(e.workerIds()).hasSize(1));
        assertThat(published.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aBulkFileOfTwoAndAHalfChunksPublishesThreeEventsCoveringEveryWorker() throws Exception {
        var site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        StringBuilder csv = new StringBuilder(BulkDeclarationTest.HEADER);
        for (int i = 0; i < 2500; i++) {
            String body = "2" + "%02d%02d75056%03d".formatted(61, 1 + i / 999, 1 + i % 999);
            String nir = body + "%02d".formatted(97 - new BigInteger(body).mod(BigInteger.valueOf(97)).intValue());
            csv.append(site.siret).append(';').append(nir).append(";Durand;;Jeanne;F;1961-%02d-12".formatted(1 + i / 999))
                    .append(";75056;CDI;100;2024-01-01;;B;;non;non;;;EXTERNE\n");
        }
        long before = events.stream(ReferentialChanged.class).count();
        mvc.perform(post("/api/v1/workers/bulk").param("mode", "all-or-nothing").contentType("text/csv")
                        .content(csv.toString().getBytes(StandardCharsets.UTF_8))
                        .with(RegistryApiTest.employer(site.company.siren)))
                .andExpect(status().isOk());
        var published = events.stream(ReferentialChanged.class).skip(before).toList();
        assertThat(published).hasSize(3);
        Set<UUID> workers = new HashSet<>();
        published.forEach(e -> workers.addAll(e.workerIds()));
        assertThat(workers).hasSize(2500);
    }
}
