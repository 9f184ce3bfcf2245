/** Deterministic demo and benchmark data, calibrated on the national statistics. */
@org.springframework.modulith.ApplicationModule
package fr.gouv.travail.dosiportail.demo;
