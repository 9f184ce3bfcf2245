package fr.gouv.travail.dosiportail.demo.generation;

import java.util.List;

/**
 * How one activity domain looks in the national figures (national-statistics.md §2, year 2020 tables): its share of
 * the monitored workforce, typical sizes, NAF codes, sectors, occupations, classification and contract mix.
 * Sizes are tuned so that 390,000 workers give about 32,000 companies and 100,000 establishments.
 */
enum DomainProfile {
    MEDICAL("MED", 0.420, 4.0, 3.0, 0.12, 0.02,
            List.of("86.10Z", "86.22A", "86.22B", "86.22C", "86.21Z"),
            List.of("MED_RADIO_CONV", "MED_SCANNER", "MED_RADIO_INTERV", "MED_CARDIO_INTERV", "MED_BLOC", "MED_NUCL", "MED_RADIOTH"),
            List.of("MERM", "RADIOLOGUE", "CARDIO_INTERV", "CHIRURGIEN", "IBODE", "INFIRMIER", "MEDECIN_NUCL", "PHYSICIEN_MED", "ANESTHESISTE"),
            "Centre hospitalier", "Clinique", "Cabinet de radiologie", "Centre d'imagerie"),
    DENTAL("DENT", 0.112, 2.0, 2.5, 0.01, 0.0,
            List.of("86.23Z"), List.of("DENT_CABINET", "DENT_CENTRE"), List.of("DENTISTE", "ASSISTANT_DENTAIRE", "ORTHODONTISTE"),
            "Cabinet dentaire", "Centre de santé dentaire"),
    VETERINARY("VET", 0.055, 2.5, 2.0, 0.01, 0.0,
            List.of("75.00Z"), List.of("VET_CANINE", "VET_EQUINE"), List.of("VETERINAIRE", "ASV"),
            "Clinique vétérinaire", "Cabinet vétérinaire"),
    NUCLEAR("NUC", 0.195, 12.0, 5.0, 0.35, 0.22,
            List.of("35.11Z", "24.46Z", "33.14Z", "43.29B", "71.20B", "78.20Z", "38.22Z"),
            List.of("NUC_REACTEURS", "NUC_CYCLE", "NUC_TRANSPORT", "NUC_MAINT", "NUC_DECHETS", "NUC_AUTRE"),
            List.of("AGENT_MAINT_NUC", "ECHAFAUDEUR", "CALORIFUGEUR", "ROBINETIER", "SOUDEUR", "MECANICIEN", "DECONTAMINEUR", "TECH_RP", "OPERATEUR_CONDUITE", "LOGISTICIEN_NUC"),
            "Centre nucléaire de production d'électricité", "Établissement de maintenance nucléaire", "Agence de travail temporaire", "Usine du cycle"),
    INDUSTRY("IND", 0.042, 4.0, 2.5, 0.30, 0.05,
            List.of("71.20B", "25.62B", "21.20Z", "26.60Z"),
            List.of("IND_GAMMA", "IND_CND", "IND_IRRADIATION", "IND_JAUGES", "IND_CYCLOTRON", "IND_CONTROLE"),
            List.of("RADIOGRAPHE_IND", "TECH_CND", "OPERATEUR_IRRAD", "TECH_MAINT_CYCLO", "OPERATEUR_JAUGE"),
            "Société de contrôle non destructif", "Atelier de radiographie industrielle", "Site d'irradiation"),
    RESEARCH("RECH", 0.028, 4.0, 4.0, 0.05, 0.05,
            List.of("72.19Z", "85.42Z"), List.of("RECH_NUC", "RECH_MED", "RECH_AUTRE"),
            List.of("CHERCHEUR", "TECH_LABO", "ENSEIGNANT", "DOCTORANT"),
            "Laboratoire de recherche", "Université"),
    NATURAL("NAT", 0.059, 10.0, 3.0, 0.10, 0.02,
            List.of("51.10Z", "08.99Z", "96.04Z", "07.21Z"),
            List.of("NAT_AVIATION", "NAT_NORM_MINES", "NAT_NORM_MATIERES", "NAT_RADON"),
            List.of("PILOTE", "PNC", "MINEUR", "OPERATEUR_NORM", "AGENT_THERMAL", "AGENT_SOUTERRAIN"),
            "Compagnie aérienne", "Site minier", "Établissement thermal"),
    DEFENCE("DEF", 0.040, 15.0, 10.0, 0.30, 0.0,
            List.of("84.22Z", "30.11Z"), List.of("DEF_PROPULSION", "DEF_ARMES", "DEF_AVIATION"),
            List.of("MILITAIRE_NUC", "PN_MILITAIRE"),
            "Base navale", "Établissement de la défense"),
    OTHER("DIV", 0.049, 2.0, 2.5, 0.10, 0.05,
            List.of("71.20B", "49.41B", "84.11Z"), List.of("DIV_NON_DETERMINE", "DIV_TRANSPORT", "DIV_CRISE"),
            List.of("INSPECTEUR", "AUTRE_METIER", "METIER_NON_DETERMINE"),
            "Établissement");

    final String domainCode;
    final double workforceShare;
    final double meanWorkersPerEstablishment;
    final double meanEstablishmentsPerCompany;
    final double categoryAShare;
    final double temporaryWorkShare;
    final List<String> nafCodes;
    final List<String> sectors;
    final List<String> occupations;
    final List<String> establishmentKinds;

    DomainProfile(String domainCode, double workforceShare, double meanWorkersPerEstablishment,
                  double meanEstablishmentsPerCompany, double categoryAShare, double temporaryWorkShare,
                  List<String> nafCodes, List<String> sectors, List<String> occupations, String... establishmentKinds) {
        this.domainCode = domainCode;
        this.workforceShare = workforceShare;
        this.meanWorkersPerEstablishment = meanWorkersPerEstablishment;
        this.meanEstablishmentsPerCompany = meanEstablishmentsPerCompany;
        this.categoryAShare = categoryAShare;
        this.temporaryWorkShare = temporaryWorkShare;
        this.nafCodes = nafCodes;
        this.sectors = sectors;
        this.occupations = occupations;
        this.establishmentKinds = List.of(establishmentKinds);
    }
}
