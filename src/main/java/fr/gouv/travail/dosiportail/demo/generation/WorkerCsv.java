package fr.gouv.travail.dosiportail.demo.generation;

import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Employment;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Establishment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes employments in the bulk worker declaration format (docs/formats/declaration-travailleurs.md): one line per
 * worker × establishment, ';' separated, UTF-8, ISO dates.
 */
public final class WorkerCsv {

    public static final String HEADER = "siret;nir;nom_naissance;nom_usage;prenoms;sexe;date_naissance;lieu_naissance;"
            + "type_contrat;quotite;date_debut;date_fin;classement;groupe_urgence;radon;rayonnement_cosmique;secteur;metier;types_suivi";

    private final Writer out;

    public WorkerCsv(Writer out) {
        this.out = out;
    }

    public WorkerCsv header() {
        return line(HEADER);
    }

    /** Lines of the company's own establishments; earlier employments elsewhere are written by {@link #elsewhere}. */
    public int company(Company company) {
        int lines = 0;
        for (Establishment establishment : company.establishments()) {
            for (Employment employment : establishment.employments()) {
                employment(establishment.siret(), employment);
                lines++;
            }
        }
        return lines;
    }

    public int elsewhere(Company company) {
        company.employmentsElsewhere().forEach(e -> employment(e.siret(), e.employment()));
        return company.employmentsElsewhere().size();
    }

    public WorkerCsv employment(String siret, Employment e) {
        var p = e.person();
        return line(String.join(";", siret, p.nir(), quoted(p.birthName()), quoted(p.usageName()), quoted(p.firstNames()),
                p.sex(), p.birthDate().toString(), p.birthPlace(), e.contractType(), e.workingTimeRatio().toPlainString(),
                e.start().toString(), e.end() == null ? "" : e.end().toString(), e.classification(),
                e.emergencyGroup() == null ? "" : e.emergencyGroup().toString(), e.radon() ? "oui" : "non",
                e.cosmicRadiation() ? "oui" : "non", e.sector(), e.occupation(), String.join("|", e.monitoringTypes())));
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private WorkerCsv line(String line) {
        try {
            out.write(line);
            out.write('\n');
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
