package dk.ecei.shared;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Loads many entities of one type by id through Hibernate's multi-id loader: those already in the persistence context
 * without a statement, the rest in batched {@code in} lists, each statement planned once (a JPQL query with a list
 * parameter is translated again on every call in Hibernate 6.6).
 */
public final class ManyIds {

    private ManyIds() {
    }

    /** The entities of the ids that exist, in no particular order; an unknown id is left out. */
    public static <T> List<T> load(EntityManager entityManager, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Even unordered, Hibernate answers an id that does not exist with a null.
        return entityManager.unwrap(Session.class).byMultipleIds(type).enableOrderedReturn(false).enableSessionCheck(true)
                .multiLoad(List.copyOf(ids)).stream().filter(Objects::nonNull).toList();
    }
}
