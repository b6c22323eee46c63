package dk.ecei.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

class MariaDbUrlTests {

    @Test
    void aMariaDbUrlAsTheReadmeWritesItGetsTheParameter() {
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent("jdbc:mariadb://127.0.0.1:3306/ecei"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/ecei?nullDatabaseMeansCurrent=true");
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent("jdbc:mariadb://db:3306/ecei?user=x&useSsl=true"))
                .isEqualTo("jdbc:mariadb://db:3306/ecei?user=x&useSsl=true&nullDatabaseMeansCurrent=true");
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent("jdbc:mariadb://db/ecei?"))
                .isEqualTo("jdbc:mariadb://db/ecei?nullDatabaseMeansCurrent=true");
    }

    @Test
    void aUrlThatSetsTheParameterOrIsNoMariaDbUrlStaysAsWritten() {
        String explicit = "jdbc:mariadb://db/ecei?NULLDATABASEMEANSCURRENT=false&a=b";
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent(explicit)).isSameAs(explicit);
        String present = "jdbc:mariadb://db/ecei?createDatabaseIfNotExist=true&nullDatabaseMeansCurrent=true";
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent(present)).isSameAs(present);
        String h2 = "jdbc:h2:file:./data/ecei;MODE=MariaDB";
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent(h2)).isSameAs(h2);
        assertThat(MariaDbUrl.withNullDatabaseMeansCurrent(null)).isNull();
    }

    @Test
    void theEnvironmentGetsTheCompletedUrl() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ECEI_DB_URL", "jdbc:mariadb://127.0.0.1:3306/ecei")
                .withProperty("spring.datasource.url", "${ECEI_DB_URL}");
        new MariaDbUrl(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/ecei?nullDatabaseMeansCurrent=true");
    }

    @Test
    void anUnsetVariableIsLeftForSpringBootToReport() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "${ECEI_DB_URL}");
        new MariaDbUrl(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getPropertySources().contains("ecei-mariadb-url")).isFalse();
    }
}
