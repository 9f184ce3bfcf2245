package fr.gouv.travail.dosiportail.surveillance.limits;

/** Over what period doses are summed. */
public enum WindowKind {
    /** Any 12 consecutive months: [end - 12 months + 1 day, end]. */
    ROLLING_12_MONTHS,
    /** Any 5 consecutive years (exceptional exposure: 5-year average). */
    ROLLING_5_YEARS,
    /** One fixed period, from {@code appliesFrom} to {@code appliesUntil} (lens transitional cumulative limit). */
    WHOLE_PERIOD,
    /** From the declaration of pregnancy to delivery. */
    PREGNANCY,
    /** All doses of one emergency event. */
    EMERGENCY_EVENT
}
