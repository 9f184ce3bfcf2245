package fr.gouv.travail.dosiportail.dosimetry.collection;

import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.MonitoringKind;
import fr.gouv.travail.dosiportail.dosimetry.OriginatorKind;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Who may send a record for which originator (DOSIMETRY.md §6), and how a caller and a request body are identified.
 * Public inside the module so that corrections apply the same rule and the same value checks as collection.
 */
public final class Originators {

    /** Results only an occupational physician (MDT) may enter: not from an accredited body. */
    public static final Set<MonitoringKind> MDT_ONLY = EnumSet.of(MonitoringKind.INTERNAL_COMMITTED_BY_MDT,
            MonitoringKind.MDT_NON_ACCREDITED_SOURCE);

    private Originators() {
    }

    /**
     * An accredited body (or aircrew dose service) sends its own results only, under the accreditation number of its
     * token, and never an MDT-only kind; an MDT sends as itself (RPPS) only the MDT-only kinds; the operator any.
     */
    static void requireOwn(Actor actor, DoseRecordSubmission r) {
        if (!mayOriginate(actor, r.originatorKind(), r.originatorId(), r.monitoringKind())) {
            throw ApiProblem.forbidden(actor.kind() == ActorKind.OCCUPATIONAL_PHYSICIAN
                            ? "Un médecin du travail ne saisit, en son nom (RPPS), que des doses engagées internes ou des "
                            + "résultats ne provenant pas d'un organisme accrédité."
                            : "Vous ne pouvez transmettre que les résultats de votre propre organisme.",
                    actor.kind() == ActorKind.OCCUPATIONAL_PHYSICIAN
                            ? "An occupational physician enters, under their own RPPS, only internal committed doses or "
                            + "results that do not come from an accredited body."
                            : "You may only send your own body's results.");
        }
    }

    /** The rule of {@link #requireOwn} as a yes or no (a missing value is left to validation: yes). */
    public static boolean mayOriginate(Actor actor, OriginatorKind kind, String originatorId, MonitoringKind monitoring) {
        if (actor.kind() == ActorKind.OPERATOR || kind == null || originatorId == null || monitoring == null) {
            return true;
        }
        boolean mdtOnly = MDT_ONLY.contains(monitoring);
        return switch (actor.kind()) {
            case ACCREDITED_BODY -> !mdtOnly
                    && (kind == OriginatorKind.ACCREDITED_BODY || kind == OriginatorKind.AIRCREW_DOSE_SERVICE)
                    && actor.accreditationNumber().filter(originatorId::equals).isPresent();
            case OCCUPATIONAL_PHYSICIAN -> mdtOnly && kind == OriginatorKind.OCCUPATIONAL_PHYSICIAN
                    && actor.rpps().filter(rpps -> rpps.value().equals(originatorId)).isPresent();
            default -> false;
        };
    }

    /** Whether this caller is the originator of a stored record (a lab by accreditation number, an MDT by RPPS). */
    public static boolean isOriginator(Actor actor, OriginatorKind kind, String originatorId) {
        return switch (actor.kind()) {
            case ACCREDITED_BODY -> (kind == OriginatorKind.ACCREDITED_BODY || kind == OriginatorKind.AIRCREW_DOSE_SERVICE)
                    && actor.accreditationNumber().filter(originatorId::equals).isPresent();
            case OCCUPATIONAL_PHYSICIAN -> kind == OriginatorKind.OCCUPATIONAL_PHYSICIAN
                    && actor.rpps().filter(rpps -> rpps.value().equals(originatorId)).isPresent();
            default -> false;
        };
    }

    /** The value checks of collection ({@link RecordChecks}), for a corrected record. */
    public static List<FieldProblem> valueErrors(DoseRecordSubmission r, LocalDate today) {
        return RecordChecks.check(r, today);
    }

    /** Whether the operator must review the value (over 10 Sv), as for a collected record. */
    public static boolean needsReview(DoseRecordSubmission r) {
        return RecordChecks.needsReview(r);
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
