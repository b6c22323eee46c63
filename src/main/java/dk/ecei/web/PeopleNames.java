package dk.ecei.web;

import dk.ecei.assessor.AssessorService;
import dk.ecei.notification.PersonDirectory;
import dk.ecei.security.Roles;
import dk.ecei.shared.CurrentActor;
import dk.ecei.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * People as a reader sees them where the application stores a user name (a task's holder, who saved an answer, who
 * acted on the audit trail): the assessor register's full name, else the name the identity provider gave at the
 * person's last login (the person directory), else the user name; the system by its name. Read side only; templates
 * call it as {@code @people}.
 */
@Component("people")
class PeopleNames implements dk.ecei.shared.PersonNames {

    private final AssessorService assessors;
    private final PersonDirectory directory;
    private final MessageSource messages;

    PeopleNames(AssessorService assessors, PersonDirectory directory, MessageSource messages) {
        this.assessors = assessors;
        this.directory = directory;
        this.messages = messages;
    }

    /** One person's name; null stays null (nobody holds the task). */
    public String name(String username) {
        return username == null ? null : names(List.of(username)).get(username);
    }

    /**
     * The reader's own name for the page header: looked up on the first page of a session (two statements at most)
     * and kept in the session from then on, so that browsing costs no look-up per page.
     */
    public String reader(String username) {
        if (username == null) {
            return null;
        }
        // Only a found name is kept: one who has no name yet (before the first login) gets it on a later page.
        return kept(".reader." + username, RequestAttributes.SCOPE_SESSION, () -> name(username),
                name -> !name.equals(username));
    }

    /** The names of several people by user name, in two statements at most; every given user name is a key. */
    @Override
    public Map<String, String> names(Collection<String> usernames) {
        Set<String> wanted = new HashSet<>(usernames);
        wanted.remove(null);
        Map<String, String> known = requestCache();
        Map<String, String> names = new HashMap<>();
        for (String username : List.copyOf(wanted)) {
            if (known.containsKey(username)) {
                names.put(username, known.get(username));
                wanted.remove(username);
            }
        }
        Map<String, String> found = lookUp(wanted);
        known.putAll(found);
        names.putAll(found);
        return names;
    }

    /**
     * Who holds each of these tasks, for a table of them: a role ({@code support-staff}) by its name in the reader's
     * language, a person by name; the people in one look-up for the whole table.
     */
    public Map<String, String> holders(Collection<String> holders) {
        Map<String, String> names = new HashMap<>();
        List<String> people = new ArrayList<>();
        for (String holder : new HashSet<>(holders)) {
            if (holder == null) {
                continue;
            }
            String role = ROLES.contains(holder)
                    ? messages.getMessage("role." + holder, null, null, LocaleContextHolder.getLocale()) : null;
            if (role != null) {
                names.put(holder, role);
            } else {
                people.add(holder);
            }
        }
        names.putAll(names(people));
        return names;
    }

    private static final Set<String> ROLES = Set.of(Roles.CLUSTER_MANAGER, Roles.ASSESSOR, Roles.SUPPORT_STAFF, Roles.ADMIN);

    /** The names a request already looked up: a page naming one person in several places asks once. */
    private static Map<String, String> requestCache() {
        return kept(".names", RequestAttributes.SCOPE_REQUEST, HashMap::new, cache -> true);
    }

    /**
     * What the request (or its session) holds under this key, else computed and, if worth keeping, kept there;
     * outside a request it is computed each time.
     */
    @SuppressWarnings("unchecked")
    private static <T> T kept(String key, int scope, Supplier<T> compute, Predicate<T> worthKeeping) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return compute.get();
        }
        String name = PeopleNames.class.getName() + key;
        T known = (T) request.getAttribute(name, scope);
        if (known != null) {
            return known;
        }
        T value = compute.get();
        if (worthKeeping.test(value)) {
            request.setAttribute(name, value, scope);
        }
        return value;
    }

    private Map<String, String> lookUp(Set<String> wanted) {
        Map<String, String> names = new HashMap<>();
        if (wanted.remove(CurrentActor.SYSTEM)) {
            names.put(CurrentActor.SYSTEM, messages.getMessage("trail.system", null, CurrentActor.SYSTEM,
                    LocaleContextHolder.getLocale()));
        }
        if (wanted.isEmpty()) {
            return names;
        }
        names.putAll(assessorNames(wanted));
        Set<String> rest = new HashSet<>(wanted);
        rest.removeAll(names.keySet());
        if (!rest.isEmpty()) {
            names.putAll(directory.displayNames(rest));
        }
        wanted.forEach(username -> names.putIfAbsent(username, username));
        return names;
    }

    /**
     * The assessors among these users. Within a request the whole register's names are read once (a page names
     * people in several parts: the header, the holders, the workload), so that each part costs no statement for them.
     */
    private Map<String, String> assessorNames(Set<String> wanted) {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return assessors.fullNames(wanted);
        }
        Map<String, String> all = kept(".assessors", RequestAttributes.SCOPE_REQUEST, assessors::allFullNames, names -> true);
        Map<String, String> found = new HashMap<>();
        for (String username : wanted) {
            if (all.containsKey(username)) {
                found.put(username, all.get(username));
            }
        }
        return found;
    }

    /** The reason with each person among its arguments replaced by their name. */
    static Violation named(Violation reason, Map<String, String> names) {
        if (Violation.PERSON.equals(reason.code())) {
            String username = reason.arguments().isEmpty() ? "" : String.valueOf(reason.arguments().get(0));
            return Violation.text(names.getOrDefault(username, username));
        }
        List<Object> arguments = reason.arguments().stream()
                .map(a -> a instanceof Violation v && Violation.PERSON.equals(v.code()) ? names.getOrDefault(
                        String.valueOf(v.arguments().isEmpty() ? "" : v.arguments().get(0)), v.defaultText())
                        : a instanceof Violation v ? named(v, names) : a)
                .toList();
        return new Violation(reason.field(), reason.code(), arguments, reason.defaultText());
    }
}
