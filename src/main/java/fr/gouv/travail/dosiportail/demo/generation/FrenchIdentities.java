package fr.gouv.travail.dosiportail.demo.generation;

import fr.gouv.travail.dosiportail.core.Luhn;
import fr.gouv.travail.dosiportail.core.Nir;
import java.util.List;
import java.util.Random;

/** Plausible French identities and identifiers, with correct check keys, from a seeded random source. */
final class FrenchIdentities {

    record Commune(String inseeCode, String postalCode, String name) {
    }

    static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefebvre",
            "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
            "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
            "Gautier", "Masson", "Le Goff", "Le Gall", "Da Silva", "N'Diaye", "Benali", "Nguyen", "Dos Santos",
            "Saint-Martin", "Lemaître", "Aubé", "Bézier", "Cœur");
    static final List<String> MALE_NAMES = List.of("Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Thomas",
            "Julien", "Hugo", "Lucas", "Léo", "Gabriel", "Raphaël", "Jérôme", "François", "Stéphane", "Mathéo", "Noé",
            "Karim", "Mehdi", "Loïc", "Gaël", "Jean-Baptiste", "Anthony");
    static final List<String> FEMALE_NAMES = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Anne",
            "Sophie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Hélène", "Françoise", "Céline",
            "Aurélie", "Zoé", "Noémie", "Fatima", "Yasmine", "Anne-Sophie", "Maëlle");
    static final List<Commune> COMMUNES = List.of(
            new Commune("75056", "75015", "Paris"), new Commune("13055", "13005", "Marseille"),
            new Commune("69123", "69003", "Lyon"), new Commune("31555", "31000", "Toulouse"),
            new Commune("06088", "06000", "Nice"), new Commune("44109", "44000", "Nantes"),
            new Commune("67482", "67000", "Strasbourg"), new Commune("34172", "34000", "Montpellier"),
            new Commune("33063", "33000", "Bordeaux"), new Commune("59350", "59000", "Lille"),
            new Commune("35238", "35000", "Rennes"), new Commune("51454", "51100", "Reims"),
            new Commune("76351", "76600", "Le Havre"), new Commune("42218", "42000", "Saint-Étienne"),
            new Commune("83137", "83000", "Toulon"), new Commune("38185", "38000", "Grenoble"),
            new Commune("21231", "21000", "Dijon"), new Commune("49007", "49000", "Angers"),
            new Commune("30189", "30000", "Nîmes"), new Commune("2A004", "20000", "Ajaccio"),
            new Commune("2B033", "20200", "Bastia"), new Commune("50129", "50100", "Cherbourg-en-Cotentin"),
            new Commune("50184", "50340", "Flamanville"), new Commune("59273", "59820", "Gravelines"),
            new Commune("37072", "37420", "Chinon"), new Commune("13099", "13115", "Saint-Paul-lès-Durance"),
            new Commune("26235", "26700", "Pierrelatte"), new Commune("30028", "30200", "Bagnols-sur-Cèze"),
            new Commune("50041", "50440", "La Hague"), new Commune("97209", "97200", "Fort-de-France"),
            new Commune("97411", "97400", "Saint-Denis"), new Commune("63113", "63000", "Clermont-Ferrand"));
    /** INSEE country codes for people born abroad: Maroc, Algérie, Tunisie, Belgique, Espagne, Portugal, Italie, Sénégal. */
    static final List<String> COUNTRIES = List.of("99350", "99352", "99351", "99131", "99134", "99139", "99127", "99341");
    static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "boulevard Pasteur",
            "rue Victor Hugo", "place de la Mairie", "chemin des Écoles", "rue du Général de Gaulle", "allée des Tilleuls");

    private FrenchIdentities() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String nir(char sexDigit, int birthYear, int birthMonth, String birthPlace, int order) {
        String thirteen = "" + sexDigit + String.format("%02d%02d", birthYear % 100, birthMonth) + birthPlace
                + String.format("%03d", order);
        return Nir.withKey(thirteen).value();
    }

    static String withLuhn(String digitsWithoutCheck) {
        return digitsWithoutCheck + Luhn.checkDigit(digitsWithoutCheck);
    }

    /** A SIREN from a running number (never La Poste's 356000000, which has its own rule). */
    static String siren(int companyNumber) {
        String siren = withLuhn(String.format("%08d", 10_000_000 + companyNumber * 7 % 89_999_999));
        return siren.equals("356000000") ? siren(companyNumber + 1) : siren;
    }

    static String siret(String siren, int establishmentIndex) {
        return withLuhn(siren + String.format("%04d", establishmentIndex + 1));
    }

    static String rpps(int physicianNumber) {
        return withLuhn("10" + String.format("%08d", 100_000 + physicianNumber));
    }
}
