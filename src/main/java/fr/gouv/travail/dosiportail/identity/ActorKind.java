package fr.gouv.travail.dosiportail.identity;

/** The kinds of actor the regulation names (arrêté du 23 juin 2023, art. 4 and 19 to 26). */
public enum ActorKind {
    WORKER,
    EMPLOYER,
    EMPLOYER_CORRESPONDENT,
    RADIATION_PROTECTION_ADVISER,
    OCCUPATIONAL_PHYSICIAN,
    HEALTH_PROFESSIONAL,
    LABOUR_INSPECTOR,
    RADIATION_PROTECTION_INSPECTOR,
    ACCREDITED_BODY,
    OPERATOR,
    /** Central administration told of every exceedance without the worker's identity (arrêté 2023 art. 5 I): DGT, or DSND for defence. */
    MINISTRY
}
