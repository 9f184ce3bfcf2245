package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Who may send a record for which originator, and how a caller and a request body are identified. */
final class Originators {

    private Originators() {
    }

    /** An accredited body sends its own results only (its accreditation number from the token); the operator any. */
    static void requireOwn(Actor actor, DoseRecordSubmission r) {
        if (actor.kind() == ActorKind.OPERATOR || r.originatorKind() == null || r.originatorId() == null) {
            return; // a record without originator is rejected by validation
        }
        boolean labKind = r.originatorKind() == OriginatorKind.ACCREDITED_BODY
                || r.originatorKind() == OriginatorKind.AIRCREW_DOSE_SERVICE;
        boolean own = actor.kind() == ActorKind.ACCREDITED_BODY && labKind
                && actor.accreditationNumber().filter(n -> n.equals(r.originatorId())).isPresent();
        if (!own) {
            throw ApiProblem.forbidden("Vous ne pouvez transmettre que les résultats de votre propre organisme.",
                    "You may only send your own body's results.");
        }
    }

    /** The key under which idempotency keys are unique: one namespace per lab, per operator account. */
    static String of(Actor actor) {
        return actor.kind() == ActorKind.ACCREDITED_BODY
                ? "ACCREDITED_BODY:" + actor.accreditationNumber().orElse(actor.subject())
                : actor.kind().name() + ":" + actor.subject();
    }

    /** SHA-256 of the channel and the records as re-serialised (so that spacing does not matter). */
    static String hash(String channel, List<DoseCollection.Item> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(channel.getBytes(StandardCharsets.UTF_8));
            for (DoseCollection.Item item : items) {
                sha.update((byte) '\n');
                sha.update(item.rawJson().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
