package fr.gouv.travail.dosiportail.identity.localidp;

/** The local identity provider's issuer URL, e.g. {@code http://127.0.0.1:9000}. */
record LocalIdpIssuer(String url) {
}
