package fr.gouv.travail.dosiportail.access.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** An inspector's territory is matched on the establishment's department, computed in SQL as the policy does. */
@SpringBootTest
@ActiveProfiles("test")
class DepartmentTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "69003, 69383, 69", "13001, 13201, 13", "06000, 06088, 06", "75014, 75114, 75",
            "97400, 97411, 974", "97200, 97209, 972", "97600, 97611, 976",
            "20000, 2A004, 2A", "20200, 2B033, 2B", "20090, null, 2A", "20600, null, 2B", "20167, 2A001, 2A"})
    void theDepartmentComesFromThePostalCodeOrInCorsicaTheInseeCode(String postal, String insee, String department) {
        String sql = "select " + Clauses.department("x") + " from (select cast(:p as text) as postal_code,"
                + " cast(:i as text) as city_insee_code) x";
        assertThat(jdbc.sql(sql).param("p", postal).param("i", insee).query(String.class).single()).isEqualTo(department);
    }
}
