package fr.gouv.travail.dosiportail.access.policy;

import fr.gouv.travail.dosiportail.access.Action;
import fr.gouv.travail.dosiportail.access.CrpWindow;
import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.identity.ActorKind;
import fr.gouv.travail.dosiportail.journal.DataKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules as SQL. Each clause says whether one employment row (alias given) opens the data of its worker to the
 * caller, for a data period {@code [s, e]} (two SQL expressions: parameters or columns). Parameters are those of
 * {@link Params}. The worker's own access and the operator's are not tied to an employment.
 */
public final class Clauses {

    static final Set<DataKind> PERSONAL = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE,
            DataKind.INTERNAL_DOSE, DataKind.EFFECTIVE_DOSE, DataKind.ALERT);
    static final Set<DataKind> DOSES = EnumSet.of(DataKind.EXTERNAL_DOSE, DataKind.INTERNAL_DOSE,
            DataKind.EFFECTIVE_DOSE, DataKind.ALERT);
    /** R.4451-69 I and R.4451-70: external results and effective dose, alerts (arrêté 2023 art. 5 II); no internal. */
    static final Set<DataKind> CRP = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE,
            DataKind.EFFECTIVE_DOSE, DataKind.ALERT);
    /** R.4451-71: effective doses and external results, nominative. */
    static final Set<DataKind> INSPECTORS = EnumSet.of(DataKind.ADMINISTRATIVE, DataKind.EXTERNAL_DOSE,
            DataKind.EFFECTIVE_DOSE);
    /** Arrêté 2023 art. 10 to 15: accredited bodies transmit external and internal results. */
    static final Set<DataKind> LAB_WRITES = EnumSet.of(DataKind.EXTERNAL_DOSE, DataKind.INTERNAL_DOSE);

    private Clauses() {
    }

    private static String active(String alias, String from, String to, String at) {
        return "(" + alias + "." + from + " <= " + at + " and (" + alias + "." + to + " is null or " + alias + "." + to
                + " >= " + at + "))";
    }

    private static String overlaps(String m, String s, String e) {
        return "(" + m + ".start_date <= " + e + " and (" + m + ".end_date is null or " + m + ".end_date >= " + s + "))";
    }

    /** The MDT with this RPPS (SQL expression) is designated today for the establishment where m is current. */
    public static String physicianFollows(String m, String rppsExpr) {
        return "(" + active(m, "start_date", "end_date", ":acc_today")
                + " and exists (select 1 from registry.designation acc_d where acc_d.establishment_id = " + m
                + ".establishment_id and acc_d.role = 'OCCUPATIONAL_PHYSICIAN' and acc_d.rpps = " + rppsExpr
                + " and " + active("acc_d", "valid_from", "valid_to", ":acc_today") + "))";
    }

    /** A delegation to the caller, valid today, for this kind and m's establishment, within the MDT's own rights. */
    static String delegated(String m) {
        return "exists (select 1 from access.delegation acc_g where " + delegation("acc_g", m) + ")";
    }

    /** The conditions of {@link #delegated} on delegation row g (also to find on whose behalf a delegate acts). */
    public static String delegation(String g, String m) {
        return g + ".revoked_at is null and " + active(g, "valid_from", "valid_to", ":acc_today")
                + " and " + g + ".delegate_kind = :acc_actor_kind"
                + " and (" + g + ".delegate_rpps = :acc_rpps or lower(" + g + ".delegate_email) = lower(:acc_email))"
                + " and :acc_kind = any(" + g + ".data_kinds)"
                + " and (cardinality(" + g + ".sirets) = 0 or exists (select 1 from registry.establishment acc_x"
                + " where acc_x.id = " + m + ".establishment_id and acc_x.siret::text = any(" + g + ".sirets)))"
                + " and " + physicianFollows(m, g + ".delegating_rpps");
    }

    static String adviserDesignated(String m) {
        return "exists (select 1 from registry.designation acc_d where acc_d.establishment_id = " + m
                + ".establishment_id and acc_d.role = 'RADIATION_PROTECTION_ADVISER' and :acc_email <> ''"
                + " and lower(acc_d.email) = lower(:acc_email) and "
                + active("acc_d", "valid_from", "valid_to", ":acc_today") + ")";
    }

    /** Department of an establishment: 97x overseas, 2A/2B in Corsica (INSEE code, else postal code), else 2 digits. */
    static String department(String x) {
        return "(case when " + x + ".postal_code like '97%' then substr(" + x + ".postal_code, 1, 3)"
                + " when " + x + ".postal_code like '20%' then case when " + x + ".city_insee_code like '2A%' then '2A'"
                + " when " + x + ".city_insee_code like '2B%' then '2B' when " + x + ".postal_code < '20200' then '2A'"
                + " else '2B' end else substr(" + x + ".postal_code, 1, 2) end)";
    }

    static String inTerritory(String m) {
        return "(:acc_everywhere or exists (select 1 from registry.establishment acc_x where acc_x.id = " + m
                + ".establishment_id and " + department("acc_x") + " = any(string_to_array(:acc_territory, ','))))";
    }

    static String employerOwns(String m) {
        return "exists (select 1 from registry.establishment acc_x join registry.company acc_c on acc_c.id = acc_x.company_id"
                + " where acc_x.id = " + m + ".establishment_id and acc_c.siren = :acc_siren)";
    }

    /** Whether employment row m opens its worker's data of this kind over [s, e] to the caller. */
    public static String employment(Actor actor, DataKind kind, Action action, CrpWindow window, String m, String s,
                                    String e) {
        ActorKind k = actor.kind();
        if (action == Action.WRITE) {
            return switch (k) {
                case OPERATOR -> "true";
                case OCCUPATIONAL_PHYSICIAN -> DOSES.contains(kind) ? physicianFollows(m, ":acc_rpps") : "false";
                case EMPLOYER, EMPLOYER_CORRESPONDENT -> kind == DataKind.ADMINISTRATIVE ? employerOwns(m) : "false";
                default -> "false";
            };
        }
        if (!PERSONAL.contains(kind)) {
            return k == ActorKind.OPERATOR ? "true" : "false";
        }
        return switch (k) {
            case OPERATOR -> "true";
            case WORKER -> "exists (select 1 from registry.worker acc_w where acc_w.id = " + m
                    + ".worker_id and acc_w.nir = :acc_nir)";
            case OCCUPATIONAL_PHYSICIAN -> "(" + physicianFollows(m, ":acc_rpps") + " or " + delegated(m) + ")";
            case HEALTH_PROFESSIONAL -> delegated(m);
            case RADIATION_PROTECTION_ADVISER -> {
                String crp = "(" + adviserDesignated(m) + " and " + (window == CrpWindow.WHILE_EMPLOYED_WHOLE_HISTORY
                        ? active(m, "start_date", "end_date", ":acc_today") : overlaps(m, s, e)) + ")";
                // R.4451-70: internal results only when the MDT shares them (a delegation to the CRP), same window
                yield CRP.contains(kind) ? crp : kind == DataKind.INTERNAL_DOSE ? "(" + crp + " and " + delegated(m) + ")"
                        : "false";
            }
            case EMPLOYER, EMPLOYER_CORRESPONDENT -> kind == DataKind.ADMINISTRATIVE ? employerOwns(m) : "false";
            case LABOUR_INSPECTOR, RADIATION_PROTECTION_INSPECTOR -> INSPECTORS.contains(kind)
                    ? "(" + inTerritory(m) + " and " + overlaps(m, s, e) + ")" : "false";
            case ACCREDITED_BODY, MINISTRY -> "false"; // the ministry is told anonymously, never reads a worker
        };
    }

    /** Whether the worker (id column or expression) is open to the caller for this kind over [s, e]. */
    public static String worker(Actor actor, DataKind kind, Action action, CrpWindow window, String workerId,
                                String s, String e) {
        if (actor.kind() == ActorKind.OPERATOR) {
            return "true";
        }
        if (action == Action.READ && actor.kind() == ActorKind.WORKER) {
            return PERSONAL.contains(kind) || kind == DataKind.JOURNAL ? "exists (select 1 from registry.worker acc_w"
                    + " where acc_w.id = " + workerId + " and acc_w.nir = :acc_nir)" : "false";
        }
        if (action == Action.WRITE && actor.kind() == ActorKind.ACCREDITED_BODY) {
            return LAB_WRITES.contains(kind) ? "true" : "false";
        }
        String clause = employment(actor, kind, action, window, "acc_m", s, e);
        return "false".equals(clause) ? "false"
                : "exists (select 1 from registry.employment acc_m where acc_m.worker_id = " + workerId + " and " + clause + ")";
    }
}
