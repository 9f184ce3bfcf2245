package fr.gouv.travail.dosiportail.registry;

import java.util.UUID;

/** Valid request bodies of the API's POST endpoints, for the guard tests that send them with the wrong ids or fields. */
final class ApiBodies {

    static final String EXCEPTIONAL = """
            {"periodStart":"2025-01-01","periodEnd":"2025-03-31","decisionReference":"DREETS-2025-001"}""";
    static final String CONSTRAINT = """
            {"quantity":"EFFECTIVE","valueMsv":5,"preAlertFraction":0.8}""";

    private ApiBodies() {
    }

    static String profileJson(UUID employment) {
        return """
                {"employmentId":"%s","validFrom":"2025-01-01","classification":"B","radon":false,
                 "cosmicRadiation":false,"sectorCode":"MED_CARDIO_INTERV","occupationCode":"CARDIO_INTERV",
                 "monitoringTypes":["EXTERNAL_WHOLE_BODY"]}""".formatted(employment);
    }

    static String employmentJson(String nir, String siret) {
        return """
                {"nir":"%s","siret":"%s","contractType":"CDI","workingTimeRatio":100,"startDate":"2025-01-01"}"""
                .formatted(nir, siret);
    }

    static String workerJson(String siret, String nir) {
        return """
                {"siret":"%s","nir":"%s","birthName":"Intrus","firstNames":"Paul","sex":"M",
                 "birthDate":"1980-01-01","birthPlaceCode":"75056"}""".formatted(siret, nir);
    }

    static String doseRecordJson(String nir, String siret) {
        return """
                {"nir":"%s","lastName":"Dupont","firstName":"Jeanne","siret":"%s","originatorKind":"ACCREDITED_BODY",
                 "originatorId":"A","monitoringKind":"EXTERNAL_PASSIVE","dosimeterId":"D-1","bodyLocation":"WHOLE_BODY",
                 "radiationType":"PHOTONS","periodStart":"2025-01-01","periodEnd":"2025-01-31","quantity":"HP10",
                 "valueMsv":0.25,"belowThreshold":false,"resultStatus":"RESULT"}""".formatted(nir, siret);
    }

    static String designationJson(String siret) {
        return """
                {"siret":"%s","role":"OCCUPATIONAL_PHYSICIAN","lastName":"Faux","firstName":"Jean",
                 "rpps":"10001234566","validFrom":"2025-01-01"}""".formatted(siret);
    }
}
