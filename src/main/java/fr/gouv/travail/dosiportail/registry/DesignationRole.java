package fr.gouv.travail.dosiportail.registry;

/** Who the employer designates for an establishment (arrêté du 23 juin 2023, art. 8 II and III). */
public enum DesignationRole { OCCUPATIONAL_PHYSICIAN, RADIATION_PROTECTION_ADVISER, EMPLOYER_CORRESPONDENT }
