package dk.ecei.web;

import dk.ecei.security.CurrentUser;
import dk.ecei.security.Roles;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The navigation of every page, per role, in one place. A page of another capability becomes reachable by adding one
 * entry here and its texts to the message files.
 */
@Component
class Navigation {

    /** A link in the main navigation: its path, the message key of its text and the roles that see it (empty: all). */
    record Entry(String path, String messageKey, Set<String> roles) {

        boolean visibleTo(CurrentUser user) {
            return roles.isEmpty() ? !user.isAnonymous() : roles.stream().anyMatch(user::has);
        }
    }

    private static final Set<String> SUPPORT = Set.of(Roles.SUPPORT_STAFF, Roles.ADMIN);

    private static final List<Entry> ENTRIES = List.of(
            new Entry("/my-cluster", "nav.myCluster", Set.of(Roles.CLUSTER_MANAGER)),
            new Entry("/performance/report", "nav.myPerformance", Set.of(Roles.CLUSTER_MANAGER)),
            new Entry("/tasks", "nav.tasks", Set.of()),
            new Entry("/assessments", "nav.assessments", Set.of()),
            new Entry("/clusters", "nav.clusters", SUPPORT),
            new Entry("/assessors", "nav.assessors", SUPPORT),
            new Entry("/approvals", "nav.approvals", Set.of(Roles.SUPPORT_STAFF)),
            new Entry("/dashboard", "nav.dashboard", SUPPORT),
            new Entry("/performance", "nav.performance", SUPPORT),
            new Entry("/catalogue", "nav.catalogue", Set.of()),
            new Entry("/notifications", "nav.notifications", Set.of()));

    List<Entry> entriesFor(CurrentUser user) {
        return ENTRIES.stream().filter(entry -> entry.visibleTo(user)).toList();
    }

    /** Where a user lands after logging in: the first page of their role. */
    String startPage(CurrentUser user) {
        if (user.has(Roles.CLUSTER_MANAGER)) {
            return "/my-cluster";
        }
        if (user.isAnonymous()) {
            return "/";
        }
        return "/tasks";
    }
}
