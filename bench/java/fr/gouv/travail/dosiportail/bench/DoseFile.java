package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.core.Sex;
import fr.gouv.travail.dosiportail.registry.TestIds;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * The intake benchmark's data: a référentiel of {@link #workers} workers over {@link #establishments} establishments
 * (as COPY text, loaded directly) and a CSV file of dose records of 2025 from lab {@link #LAB}, worker by worker:
 * passive monthly Hp(10) (some with extremity Hp(0.07)), passive quarterly, operational monthly; 85 % "M" flags,
 * 0.5 % absences of result; about 1 % quarantine cases and 0.1 % rejects; a few lines repeated.
 */
final class DoseFile {

    static final String LAB = "LAB-BENCH";
    static final String HEADER = "nir;lastName;firstName;siret;originatorKind;originatorId;monitoringKind;dosimeterId;"
            + "bodyLocation;radiationType;periodStart;periodEnd;quantity;valueMsv;belowThreshold;thresholdMsv;"
            + "resultStatus;emergencyEventId";
    private static final String[] NAMES = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND",
            "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "Lefèvre", "LEROY", "ROUX", "DAVID", "BERTRAND",
            "MOREL", "FOURNIER", "GIRARD", "BONNET", "D'ARC", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT"};
    private static final String[] FIRST = {"JEAN MARIE", "MARIE", "PIERRE", "Hélène", "LUC", "ANNE SOPHIE", "PAUL",
            "JULIE", "NICOLAS", "CAMILLE", "THOMAS", "LÉA", "CLAIRE", "ANTOINE", "SARAH", "MARC"};

    final int workers;
    final int establishments;

    DoseFile(int workers) {
        this.workers = workers;
        this.establishments = Math.max(1, workers / 15);
    }

    static UUID id(int kind, long n) {
        return new UUID(0x00000000_0000_4000L | ((long) kind << 32), 0x8000_0000_0000_0000L | n);
    }

    String siret(int e) {
        return TestIds.siret(TestIds.siren(10_000 + e / 2), 1 + e % 2);
    }

    static String nir(int w) {
        return TestIds.nir(w % 2 == 0 ? Sex.M : Sex.F, 1960 + (w / 2) % 45, 1 + (w / 90) % 12, 1 + w / 1080);
    }

    /** Writes the référentiel tables as COPY text files: company, establishment, worker, employment, profile. */
    void writeReferentiel(Path dir) throws IOException {
        try (BufferedWriter c = Files.newBufferedWriter(dir.resolve("company"));
             BufferedWriter e = Files.newBufferedWriter(dir.resolve("establishment"))) {
            for (int i = 0; i < establishments; i++) {
                if (i % 2 == 0) {
                    c.write(id(1, i / 2) + "\t" + TestIds.siren(10_000 + i / 2) + "\tSociété " + i / 2 + "\tbench\tbench\n");
                }
                e.write(id(2, i) + "\t" + id(1, i / 2) + "\t" + siret(i) + "\tSite " + i + "\t1 rue du Banc\t75001\tParis"
                        + "\t86.10Z\tMED\tCHEF\tJEAN\tbench\tbench\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("worker"));
             BufferedWriter m = Files.newBufferedWriter(dir.resolve("employment"));
             BufferedWriter p = Files.newBufferedWriter(dir.resolve("exposure_profile"))) {
            for (int i = 0; i < workers; i++) {
                w.write(id(3, i) + "\t" + nir(i) + "\t" + NAMES[i % NAMES.length] + "\t\\N\t" + FIRST[i % FIRST.length]
                        + "\t" + (i % 2 == 0 ? "M" : "F") + "\t" + LocalDate.of(1960 + (i / 2) % 45, 1 + (i / 90) % 12, 1)
                        + "\t75056\tbench\tbench\n");
                String start = i % 1000 == 11 ? "2025-07-01" : "2020-01-01"; // no employment for early 2025
                m.write(id(4, i) + "\t" + id(3, i) + "\t" + id(2, i % establishments) + "\tCDI\t100\t" + start
                        + "\tbench\tbench\n");
                p.write(id(5, i) + "\t" + id(4, i) + "\t" + start + "\t" + (i % 1000 == 7 ? "NOT_CLASSIFIED" : i % 3 == 0 ? "A" : "B")
                        + "\tbench\tbench\n");
            }
        }
    }

    /** Writes {@code records} lines (plus the header); returns the number of records written. */
    long writeRecords(Path file, long records, long seed) throws IOException {
        Random rnd = new Random(seed);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int w = 0; written < records; w = (w + 1) % workers) {
                double profile = rnd.nextDouble();
                boolean extremity = rnd.nextDouble() < 0.3;
                for (int month = 1; month <= 12 && written < records; month++) {
                    LocalDate start = LocalDate.of(2025, month, 1);
                    if (profile < 0.85 || month % 3 == 1) { // monthly passive, or quarterly (also under operational)
                        boolean quarterly = profile >= 0.55;
                        LocalDate end = quarterly ? start.plusMonths(3).minusDays(1) : start.plusMonths(1).minusDays(1);
                        if (!quarterly || month % 3 == 1) {
                            written += line(out, rnd, w, "EXTERNAL_PASSIVE", "P" + w + "-" + month, "WHOLE_BODY", "HP10", start, end);
                            if (extremity && !quarterly && written < records) {
                                written += line(out, rnd, w, "EXTERNAL_PASSIVE", "X" + w + "-" + month, "EXTREMITY", "HP007", start, end);
                            }
                        }
                    }
                    if (profile >= 0.85 && written < records) {
                        written += line(out, rnd, w, "EXTERNAL_OPERATIONAL", "O" + w + "-" + month, "WHOLE_BODY", "HP10",
                                start, start.plusMonths(1).minusDays(1));
                    }
                }
            }
        }
        return written;
    }

    private int line(BufferedWriter out, Random rnd, int w, String kind, String dosimeter, String location,
                     String quantity, LocalDate start, LocalDate end) throws IOException {
        String nir = nir(w);
        String last = NAMES[w % NAMES.length];
        String first = FIRST[w % FIRST.length].split(" ")[0];
        String siret = siret(w % establishments);
        String value = "0";
        String below = "true";
        String threshold = "0.05";
        String status = "RESULT";
        double v = rnd.nextDouble();
        if (v < 0.005) {
            value = "";
            below = "false";
            threshold = "";
            status = "NO_RESULT";
        } else if (v < 0.15) {
            value = java.math.BigDecimal.valueOf(50 + rnd.nextInt(2950), 3).toPlainString(); // 0.050–2.999
            below = "false";
            threshold = "";
        }
        double q = rnd.nextDouble();
        if (q < 0.004) {
            nir = nir(w + 500_000); // valid but unknown
        } else if (q < 0.007) {
            last = "INCONNU";
        } else if (q < 0.009) {
            siret = TestIds.siret(TestIds.siren(900_000 + w % 1000), 1);
        } else if (q < 0.0095) {
            nir = nir.substring(0, 13) + "00"; // keys are 01–97
        } else if (q < 0.0100) {
            value = "-0.1";
        } else if (q < 0.0102) {
            quantity = "HP99";
        }
        String line = String.join(";", nir, last, first, siret, "ACCREDITED_BODY", LAB, kind, dosimeter, location,
                "PHOTONS", start.toString(), end.toString(), quantity, value, below, threshold, status, "") + "\n";
        out.write(line);
        if (q > 0.9990) { // the same line twice: stored once
            out.write(line);
            return 2;
        }
        return 1;
    }
}
