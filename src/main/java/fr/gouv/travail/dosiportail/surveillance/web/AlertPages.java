package fr.gouv.travail.dosiportail.surveillance.web;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.surveillance.delivery.Inbox;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The inbox pages: my notifications with filters and the unread count, and one notification's content. */
@Controller
class AlertPages {

    private static final int SIZE = 20;
    private final Inbox inbox;
    private final CurrentActor current;
    private final AlertDetail detail;

    AlertPages(Inbox inbox, CurrentActor current, AlertDetail detail) {
        this.inbox = inbox;
        this.current = current;
        this.detail = detail;
    }

    @GetMapping("/alertes")
    @PreAuthorize(NotificationController.RECIPIENTS)
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) Boolean unread,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        Inbox.Filter filter = NotificationController.filter(Boolean.TRUE.equals(unread) ? true : null, kind, from, to);
        int p = NotificationController.checkPage(Math.max(page, 1) - 1);
        Inbox.Page result = inbox.list(current.get(), filter, p, SIZE);
        long pages = Math.max(1, (result.totalElements() + SIZE - 1) / SIZE);
        model.addAttribute("result", result);
        model.addAttribute("kinds", Inbox.SUBJECT_KINDS);
        model.addAttribute("kind", filter.kind());
        model.addAttribute("unreadOnly", Boolean.TRUE.equals(filter.unread()));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", p + 1);
        model.addAttribute("pages", pages);
        model.addAttribute("zone", ZoneId.of("Europe/Paris"));
        model.addAttribute("previousHref", p == 0 ? null : href(filter, from, to, p));
        model.addAttribute("nextHref", p + 1 >= pages ? null : href(filter, from, to, p + 2));
        return "surveillance/alerts";
    }

    private static String href(Inbox.Filter f, LocalDate from, LocalDate to, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/alertes");
        if (f.kind() != null) {
            b.queryParam("kind", f.kind());
        }
        if (Boolean.TRUE.equals(f.unread())) {
            b.queryParam("unread", true);
        }
        if (from != null) {
            b.queryParam("from", from);
        }
        if (to != null) {
            b.queryParam("to", to);
        }
        return b.queryParam("page", page).build().toUriString();
    }

    @GetMapping("/alertes/{id}")
    @PreAuthorize(NotificationController.RECIPIENTS)
    String detail(@PathVariable UUID id, Model model) {
        Actor actor = current.get();
        detail.fill(actor, id, model);
        inbox.markRead(actor, id);
        return "surveillance/alert";
    }
}
