package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.file.DoseFileStatus;
import fr.gouv.travail.dosiportail.dosimetry.file.DoseFiles;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dose results by file (CSV or JSON Lines, format: docs/formats/dose-records.md), processed in the background: 202
 * with a receipt, then the status and the execution report. A lab sees only its own files.
 */
@RestController
@RequestMapping(path = "/api/v1/dose-files", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fichiers de résultats dosimétriques", description = "Dépôt de fichiers CSV ou JSON Lines, rapport d'exécution")
class FileController {

    private static final String SENDERS = "hasAnyRole('ACCREDITED_BODY','OPERATOR')";
    static final String NDJSON = "application/x-ndjson";

    private final DoseFiles files;
    private final CurrentActor actor;
    private final ReportWriter reports;

    FileController(DoseFiles files, CurrentActor actor, JsonMapper json) {
        this.files = files;
        this.actor = actor;
        this.reports = new ReportWriter(json);
    }

    @PostMapping(consumes = {"text/csv", NDJSON})
    @PreAuthorize(SENDERS)
    @Operation(summary = "Déposer un fichier de résultats (corps text/csv ou application/x-ndjson)",
            description = "Réponse 202 avec le récépissé. Le même fichier renvoyé (même SHA-256) ou la même clé "
                    + "d'idempotence donnent le même récépissé, sans rien enregistrer deux fois.")
    @DoseApiErrors
    ResponseEntity<DoseFileStatus> raw(HttpServletRequest request,
            @Parameter(description = "Même clé et même fichier : même récépissé")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        checkLength(request.getContentLengthLong());
        try (InputStream in = request.getInputStream()) {
            return accepted(files.receive(actor.get(), in, request.getContentType(), null, key(idempotencyKey)));
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(SENDERS)
    @Operation(summary = "Déposer un fichier de résultats en multipart (champ « file »)")
    @DoseApiErrors
    ResponseEntity<DoseFileStatus> multipart(@RequestPart("file") MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        checkLength(file.getSize());
        try (InputStream in = file.getInputStream()) {
            return accepted(files.receive(actor.get(), in, partType(file), file.getOriginalFilename(),
                    key(idempotencyKey)));
        }
    }

    @GetMapping
    @PreAuthorize(SENDERS)
    @Operation(summary = "Mes derniers fichiers déposés (100 au plus, du plus récent au plus ancien)")
    List<DoseFileStatus> list() {
        return files.list(actor.get(), 100);
    }

    @GetMapping("/{id}")
    @PreAuthorize(SENDERS)
    @Operation(summary = "État d'un fichier : QUEUED, RUNNING, DONE ou FAILED, lignes lues et comptes")
    DoseFileStatus status(@PathVariable UUID id) {
        return files.status(actor.get(), id);
    }

    @GetMapping("/{id}/report")
    @PreAuthorize(SENDERS)
    @Operation(summary = "Rapport d'exécution (JSON) : chaque ligne rejetée ou mise en attente, avec sa raison")
    void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        reports.json(files, actor.get(), id, response);
    }

    @GetMapping(path = "/{id}/report.csv", produces = "text/csv")
    @PreAuthorize(SENDERS)
    @Operation(summary = "Rapport d'exécution (CSV UTF-8, séparateur point-virgule)")
    void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        reports.csv(files, actor.get(), id, response);
    }

    /** A part sent as application/octet-stream says nothing: the file name or the content decides. */
    static String partType(MultipartFile file) {
        String type = file.getContentType();
        return type == null || type.startsWith("application/octet-stream") ? null : type;
    }

    private void checkLength(long length) {
        if (length > files.maxBytes()) {
            long mb = files.maxBytes() / (1024 * 1024);
            throw new ApiProblem(413, "trop-volumineux",
                    "Le fichier dépasse la taille maximale de " + mb + " Mo : découpez-le en plusieurs fichiers.",
                    "The file exceeds the maximum size of " + mb + " MB: split it into several files.", List.of());
        }
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

    private static ResponseEntity<DoseFileStatus> accepted(DoseFileStatus status) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/dose-files/" + status.id())).body(status);
    }
}
