/** Shared kernel: the value types every module speaks (NIR, SIREN, SIRET, RPPS, doses, wearing periods). */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.core;
