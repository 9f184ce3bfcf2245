package fr.gouv.travail.dosiportail.platform;

import java.net.URI;

/** The {@code type} URIs of the portal's RFC 9457 problem documents, one per kind of failure. */
public final class ProblemTypes {

    public static final String BASE = "https://dosiportail.travail.gouv.fr/problemes/";
    public static final String AUTHENTICATION_REQUIRED = "authentification-requise";
    public static final String ACCESS_DENIED = "acces-refuse";
    public static final String TOO_MANY_REQUESTS = "trop-de-requetes";
    public static final String INTERNAL_ERROR = "erreur-interne";

    private ProblemTypes() {
    }

    public static URI uri(String slug) {
        return URI.create(BASE + slug);
    }
}
