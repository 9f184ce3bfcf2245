package fr.gouv.travail.dosiportail.identity;

import java.util.Optional;

/** The caller of the current request, from the OIDC session or the API token. */
public interface CurrentActor {

    /** The authenticated actor, if any. */
    Optional<Actor> find();

    /** The authenticated actor; throws when the request is anonymous. */
    default Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }
}
