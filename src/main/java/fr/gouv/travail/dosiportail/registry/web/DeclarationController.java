package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.registry.AccreditedBodyDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationDeclaration;
import fr.gouv.travail.dosiportail.registry.DesignationEnd;
import fr.gouv.travail.dosiportail.registry.EmploymentDeclaration;
import fr.gouv.travail.dosiportail.registry.EmploymentEnd;
import fr.gouv.travail.dosiportail.registry.EstablishmentDeclaration;
import fr.gouv.travail.dosiportail.registry.ExposureProfileDeclaration;
import fr.gouv.travail.dosiportail.registry.Outcome;
import fr.gouv.travail.dosiportail.registry.Receipt;
import fr.gouv.travail.dosiportail.registry.RegistryDeclarations;
import fr.gouv.travail.dosiportail.registry.WorkerDeclaration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Declarations: each answers a receipt (201 when something was created, 200 otherwise). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Déclarations", description = "Point unique de déclaration de l'employeur")
class DeclarationController {

    private static final String DECLARANTS = "hasAnyRole('EMPLOYER','EMPLOYER_CORRESPONDENT','OPERATOR')";
    private final RegistryDeclarations declarations;
    private final CurrentActor actor;

    DeclarationController(RegistryDeclarations declarations, CurrentActor actor) {
        this.declarations = declarations;
        this.actor = actor;
    }

    private static ResponseEntity<Receipt> answer(Receipt r) {
        return ResponseEntity.status(r.outcome() == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK).body(r);
    }

    @PostMapping(path = "/establishments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer un établissement (et son entreprise)")
    @ApiErrors
    ResponseEntity<Receipt> establishment(@Valid @RequestBody EstablishmentDeclaration body) {
        return answer(declarations.declareEstablishment(actor.get(), body));
    }

    @PostMapping(path = "/workers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer un travailleur (identité, NIR)")
    @ApiErrors
    ResponseEntity<Receipt> worker(@Valid @RequestBody WorkerDeclaration body) {
        return answer(declarations.declareWorker(actor.get(), body));
    }

    @PostMapping(path = "/employments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer un emploi (couple travailleur–établissement)")
    @ApiErrors
    ResponseEntity<Receipt> employment(@Valid @RequestBody EmploymentDeclaration body) {
        return answer(declarations.declareEmployment(actor.get(), body));
    }

    @PostMapping(path = "/employments/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer la fin d'un emploi (la ligne est conservée)")
    @ApiErrors
    ResponseEntity<Receipt> endEmployment(@PathVariable UUID id, @Valid @RequestBody EmploymentEnd body) {
        return answer(declarations.endEmployment(actor.get(), id, body));
    }

    @PostMapping(path = "/exposure-profiles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Déclarer le profil d'exposition d'un emploi (classement, suivi)")
    @ApiErrors
    ResponseEntity<Receipt> profile(@Valid @RequestBody ExposureProfileDeclaration body) {
        return answer(declarations.declareExposureProfile(actor.get(), body));
    }

    @PostMapping(path = "/designations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Désigner un médecin du travail, un conseiller en radioprotection ou un correspondant")
    @ApiErrors
    ResponseEntity<Receipt> designation(@Valid @RequestBody DesignationDeclaration body) {
        return answer(declarations.declareDesignation(actor.get(), body));
    }

    @PostMapping(path = "/designations/{id}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARANTS)
    @Operation(summary = "Mettre fin à une désignation")
    @ApiErrors
    ResponseEntity<Receipt> endDesignation(@PathVariable UUID id, @Valid @RequestBody DesignationEnd body) {
        return answer(declarations.endDesignation(actor.get(), id, body));
    }

    @PostMapping(path = "/accredited-bodies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Déclarer un organisme accrédité (opérateur)")
    @ApiErrors
    ResponseEntity<RegistryDeclarations.AccreditedBodyRecorded> accreditedBody(
            @Valid @RequestBody AccreditedBodyDeclaration body) {
        var r = declarations.declareAccreditedBody(actor.get(), body);
        return ResponseEntity.status(r.outcome() == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK).body(r);
    }
}
