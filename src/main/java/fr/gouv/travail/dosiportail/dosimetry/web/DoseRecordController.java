package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.SubmissionReceipt;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.dosimetry.revision.PhysicianEntries;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dose results from accredited bodies, occupational physicians (their own entries) and the operator, one at a time (201 accepted, 202 quarantined) or by
 * batches of up to 5,000 (200, one outcome per record).
 */
@RestController
@RequestMapping(path = "/api/v1/dose-records", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Résultats dosimétriques", description = "Transmission des doses en temps réel")
class DoseRecordController {

    private static final String SENDERS = "hasAnyRole('ACCREDITED_BODY','OCCUPATIONAL_PHYSICIAN','OPERATOR')";
    static final int MAX_BATCH = 5_000;

    private final DoseCollection collection;
    private final CurrentActor actor;
    private final BatchReader reader;
    private final JsonMapper json;
    private final PhysicianEntries physicians;

    DoseRecordController(DoseCollection collection, CurrentActor actor, JsonMapper json, PhysicianEntries physicians) {
        this.physicians = physicians;
        this.collection = collection;
        this.actor = actor;
        this.json = json;
        this.reader = new BatchReader(json);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(SENDERS)
    @Operation(summary = "Transmettre un résultat dosimétrique")
    @DoseApiErrors
    ResponseEntity<SubmissionReceipt> one(@Valid @RequestBody DoseRecordSubmission body,
            @Parameter(description = "Même clé et même corps : même réponse, rien n'est enregistré deux fois")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var item = new DoseCollection.Item(body, json.writeValueAsString(body), List.of());
        return answer(submit(List.of(item), "API", key(idempotencyKey), true));
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(SENDERS)
    @Operation(summary = "Transmettre un lot de résultats (tableau JSON, 5 000 au plus)")
    @DoseApiErrors
    ResponseEntity<SubmissionReceipt> batch(@RequestBody JsonNode body,
            @Parameter(description = "Même clé et même corps : même réponse, rien n'est enregistré deux fois")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (!body.isArray() || body.isEmpty()) {
            throw ApiProblem.invalid("", "NOT_A_NON_EMPTY_ARRAY", "Le corps doit être un tableau JSON non vide.",
                    "The body must be a non-empty JSON array.");
        }
        if (body.size() > MAX_BATCH) {
            throw ApiProblem.invalid("", "TOO_MANY_RECORDS", "Un lot contient au plus 5 000 résultats.",
                    "A batch holds at most 5,000 results.");
        }
        return answer(submit(reader.read(body), "API_BATCH", key(idempotencyKey), false));
    }

    /** An MDT enters results only for the workers it follows (else 404, as for an unknown worker). */
    private DoseCollection.Answer submit(List<DoseCollection.Item> items, String channel, Optional<String> key,
                                         boolean single) {
        Actor caller = actor.get();
        physicians.requireFollowed(caller, items);
        return collection.submit(caller, items, channel, key, single);
    }

    private static Optional<String> key(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (header.length() > 200) {
            throw ApiProblem.invalid("Idempotency-Key", "TOO_LONG", "La clé d'idempotence dépasse 200 caractères.",
                    "The idempotency key exceeds 200 characters.");
        }
        return Optional.of(header.strip());
    }

    private static ResponseEntity<SubmissionReceipt> answer(DoseCollection.Answer a) {
        return ResponseEntity.status(a.httpStatus()).body(a.receipt());
    }
}
