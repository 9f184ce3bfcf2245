/**
 * Limit alerts: evaluation on every accepted or revised record, reconciliation with the stored alerts (once per
 * cause), redacted notifications per recipient kind, the MDT's lifecycle, classification notices and CRP pre-alerts.
 */
package fr.gouv.travail.dosiportail.surveillance.alert;
