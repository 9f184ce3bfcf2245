package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.registry.BulkReport;
import fr.gouv.travail.dosiportail.registry.bulk.BulkDeclarations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk declaration of workers from a CSV file (format: docs/formats/declaration-travailleurs.md). */
@RestController
@RequestMapping(path = "/api/v1/workers/bulk", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Déclarations", description = "Point unique de déclaration de l'employeur")
class BulkController {

    private static final String DECLARANTS = "hasAnyRole('EMPLOYER','EMPLOYER_CORRESPONDENT','OPERATOR')";
    private final BulkDeclarations bulk;
    private final CurrentActor actor;

    BulkController(BulkDeclarations bulk, CurrentActor actor) {
        this.bulk = bulk;
        this.actor = actor;
    }

    @PostMapping(consumes = "text/csv")
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer des travailleurs par fichier CSV (UTF-8, ';' ou ',')",
            description = "Mode par défaut « tout ou rien » ; mode=keep-valid enregistre les lignes valides.")
    @ApiErrors
    BulkReport csv(HttpServletRequest request,
                   @RequestParam(defaultValue = "all-or-nothing") @Parameter(description = "all-or-nothing ou keep-valid") String mode)
            throws IOException {
        checkLength(request.getContentLengthLong());
        try (InputStream in = request.getInputStream()) {
            return bulk.declare(actor.get(), in, keepValid(mode));
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer des travailleurs par fichier CSV envoyé en multipart (champ « file »)")
    @ApiErrors
    BulkReport multipart(@RequestPart("file") MultipartFile file,
                         @RequestParam(defaultValue = "all-or-nothing") String mode) throws IOException {
        checkLength(file.getSize());
        try (InputStream in = file.getInputStream()) {
            return bulk.declare(actor.get(), in, keepValid(mode));
        }
    }

    private void checkLength(long length) {
        if (length > bulk.maxBytes()) {
            long mb = bulk.maxBytes() / (1024 * 1024);
            throw new ApiProblem(413, "trop-volumineux", "Le fichier dépasse la taille maximale de " + mb + " Mo ; découpez-le.",
                    "The file exceeds the maximum size of " + mb + " MB; split it.", List.of());
        }
    }

    private static boolean keepValid(String mode) {
        return switch (mode) {
            case "keep-valid" -> true;
            case "all-or-nothing" -> false;
            default -> throw ApiProblem.invalid("mode", "INVALID_MODE", "Mode attendu : all-or-nothing ou keep-valid.",
                    "Expected mode: all-or-nothing or keep-valid.");
        };
    }
}
