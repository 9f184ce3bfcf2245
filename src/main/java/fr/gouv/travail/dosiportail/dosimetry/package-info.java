/** Dose records: collection, validation, matching, quarantine, versions and effective dose. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.dosimetry;
