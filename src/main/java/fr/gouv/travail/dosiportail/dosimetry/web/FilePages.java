package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.dosimetry.file.DoseFileStatus;
import fr.gouv.travail.dosiportail.dosimetry.file.DoseFiles;
import fr.gouv.travail.dosiportail.identity.CurrentActor;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/** The laboratory's pages: send a file, follow its processing, read and download its execution report. */
@Controller
@LabPage
@RequestMapping("/laboratoire")
class FilePages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final int REPORT_LINES_SHOWN = 200;

    private final DoseFiles files;
    private final CurrentActor actor;
    private final ReportWriter reports;

    FilePages(DoseFiles files, CurrentActor actor, JsonMapper json) {
        this.files = files;
        this.actor = actor;
        this.reports = new ReportWriter(json);
    }

    /** A file as a row or a page shows it. */
    record FileView(DoseFileStatus file, String receivedAt, String finishedAt) {
        static FileView of(DoseFileStatus f) {
            return new FileView(f, when(f.receivedAt()), when(f.finishedAt()));
        }
    }

    @GetMapping
    @PreAuthorize(LabPage.SENDERS)
    String home() {
        return "redirect:/laboratoire/fichiers";
    }

    @GetMapping("/fichiers")
    @PreAuthorize(LabPage.SENDERS)
    String list(Model model) {
        model.addAttribute("files", files.list(actor.get(), 100).stream().map(FileView::of).toList());
        return "dosimetry/files";
    }

    @GetMapping("/fichiers/nouveau")
    @PreAuthorize(LabPage.SENDERS)
    String form(Model model) {
        model.addAttribute("maxMb", files.maxBytes() / (1024 * 1024));
        return "dosimetry/file-upload";
    }

    @PostMapping("/fichiers/nouveau")
    @PreAuthorize(LabPage.SENDERS)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        String error;
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            error = english() ? "Choose a file to send." : "Choisissez un fichier à envoyer.";
        } else {
            try (InputStream in = file.getInputStream()) {
                DoseFileStatus received = files.receive(actor.get(), in, FileController.partType(file),
                        file.getOriginalFilename(), Optional.empty());
                return "redirect:/laboratoire/fichiers/" + received.id();
            } catch (ApiProblem p) {
                error = english() ? p.detailEn() : p.detailFr();
            }
        }
        model.addAttribute("maxMb", files.maxBytes() / (1024 * 1024));
        model.addAttribute("error", error);
        return "dosimetry/file-upload";
    }

    @GetMapping("/fichiers/{id}")
    @PreAuthorize(LabPage.SENDERS)
    String file(@PathVariable UUID id, Model model) {
        DoseFileStatus f = files.status(actor.get(), id);
        model.addAttribute("view", FileView.of(f));
        List<?> lines = files.reportHead(actor.get(), id, REPORT_LINES_SHOWN + 1);
        model.addAttribute("reportLines", lines.subList(0, Math.min(lines.size(), REPORT_LINES_SHOWN)));
        model.addAttribute("reportTruncated", lines.size() > REPORT_LINES_SHOWN);
        model.addAttribute("shown", REPORT_LINES_SHOWN);
        return "dosimetry/file";
    }

    @GetMapping("/fichiers/{id}/rapport.csv")
    @PreAuthorize(LabPage.SENDERS)
    void reportCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        reports.csv(files, actor.get(), id, response);
    }

    @GetMapping("/fichiers/{id}/rapport.json")
    @PreAuthorize(LabPage.SENDERS)
    void reportJson(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        response.setHeader("Content-Disposition", "attachment; filename=\"rapport-" + id + ".json\"");
        reports.json(files, actor.get(), id, response);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }
}
