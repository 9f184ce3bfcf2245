package fr.gouv.travail.dosiportail.bench;

import fr.gouv.travail.dosiportail.DosiportailApplication;
import fr.gouv.travail.dosiportail.surveillance.alert.NationalRecompute;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputing every worker's 12-month limits at national volume and raising what must be raised:
 * {@code LimitsRecomputeBench [records=20000000] [batch=1000]}. Loads the read benchmark's set ({@link DoseLoad}:
 * 390,000 workers, monthly passive Hp(10)), puts one 21 mSv record in the history of every 1,000th worker (390
 * exceedances to find), then runs {@link NationalRecompute} (one cursor over dosimetry.dose_component ordered by
 * worker, the engine per worker, alerts and notifications written per batch of workers) twice: the second run must
 * raise nothing (once per cause).
 */
public final class LimitsRecomputeBench {

    private LimitsRecomputeBench() {
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path dir = Files.createTempDirectory("recompute-bench");
        String[] appArgs = {"--dosiportail.embedded-database.data-directory=" + dir.resolve("pg"), "--server.port=0",
                "--dosiportail.identity.local-idp.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--dosiportail.demo.enabled=false"};
        try (ConfigurableApplicationContext ctx = new SpringApplication(DosiportailApplication.class).run(appArgs)) {
            DataSource ds = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            long t0 = System.nanoTime();
            DoseLoad.load(ds, records);
            System.out.printf("load total %.1f s%n", DoseLoad.secs(t0));
            int planted = jdbc.update("""
                    update dosimetry.dose_record set value_msv = 21, below_threshold = false, threshold_msv = null
                    where id in (select distinct on (worker_id) id from dosimetry.dose_record
                                 where worker_id in (select id from registry.worker
                                                     where nir like '1%' and right(nir, 3) = '001')
                                 order by worker_id, period_start desc)""");
            jdbc.execute("analyze dosimetry.dose_record");
            System.out.printf("%d records set to 21 mSv (one per 1,000th worker)%n", planted);
            System.out.println("== plan of the streamed query (top):");
            int[] lines = {0};
            jdbc.query("""
                    explain select c.id, c.worker_id from dosimetry.dose_component c
                    where c.counts and (c.component in ('SKIN_EXTREMITIES', 'LENS')
                          or dosimetry.counts_in_effective_dose(c.component, c.operational_fallback, false))
                    order by c.worker_id""", rs -> {
                if (lines[0]++ < 8) {
                    System.out.println("  " + rs.getString(1));
                }
            });
            NationalRecompute recompute = ctx.getBean(NationalRecompute.class);
            for (int run = 1; run <= 2; run++) {
                t0 = System.nanoTime();
                var r = recompute.run(batch, 10_000);
                double s = DoseLoad.secs(t0);
                System.out.printf("%n== run %d: %,d workers, %,d counted records in %.1f s: %,.0f workers/s, %,.0f records/s;"
                        + " %d notification rows written; alerts in base: %d%n", run, r.workers(), r.records(), s,
                        r.workers() / s, r.records() / s, r.notifications(),
                        jdbc.queryForObject("select count(*) from surveillance.alert", Long.class));
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
