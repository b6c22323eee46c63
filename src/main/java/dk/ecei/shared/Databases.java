package dk.ecei.shared;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the SQL of a read may count on in the database behind the application. */
public final class Databases {

    private Databases() {
    }

    /**
     * Whether the database is MariaDB or MySQL, which know {@code straight_join} (a join read in the order written);
     * the embedded default's H2 does not, and its small data need no hint.
     */
    public static boolean knowsStraightJoin(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql");
        }));
    }

    /** The parameter marks of an {@code in} list of this many values: "?, ?, ?". */
    public static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
