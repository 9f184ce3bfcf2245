package fr.gouv.travail.dosiportail.surveillance.limits;

/** Who a limit protects. */
public enum Population {
    /** Every worker (adult limits also cap young workers). */
    ALL_WORKERS,
    /** Workers aged 16 to 18, over the part of the window before their 18th birthday (R.4451-8). */
    YOUNG_WORKERS,
    /** A pregnant worker, for the unborn child, from the declaration of pregnancy to delivery (R.4451-7). */
    UNBORN_CHILD,
    /** A worker authorised to an exceptional exposure, during the authorised period (R.4451-89 to -93). */
    AUTHORISED_EXCEPTIONAL,
    /** Emergency responders, per emergency event (R.4451-11, R.4451-104). */
    EMERGENCY_RESPONDERS
}
