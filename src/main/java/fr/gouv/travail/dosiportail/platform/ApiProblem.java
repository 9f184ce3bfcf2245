package fr.gouv.travail.dosiportail.platform;

import java.util.List;

/**
 * A request the API refuses, turned into an RFC 9457 answer by the platform's error handler. Messages never
 * contain a full NIR.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String detailFr;
    private final String detailEn;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String type, String detailFr, String detailEn, List<FieldProblem> errors) {
        super(type + ": " + detailEn);
        this.status = status;
        this.type = type;
        this.detailFr = detailFr;
        this.detailEn = detailEn;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound(String detailFr, String detailEn) {
        return new ApiProblem(404, "introuvable", detailFr, detailEn, List.of());
    }

    public static ApiProblem forbidden(String detailFr, String detailEn) {
        return new ApiProblem(403, "acces-refuse", detailFr, detailEn, List.of());
    }

    public static ApiProblem conflict(String detailFr, String detailEn) {
        return new ApiProblem(409, "conflit", detailFr, detailEn, List.of());
    }

    public static ApiProblem invalid(List<FieldProblem> errors) {
        return new ApiProblem(400, "validation", "La requête contient des valeurs invalides.",
                "The request contains invalid values.", errors);
    }

    public static ApiProblem invalid(String field, String code, String messageFr, String messageEn) {
        return invalid(List.of(new FieldProblem(field, code, messageFr, messageEn)));
    }

    public int status() {
        return status;
    }

    /** Last segment of the problem type URI, e.g. {@code validation}. */
    public String type() {
        return type;
    }

    public String detailFr() {
        return detailFr;
    }

    public String detailEn() {
        return detailEn;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
