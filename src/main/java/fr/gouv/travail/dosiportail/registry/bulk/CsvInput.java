package fr.gouv.travail.dosiportail.registry.bulk;

import fr.gouv.travail.dosiportail.platform.ApiProblem;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV stream: strict UTF-8 (a Windows-1252/Latin-1 file is refused, never guessed), optional BOM, header line
 * with ';' or ',' detected, size limit enforced while reading.
 */
final class CsvInput {

    static final List<String> COLUMNS = List.of("siret", "nir", "nom_naissance", "nom_usage", "prenoms", "sexe",
            "date_naissance", "lieu_naissance", "type_contrat", "quotite", "date_debut", "date_fin", "classement",
            "groupe_urgence", "radon", "rayonnement_cosmique", "secteur", "metier", "types_suivi");
    static final List<String> REQUIRED = List.of("siret", "nir", "nom_naissance", "prenoms", "sexe", "date_naissance",
            "lieu_naissance", "type_contrat", "quotite", "date_debut");

    final BufferedReader reader;
    final char delimiter;
    final List<String> header;

    CsvInput(InputStream raw, long maxBytes) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(new Limited(raw, maxBytes), decoder), 64 * 1024);
        String first = reader.readLine();
        if (first != null && first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        if (first == null || first.isBlank()) {
            throw new ApiProblem(400, "fichier-vide", "Le fichier est vide : la ligne d’en-tête est obligatoire.",
                    "The file is empty: the header line is required.", List.of());
        }
        this.delimiter = delimiterOf(first);
        List<String> names = new ArrayList<>();
        for (String h : first.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
            names.add(h.trim().replace("\"", "").toLowerCase(Locale.ROOT));
        }
        List<String> absent = REQUIRED.stream().filter(c -> !names.contains(c)).toList();
        if (!absent.isEmpty()) {
            throw new ApiProblem(400, "en-tete-invalide",
                    "Colonnes obligatoires absentes de l’en-tête : " + String.join(", ", absent) + ".",
                    "Required columns missing from the header: " + String.join(", ", absent) + ".", List.of());
        }
        this.header = names;
    }

    /** ';' (French spreadsheets), ',' or a tab, whichever the header uses most; anything else is refused plainly. */
    static char delimiterOf(String header) {
        char best = ';';
        long bestCount = 0;
        for (char candidate : new char[] {';', ',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        if (bestCount == 0) {
            throw new ApiProblem(400, "separateur",
                    "Aucun séparateur de colonnes reconnu dans l’en-tête : utilisez le point-virgule (;), la virgule (,) ou la tabulation.",
                    "No column separator found in the header: use a semicolon (;), a comma (,) or a tab.", List.of());
        }
        return best;
    }

    static ApiProblem notUtf8(long line) {
        return new ApiProblem(400, "encodage",
                "Le fichier n’est pas encodé en UTF-8 (ligne " + line + " environ). Enregistrez-le en « CSV UTF-8 » et renvoyez-le.",
                "The file is not UTF-8 encoded (around line " + line + "). Save it as \"CSV UTF-8\" and send it again.",
                List.of());
    }

    static ApiProblem tooLarge(long maxBytes) {
        return new ApiProblem(413, "trop-volumineux",
                "Le fichier dépasse la taille maximale de " + maxBytes / (1024 * 1024) + " Mo ; découpez-le.",
                "The file exceeds the maximum size of " + maxBytes / (1024 * 1024) + " MB; split it.", List.of());
    }

    /** Counts bytes as they are read and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) {
                throw tooLarge(max);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > max) {
                throw tooLarge(max);
            }
            return n;
        }
    }
}
