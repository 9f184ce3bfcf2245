package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.demo.generation.DemoGenerator;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.WorkerCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a bulk worker declaration file of the demo generator: {@code GenerateWorkerFile <workers> <file> [seed]}.
 * Lines are the employments of the generated companies, in company order (earlier employments elsewhere first).
 */
public final class GenerateWorkerFile {

    private GenerateWorkerFile() {
    }

    public static void main(String[] args) throws IOException {
        int workers = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
        System.out.printf("%,d lines written to %s%n", write(workers, seed, LocalDate.of(2026, 11, 1), file), file);
    }

    /** Writes about {@code workers} lines and returns how many. */
    public static long write(int workers, long seed, LocalDate referenceDate, Path file) throws IOException {
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            WorkerCsv csv = new WorkerCsv(out).header();
            for (Company company : new DemoGenerator(seed, workers, referenceDate)) {
                lines += csv.elsewhere(company);
                lines += csv.company(company);
            }
        }
        return lines;
    }
}
