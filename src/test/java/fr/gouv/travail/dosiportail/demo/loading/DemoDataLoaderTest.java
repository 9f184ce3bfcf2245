package fr.gouv.travail.dosiportail.demo.loading;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.travail.dosiportail.identity.localidp.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"dosiportail.demo.enabled=true", "dosiportail.demo.workers=300"})
@ActiveProfiles("test")
class DemoDataLoaderTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataLoader loader;

    @Test
    void loadsTheShowcaseCompanyBehindTheDemoAccountsAndAGeneratedSetOnce() throws Exception {
        assertThat(count("select count(*) from registry.company where siren = '" + DemoAccounts.DEMO_SIREN + "'")).isEqualTo(1);
        assertThat(count("select count(*) from registry.designation where rpps = '10000000017'")).isEqualTo(1);
        String demoWorkerNir = DemoAccounts.find("travailleur").orElseThrow().registration().orElseThrow().nir();
        assertThat(count("select count(*) from registry.worker where nir = '" + demoWorkerNir + "' and birth_name = 'Martin'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from registry.accredited_body where accreditation_number = '"
                + DemoAccounts.DEMO_ACCREDITATION_NUMBER + "'")).isEqualTo(1);

        long workers = count("select count(*) from registry.worker");
        long employments = count("select count(*) from registry.employment");
        assertThat(workers).isGreaterThan(250);
        assertThat(employments).isGreaterThan(workers); // careers: some people worked for several employers
        assertThat(count("select count(*) from registry.exposure_profile")).isGreaterThanOrEqualTo(employments);
        assertThat(count("select count(*) from registry.identity_discrepancy")).isZero();

        loader.run(null);
        assertThat(count("select count(*) from registry.worker")).isEqualTo(workers);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
