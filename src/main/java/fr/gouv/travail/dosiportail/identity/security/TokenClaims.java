package fr.gouv.travail.dosiportail.identity.security;

/** Claims that the portal's authorization server puts into API access tokens, and that the API reads. */
public final class TokenClaims {
    public static final String ACTOR_KIND = "actor_kind";
    public static final String SIREN = "siren";
    public static final String RPPS = "rpps";
    public static final String ACCREDITATION_NUMBER = "accreditation_number";
    public static final String NIR = "nir";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    /** Department codes an inspector covers, as a list of strings ({@code *}: the whole country). */
    public static final String TERRITORY = "territory";

    /** The central administration of a ministry actor: {@code DGT} or {@code DSND}. */
    public static final String AUTHORITY = "authority";

    private TokenClaims() {
    }
}
