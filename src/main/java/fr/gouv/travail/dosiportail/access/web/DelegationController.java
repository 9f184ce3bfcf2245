package fr.gouv.travail.dosiportail.access.web;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.delegation.DelegationRequest;
import fr.gouv.travail.dosiportail.access.delegation.Delegations;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The MDT's delegations (R.4451-68 II): grant, revoke, list. Another MDT's delegation is not found. */
@RestController
@RequestMapping(path = "/api/v1/delegations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('OCCUPATIONAL_PHYSICIAN')")
@Tag(name = "Délégations", description = "Délégations du médecin du travail (R.4451-68 II)")
class DelegationController {

    /** The reason of a revocation. */
    record Revocation(@NotBlank @Size(max = 500) String reason) {
    }

    private final Delegations delegations;
    private final CurrentActor actor;
    private final AccessPolicy policy;

    DelegationController(Delegations delegations, CurrentActor actor, AccessPolicy policy) {
        this.delegations = delegations;
        this.actor = actor;
        this.policy = policy;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Déléguer l'accès à un professionnel de santé du service ou à un autre médecin du travail")
    Map<String, Object> grant(@Valid @RequestBody DelegationRequest request) {
        return Map.of("id", delegations.grant(actor.get(), request));
    }

    @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Révoquer une de mes délégations, avec un motif")
    void revoke(@PathVariable UUID id, @Valid @RequestBody Revocation revocation) {
        delegations.revoke(actor.get(), id, revocation.reason());
    }

    @GetMapping
    @Operation(summary = "Mes délégations, de la plus récente à la plus ancienne")
    List<Map<String, Object>> list() {
        return delegations.list(actor.get(), policy.today());
    }
}
