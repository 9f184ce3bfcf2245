package fr.gouv.travail.dosiportail.surveillance.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationRole;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.RegistryFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker employed since 2020 in an establishment with an MDT and a CRP, doses sent through the real API by a lab,
 * and waiting for Modulith's listeners to finish (no incomplete event publication left). Public for the browser tests.
 */
public final class AlertScenario {

    static final String LAB = "LAB-ALERT";
    static final String RPPS = "1000123456" + Luhn.checkDigit("1000123456");
    static final String CRP_EMAIL = "crp@example.fr";

    final MockMvc mvc;
    final JdbcClient jdbc;
    public final RegistryFixtures.EstablishmentBuilder site;
    final RegistryFixtures.WorkerBuilder worker;
    public final UUID workerId;

    public AlertScenario(MockMvc mvc, JdbcClient jdbc, RegistryDeclarations declarations, String birthName, LocalDate birth) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.site = new RegistryFixtures(declarations).aCompany().anEstablishment().declare();
        site.designatePhysician(LocalDate.of(2020, 1, 1));
        declarations.declareDesignation(site.company.employer, new DesignationDeclaration(site.siret,
                DesignationRole.RADIATION_PROTECTION_ADVISER, "Lefèvre", "Anne", CRP_EMAIL, null, null, null,
                LocalDate.of(2020, 1, 1)));
        var w = site.aWorker().named(birthName, "Jeanne Marie");
        w.start = LocalDate.of(2020, 1, 1);
        w.birthDate = birth;
        w.withNir(fr.gouv.travail.dosiportail.registry.TestIds.nir(fr.gouv.travail.dosiportail.core.Sex.F,
                birth.getYear(), birth.getMonthValue(), fr.gouv.travail.dosiportail.registry.TestIds.next()));
        this.worker = w.classifiedA().declare();
        this.workerId = jdbc.sql("select id from registry.worker where nir = ?").param(worker.nir).query(UUID.class)
                .single();
    }

    static RequestPostProcessor lab() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_ACCREDITED_BODY"))
                .jwt(j -> j.subject("lab-" + LAB).claim("actor_kind", "ACCREDITED_BODY").claim("accreditation_number", LAB));
    }

    static RequestPostProcessor mdt(String rpps) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_OCCUPATIONAL_PHYSICIAN"))
                .jwt(j -> j.subject("mdt-" + rpps).claim("actor_kind", "OCCUPATIONAL_PHYSICIAN").claim("rpps", rpps));
    }

    static RequestPostProcessor crp(String email) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_RADIATION_PROTECTION_ADVISER"))
                .jwt(j -> j.subject("crp-" + email).claim("actor_kind", "RADIATION_PROTECTION_ADVISER").claim("email", email));
    }

    /** A ministry agent: the DGT, or the DSND (defence inspectorate). */
    static RequestPostProcessor ministry(String authority) {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_MINISTRY"))
                .jwt(j -> j.subject("ministry-" + authority).claim("actor_kind", "MINISTRY").claim("authority", authority));
    }

    static RequestPostProcessor operator() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"))
                .jwt(j -> j.subject("operator").claim("actor_kind", "OPERATOR"));
    }

    RequestPostProcessor employer() {
        String siren = site.company.siren;
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_EMPLOYER"))
                .jwt(j -> j.subject("employer-" + siren).claim("actor_kind", "EMPLOYER").claim("siren", siren));
    }

    /** A passive Hp(10) record (quantity and location may be changed), as JSON; dosimeter ids are per worker. */
    public String record(String dosimeter, String from, String to, String value) {
        return record(dosimeter, from, to, value, "HP10", "WHOLE_BODY", "RESULT");
    }

    String record(String dosimeter, String from, String to, String value, String quantity, String location,
                  String status) {
        return """
                {"nir":"%s","lastName":"%s","firstName":"Jeanne","siret":"%s","originatorKind":"ACCREDITED_BODY",
                 "originatorId":"%s","monitoringKind":"EXTERNAL_PASSIVE","dosimeterId":"%s","bodyLocation":"%s",
                 "radiationType":"PHOTONS","periodStart":"%s","periodEnd":"%s","quantity":"%s",
                 "valueMsv":%s,"belowThreshold":false,"resultStatus":"%s"}"""
                .formatted(worker.nir, worker.birthName, site.siret, LAB, dosimeter + "-" + worker.nir, location, from, to, quantity,
                        value, status);
    }

    /** Sends records as one batch and waits for the listeners; returns the stored record ids. */
    public List<UUID> send(String... records) throws Exception {
        var r = call(post("/api/v1/dose-records/batch"), "[" + String.join(",", records) + "]", lab());
        assertThat(r.getStatus()).as(r.getContentAsString()).isIn(200, 201, 207);
        awaitListeners();
        List<UUID> ids = new java.util.ArrayList<>();
        for (JsonNode item : json(r).path("items")) {
            if (!item.path("recordId").isMissingNode() && !item.path("recordId").isNull()) {
                ids.add(UUID.fromString(item.path("recordId").asString()));
            }
        }
        return ids;
    }

    MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b,
                                 String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(b.contentType(MediaType.APPLICATION_JSON).content(body).with(who)).andReturn().getResponse();
    }

    MockHttpServletResponse read(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JsonMapper.shared().readTree(r.getContentAsString());
    }

    void awaitListeners() throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            Long open = jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("event listeners did not complete within 30 s");
    }

    long alerts() {
        return jdbc.sql("select count(*) from surveillance.alert where worker_id = ?").param(workerId)
                .query(Long.class).single();
    }

    List<String> steps() {
        return jdbc.sql("""
                select s.kind from surveillance.alert_step s join surveillance.alert a on a.id = s.alert_id
                where a.worker_id = ? order by a.raised_at, s.seq""").param(workerId).query(String.class).list();
    }

    List<String> notifications() {
        return jdbc.sql("""
                select n.subject_kind || ' ' || n.recipient_kind || ' ' || coalesce(n.payload ->> 'stepKind', n.payload ->> 'kind')
                from surveillance.notification n
                where n.worker_id = ? or n.subject_id in (select id from surveillance.alert where worker_id = ?)
                order by n.created_at, n.recipient_kind""").params(workerId, workerId).query(String.class).list();
    }
}
