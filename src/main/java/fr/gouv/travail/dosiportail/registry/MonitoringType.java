package fr.gouv.travail.dosiportail.registry;

/** Kinds of individual monitoring (R.4451-65). */
public enum MonitoringType { EXTERNAL_WHOLE_BODY, EXTREMITIES, LENS, NEUTRONS, INTERNAL, RADON }
