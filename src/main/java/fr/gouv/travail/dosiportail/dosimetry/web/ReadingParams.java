package fr.gouv.travail.dosiportail.dosimetry.web;

import fr.gouv.travail.dosiportail.access.Purposes;
import fr.gouv.travail.dosiportail.dosimetry.reading.DoseHistory;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The query parameters of the dose readers, checked here so that a 400 names the parameter. */
final class ReadingParams {

    static final String NOT_FOUND_FR = "Travailleur introuvable.";
    static final String NOT_FOUND_EN = "Worker not found.";

    private ReadingParams() {
    }

    static ApiProblem notFound() {
        return ApiProblem.notFound(NOT_FOUND_FR, NOT_FOUND_EN);
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(name, "INVALID_DATE", "Date attendue au format AAAA-MM-JJ.",
                    "A date in the YYYY-MM-DD format is expected.");
        }
    }

    static void ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiProblem.invalid("to", "TO_BEFORE_FROM", "La date de fin précède la date de début.",
                    "The end date is before the start date.");
        }
    }

    static int page(String value) {
        int page = integer("page", value, 0);
        if (page < 0 || page > 1_000_000) {
            throw ApiProblem.invalid("page", "OUT_OF_RANGE", "Le numéro de page va de 0 à 1 000 000.",
                    "The page number ranges from 0 to 1,000,000.");
        }
        return page;
    }

    static int size(String value) {
        int size = integer("size", value, DoseHistory.DEFAULT_SIZE);
        if (size < 1 || size > DoseHistory.MAX_SIZE) {
            throw ApiProblem.invalid("size", "OUT_OF_RANGE", "La taille de page va de 1 à 500.",
                    "The page size ranges from 1 to 500.");
        }
        return size;
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(name, "NOT_A_NUMBER", "Nombre entier attendu.", "A whole number is expected.");
        }
    }

    /** The reader: the fixed purpose of the caller's kind, or the operator's stated one (X-Purpose or purpose). */
    static DoseHistory.Reader reader(Actor actor, HttpServletRequest request) {
        String resource = request.getMethod() + " " + request.getRequestURI();
        if (actor.kind() != ActorKind.OPERATOR) {
            return new DoseHistory.Reader(actor, Purposes.of(actor.kind()), resource);
        }
        String p = request.getHeader("X-Purpose");
        if (p == null || p.isBlank()) {
            p = request.getParameter("purpose");
        }
        if (p == null || p.isBlank()) {
            throw ApiProblem.invalid("purpose", "PURPOSE_REQUIRED",
                    "L’opérateur doit indiquer la finalité de sa consultation (en-tête X-Purpose ou paramètre purpose).",
                    "The operator must state the purpose of the read (X-Purpose header or purpose parameter).");
        }
        p = p.strip();
        return new DoseHistory.Reader(actor, p.length() > 500 ? p.substring(0, 500) : p, resource);
    }
}
