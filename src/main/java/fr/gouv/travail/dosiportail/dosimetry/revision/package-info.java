/**
 * Corrections and cancellations of dose records (new versions with a reason), MDT entries and the automatic release
 * of quarantined records when the référentiel is fixed.
 */
package fr.gouv.travail.dosiportail.dosimetry.revision;
