package fr.gouv.travail.dosiportail.registry.query;

import fr.gouv.travail.dosiportail.identity.Actor;
import fr.gouv.travail.dosiportail.journal.DataKind;
import fr.gouv.travail.dosiportail.journal.JournalAction;
import fr.gouv.travail.dosiportail.journal.JournalEntry;
import fr.gouv.travail.dosiportail.journal.Outcome;
import java.util.UUID;

/**
 * Who reads or writes personal data of the référentiel, for the journal: the real caller (not the employer's view an
 * operator reads through), on whose behalf, why, and through which request or operation.
 *
 * @param onBehalfOf null to let the journal use the actor's own company
 */
public record Access(Actor actor, String onBehalfOf, String purpose, String resource) {

    /** The fixed purpose of an employer's (or its correspondent's, or software's) use of its référentiel. */
    public static final String MANAGEMENT = "Gestion du référentiel";
    /** The fixed purpose of the operator using the employer pages for a company. */
    public static final String OPERATOR_SUPPORT = "Gestion du référentiel pour le compte de l’entreprise (opérateur)";
    /** The fixed purpose of declarations, whoever makes them. */
    public static final String DECLARATION = "Déclaration au référentiel";

    public static Access of(Actor actor, String purpose, String resource) {
        return new Access(actor, null, purpose, resource);
    }

    public JournalEntry entry(UUID workerId, JournalAction action, Outcome outcome) {
        JournalEntry e = JournalEntry.of(actor, workerId, DataKind.ADMINISTRATIVE, action, purpose, outcome, resource);
        return onBehalfOf == null ? e : e.onBehalfOf(onBehalfOf);
    }
}
