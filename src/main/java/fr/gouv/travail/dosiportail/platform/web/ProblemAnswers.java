package fr.gouv.travail.dosiportail.platform.web;

import fr.gouv.travail.dosiportail.platform.FieldProblem;
import fr.gouv.travail.dosiportail.platform.ProblemTypes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 body every API error shares: type URI, title, status, detail and the bad fields. */
final class ProblemAnswers {

    static final String TYPE_BASE = ProblemTypes.BASE;

    private ProblemAnswers() {
    }

    static ProblemDetail problem(HttpStatusCode status, String type, Locale locale, String detailFr, String detailEn,
                                 List<FieldProblem> errors) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setType(URI.create(TYPE_BASE + type));
        pd.setTitle(title(status.value(), english));
        pd.setDetail(english ? detailEn : detailFr);
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors);
        }
        return pd;
    }

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "requete-invalide";
            case 401 -> ProblemTypes.AUTHENTICATION_REQUIRED;
            case 403 -> ProblemTypes.ACCESS_DENIED;
            case 404 -> "introuvable";
            case 405 -> "methode-non-autorisee";
            case 406 -> "format-non-acceptable";
            case 409 -> "conflit";
            case 413 -> "trop-volumineux";
            case 415 -> "format-non-supporte";
            default -> status >= 500 ? "erreur-interne" : "requete-invalide";
        };
    }

    static String title(int status, boolean english) {
        return switch (status) {
            case 400 -> english ? "Invalid request" : "Requête invalide";
            case 401 -> english ? "Authentication required" : "Authentification requise";
            case 403 -> english ? "Access denied" : "Accès refusé";
            case 404 -> english ? "Not found" : "Ressource introuvable";
            case 405 -> english ? "Method not allowed" : "Méthode non autorisée";
            case 406 -> english ? "Response format not acceptable" : "Format de réponse non disponible";
            case 409 -> english ? "Conflict" : "Conflit";
            case 413 -> english ? "Content too large" : "Contenu trop volumineux";
            case 415 -> english ? "Unsupported content type" : "Type de contenu non pris en charge";
            default -> status >= 500 ? (english ? "Internal error" : "Erreur interne")
                    : (english ? "Invalid request" : "Requête invalide");
        };
    }
}
