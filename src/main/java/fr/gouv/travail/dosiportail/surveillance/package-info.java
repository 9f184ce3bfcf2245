/** Regulatory surveillance: dose limits over rolling windows, classification checks and alerts. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.surveillance;
