package fr.gouv.travail.dosiportail.journal.web;

import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.journal.JournalPage;
import fr.gouv.travail.dosiportail.journal.RecordedEntry;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Qui a consulté mes données": the entries about the logged-in worker, newest first, 20 per page. */
@Controller
class AccessPage {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One line of the table, with the time in Paris. */
    record Row(ZonedDateTime at, String who, String actorKind, String onBehalfOf, String dataKind, String action,
               String purpose, String outcome) {

        static Row of(RecordedEntry e) {
            return new Row(e.occurredAt().atZone(PARIS), e.actorDisplayName(), e.actorKind().name(), e.onBehalfOf(),
                    e.dataKind().name(), e.action().name(), e.purpose(), e.outcome().name());
        }
    }

    private final CurrentActor current;
    private final OwnEntries entries;

    AccessPage(CurrentActor current, OwnEntries entries) {
        this.current = current;
        this.entries = entries;
    }

    @GetMapping("/espace/acces")
    @PreAuthorize("hasRole('WORKER')")
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        int number = Math.max(1, page);
        var result = entries.page(current.get(), number - 1);
        int pages = result.map(JournalPage::totalPages).orElse(1);
        model.addAttribute("known", result.isPresent());
        model.addAttribute("rows", result.map(p -> p.content().stream().map(Row::of).toList()).orElse(List.of()));
        model.addAttribute("total", result.map(JournalPage::totalElements).orElse(0L));
        model.addAttribute("page", number);
        model.addAttribute("pages", pages);
        model.addAttribute("previousHref", number > 1 ? "/espace/acces?page=" + (number - 1) : null);
        model.addAttribute("nextHref", number < pages ? "/espace/acces?page=" + (number + 1) : null);
        return "journal/access";
    }
}
