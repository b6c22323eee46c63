package dk.ecei.notification;

import dk.ecei.shared.Notifying.Kind;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people notifications reach, as the identity provider last described them at their login (user name, name,
 * e-mail, language, roles, cluster), and the kinds of message each turned e-mail off for. Roles are kept so that a
 * notice to everybody with a role reaches each of them by mail, too.
 */
@Service
@Transactional
public class PersonDirectory {

    /** A person as the identity provider described them; {@code email} may be null (then only in-app). */
    public record Person(String username, String displayName, String email, Locale locale, Set<String> roles,
            Long clusterId) {
    }

    static final Locale DANISH = Locale.forLanguageTag("da");

    private final JdbcClient db;
    private final Clock clock;

    PersonDirectory(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records (or updates) a person as their login told; the language they chose in the settings stays theirs, and a
     * login without a name or address claim (the demo login) keeps the known ones. A login that tells nothing new
     * writes nothing (an API client logs in with every request).
     */
    public void remember(Person person) {
        Optional<Person> known = find(person.username());
        if (known.isPresent() && unchanged(known.get(), person)) {
            return;
        }
        String roles = "," + String.join(",", person.roles()) + ",";
        int updated = db.sql("""
                update person set display_name = coalesce(:name, display_name), email = coalesce(:email, email), roles = :roles,
                    cluster_id = :cluster, updated_at = :now where username = :username""")
                .param("name", person.displayName()).param("email", person.email()).param("roles", roles)
                .param("cluster", person.clusterId()).param("now", clock.instant()).param("username", person.username())
                .update();
        if (updated == 0) {
            db.sql("""
                    insert into person (username, display_name, email, locale, roles, cluster_id, updated_at)
                    values (:username, :name, :email, :locale, :roles, :cluster, :now)""")
                    .param("username", person.username()).param("name", person.displayName())
                    .param("email", person.email()).param("locale", language(person.locale()))
                    .param("roles", roles).param("cluster", person.clusterId()).param("now", clock.instant())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(String username) {
        return db.sql("select * from person where username = :username").param("username", username)
                .query((rs, n) -> person(rs)).optional();
    }

    /**
     * The names the identity provider gave the given users at their last login, by user name (one statement; users
     * never seen or without a name are left out). For pages that show a person where a user name is stored.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        db.sql("select username, display_name from person where username in (:usernames) and display_name is not null")
                .param("usernames", List.copyOf(usernames))
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    /** Everybody with the role; for cluster managers with a cluster given, that cluster's. */
    @Transactional(readOnly = true)
    List<Person> withRole(String role, Long clusterId) {
        if (clusterId == null) {
            return db.sql("select * from person where roles like :role order by username")
                    .param("role", "%," + role + ",%").query((rs, n) -> person(rs)).list();
        }
        return db.sql("select * from person where roles like :role and cluster_id = :cluster order by username")
                .param("role", "%," + role + ",%").param("cluster", clusterId).query((rs, n) -> person(rs)).list();
    }

    /** The kinds of message the person gets no e-mail for. */
    @Transactional(readOnly = true)
    public Set<Kind> mailOff(String username) {
        return db.sql("select kind from mail_opt_out where username = :username").param("username", username)
                .query(String.class).list().stream().map(Kind::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
    }

    /** The person's mail choices: e-mail for the kinds in {@code mailOn}, none for the others; and their language. */
    public void choose(String username, Set<Kind> mailOn, Locale locale) {
        db.sql("delete from mail_opt_out where username = :username").param("username", username).update();
        for (Kind kind : EnumSet.complementOf(mailOn.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(mailOn))) {
            db.sql("insert into mail_opt_out (username, kind) values (:username, :kind)")
                    .param("username", username).param("kind", kind.name()).update();
        }
        db.sql("update person set locale = :locale where username = :username")
                .param("locale", language(locale)).param("username", username).update();
    }

    private static boolean unchanged(Person known, Person login) {
        return (login.displayName() == null || login.displayName().equals(known.displayName()))
                && (login.email() == null || login.email().equals(known.email()))
                && known.roles().equals(login.roles()) && java.util.Objects.equals(known.clusterId(), login.clusterId());
    }

    private static String language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
    }

    private static Person person(java.sql.ResultSet rs) throws java.sql.SQLException {
        Set<String> roles = java.util.Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isBlank())
                .collect(Collectors.toSet());
        long cluster = rs.getLong("cluster_id");
        return new Person(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                Locale.forLanguageTag(rs.getString("locale")), roles, rs.wasNull() ? null : cluster);
    }
}
