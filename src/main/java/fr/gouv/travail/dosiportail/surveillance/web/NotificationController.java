package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.surveillance.delivery.Inbox;
import fr.gouv.travail.dosiportail.surveillance.delivery.Outboxes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications (alerts, steps, notices), as the alert side redacted them for it. */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications", description = "Alertes et avis reçus, déjà expurgés pour leur destinataire")
class NotificationController {

    static final String RECIPIENTS = "hasAnyRole('OCCUPATIONAL_PHYSICIAN','RADIATION_PROTECTION_ADVISER','EMPLOYER',"
            + "'EMPLOYER_CORRESPONDENT','MINISTRY')";

    private final Inbox inbox;
    private final Outboxes outboxes;
    private final CurrentActor current;

    NotificationController(Inbox inbox, Outboxes outboxes, CurrentActor current) {
        this.inbox = inbox;
        this.outboxes = outboxes;
        this.current = current;
    }

    @GetMapping
    @PreAuthorize(RECIPIENTS)
    @Operation(summary = "Lister mes notifications (les plus récentes d'abord), avec le nombre de non lues par nature")
    Inbox.Page list(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return inbox.list(current.get(), filter(unread, kind, from, to), checkPage(page), checkSize(size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(RECIPIENTS)
    @Operation(summary = "Lire une de mes notifications (consultation journalisée si elle nomme un travailleur)")
    Inbox.Detail read(@PathVariable UUID id) {
        return inbox.open(current.get(), id, "/api/v1/notifications/" + id);
    }

    @PostMapping("/{id}/read")
    @PreAuthorize(RECIPIENTS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Marquer une de mes notifications comme lue")
    void markRead(@PathVariable UUID id) {
        inbox.markRead(current.get(), id);
    }

    @GetMapping("/outbox")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Exploitation : courriels et appels de webhooks en échec ou en attente")
    List<Outboxes.Stuck> outbox(@RequestParam(defaultValue = "FAILED") String status) {
        if (!List.of("FAILED", "PENDING").contains(status)) {
            throw ApiProblem.invalid("status", "UNKNOWN", "Statut inconnu (FAILED ou PENDING).",
                    "Unknown status (FAILED or PENDING).");
        }
        return outboxes.list(status, 500);
    }

    static Inbox.Filter filter(Boolean unread, String kind, LocalDate from, LocalDate to) {
        if (kind != null && !kind.isBlank() && !Inbox.SUBJECT_KINDS.contains(kind)) {
            throw ApiProblem.invalid("kind", "UNKNOWN", "Nature de notification inconnue.", "Unknown notification kind.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "BEFORE_FROM", "La fin de période précède son début.",
                    "The end of the period is before its start.");
        }
        return new Inbox.Filter(unread, kind == null || kind.isBlank() ? null : kind, from, to);
    }

    static int checkPage(int page) {
        if (page < 0 || page > 100_000) {
            throw ApiProblem.invalid("page", "OUT_OF_RANGE", "Numéro de page invalide.", "Invalid page number.");
        }
        return page;
    }

    static int checkSize(int size) {
        if (size < 1 || size > 200) {
            throw ApiProblem.invalid("size", "OUT_OF_RANGE", "La taille de page va de 1 à 200.",
                    "The page size ranges from 1 to 200.");
        }
        return size;
    }
}
