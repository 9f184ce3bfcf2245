package fr.gouv.travail.dosiportail.dosimetry.revision;

import fr.gouv.travail.dosiportail.access.AccessPolicy;
import fr.gouv.travail.dosiportail.access.SqlFilter;
import fr.gouv.travail.dosiportail.core.Nir;
import fr.gouv.travail.dosiportail.dosimetry.DoseRecordSubmission;
import fr.gouv.travail.dosiportail.dosimetry.collection.DoseCollection;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An MDT enters results only for workers it follows (WRITE in {@link AccessPolicy}); a worker it does not follow is
 * answered exactly as an unknown one (404). One query per kind of data for a whole batch.
 */
@Component
public class PhysicianEntries {

    private final AccessPolicy policy;
    private final JdbcClient jdbc;

    PhysicianEntries(AccessPolicy policy, JdbcClient jdbc) {
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** Throws 404 naming the items whose worker the MDT does not follow; does nothing for other callers. */
    public void requireFollowed(Actor actor, List<DoseCollection.Item> items) {
        if (actor.kind() != ActorKind.OCCUPATIONAL_PHYSICIAN) {
            return;
        }
        Map<DataKind, Set<String>> asked = new EnumMap<>(DataKind.class);
        for (DoseCollection.Item item : items) {
            String nir = canonical(item.record());
            if (nir != null) {
                asked.computeIfAbsent(kind(item.record()), k -> new HashSet<>()).add(nir);
            }
        }
        Map<DataKind, Set<String>> followed = new EnumMap<>(DataKind.class);
        asked.forEach((kind, nirs) -> followed.put(kind, followed(actor, kind, nirs)));
        List<FieldProblem> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DoseRecordSubmission r = items.get(i).record();
            String nir = canonical(r);
            if (nir != null && !followed.get(kind(r)).contains(nir)) {
                refused.add(new FieldProblem(items.size() == 1 ? "nir" : "[" + i + "].nir", "UNKNOWN_WORKER",
                        "Travailleur introuvable parmi ceux que vous suivez.", "Worker not found among those you follow."));
            }
        }
        if (!refused.isEmpty()) {
            throw new ApiProblem(404, "introuvable", "Travailleur introuvable.", "Worker not found.", refused);
        }
    }

    /** Whether the MDT follows this worker today (for the entry form). */
    public boolean follows(Actor actor, String nir, DataKind kind) {
        return followed(actor, kind, Set.of(nir)).contains(nir);
    }

    private Set<String> followed(Actor actor, DataKind kind, Set<String> nirs) {
        SqlFilter f = policy.workersWritableBy(actor, kind, "w.id");
        return new HashSet<>(jdbc.sql("select w.nir from registry.worker w where w.nir in (:acc_nirs) and " + f.sql())
                .params(f.params()).param("acc_nirs", List.copyOf(nirs)).query(String.class).list());
    }

    private static DataKind kind(DoseRecordSubmission r) {
        return r.quantity() != null && r.quantity().internal() ? DataKind.INTERNAL_DOSE : DataKind.EXTERNAL_DOSE;
    }

    /** The canonical NIR, or null when absent or invalid (validation rejects the item then). */
    private static String canonical(DoseRecordSubmission r) {
        if (r == null || r.nir() == null) {
            return null;
        }
        try {
            return new Nir(r.nir()).value();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
