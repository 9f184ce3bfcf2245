package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.demo.generation.DemoGenerator;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Company;
import fr.gouv.travail.dosiportail.demo.generation.DemoModel.Establishment;
import fr.gouv.travail.dosiportail.demo.generation.WorkerCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds the national-size demo set with the same generator as the default run and reports its shape:
 * {@code NationalDataSet [workers=390000] [file]}. With a file, writes the bulk worker declaration CSV too.
 */
public final class NationalDataSet {

    private NationalDataSet() {
    }

    public static void main(String[] args) throws IOException {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 390_000;
        Path file = args.length > 1 ? Path.of(args[1]) : null;
        long started = System.nanoTime();
        long companies = 0;
        long establishments = 0;
        long employments = 0;
        long elsewhere = 0;
        long withPhysician = 0;
        Set<String> people = new HashSet<>();
        try (BufferedWriter out = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            WorkerCsv csv = out == null ? null : new WorkerCsv(out).header();
            for (Company company : new DemoGenerator(20261128L, workers, LocalDate.of(2026, 11, 1))) {
                companies++;
                elsewhere += company.employmentsElsewhere().size();
                for (Establishment e : company.establishments()) {
                    establishments++;
                    employments += e.employments().size();
                    e.employments().forEach(x -> people.add(x.person().nir()));
                    if (e.designations().stream().anyMatch(d -> d.rpps() != null)) {
                        withPhysician++;
                    }
                }
                if (csv != null) {
                    csv.elsewhere(company);
                    csv.company(company);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.printf("companies=%,d establishments=%,d people=%,d employments=%,d (+%,d earlier elsewhere)%n",
                companies, establishments, people.size(), employments, elsewhere);
        System.out.printf("establishments with an MDT: %.1f %%%n", 100.0 * withPhysician / establishments);
        System.out.printf("generated in %.1f s, heap in use at the end %d MiB%s%n", seconds, heapMb,
                file == null ? "" : ", file " + file + " (" + Files.size(file) / (1024 * 1024) + " MiB)");
    }
}
