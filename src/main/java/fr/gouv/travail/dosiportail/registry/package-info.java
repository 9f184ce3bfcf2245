/** The référentiel: companies, establishments, workers, employments, exposure profiles, designations, accredited bodies and nomenclatures. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.registry;
