package fr.gouv.travail.dosiportail.dosimetry.file;

import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.List;

/** Why a whole file is refused on receipt (nothing is queued, nothing is stored). */
final class FileRefusals {

    private FileRefusals() {
    }

    static ApiProblem notUtf8(long line) {
        return new ApiProblem(400, "encodage",
                "Le fichier n’est pas en UTF-8 : la ligne " + line + " contient des octets invalides, probablement "
                        + "des lettres accentuées enregistrées en Windows-1252 ou ISO-8859-1 (Latin-1). Enregistrez le "
                        + "fichier en UTF-8 (« CSV UTF-8 » dans un tableur) et renvoyez-le.",
                "The file is not UTF-8: line " + line + " holds invalid bytes, probably accented letters saved as "
                        + "Windows-1252 or ISO-8859-1 (Latin-1). Save the file as UTF-8 (\"CSV UTF-8\" in a spreadsheet) "
                        + "and send it again.",
                List.of(new FieldProblem("line " + line, "NOT_UTF8", "Octets invalides en UTF-8.",
                        "Invalid UTF-8 bytes.")));
    }

    static ApiProblem empty() {
        return new ApiProblem(400, "fichier-vide", "Le fichier est vide.", "The file is empty.", List.of());
    }

    static ApiProblem headerOnly() {
        return new ApiProblem(400, "fichier-vide",
                "Le fichier ne contient que la ligne d’en-tête : aucun résultat à enregistrer.",
                "The file holds only the header line: no result to record.", List.of());
    }

    static ApiProblem tooLarge(long maxBytes) {
        long mb = maxBytes / (1024 * 1024);
        return new ApiProblem(413, "trop-volumineux",
                "Le fichier dépasse la taille maximale de " + mb + " Mo : découpez-le en plusieurs fichiers.",
                "The file exceeds the maximum size of " + mb + " MB: split it into several files.", List.of());
    }

    static ApiProblem header(String detailFr, String detailEn) {
        return new ApiProblem(400, "en-tete-invalide", detailFr, detailEn, List.of());
    }

    static ApiProblem unreadable() {
        return new ApiProblem(400, "requete-invalide", "Le fichier n’a pas pu être lu en entier.",
                "The file could not be read in full.", List.of());
    }
}
