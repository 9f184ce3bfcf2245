package fr.gouv.travail.dosiportail.registry;

/** Employment status (arrêté du 17 juillet 2013, art. 7: CDD, CDI, intérim, indépendant…). */
public enum ContractType {
    CDI, CDD, TEMPORARY_WORK, APPRENTICESHIP, SELF_EMPLOYED, SITE_CONTRACT, INTERNSHIP, CIVIL_SERVANT, OTHER
}
