package dk.ecei.shared;

import java.util.Collection;
import java.util.Map;

/**
 * People by name where a reason names them by user name ({@link Violation#person}): implemented where the names are
 * known (the assessor register, the identity provider's names), so that shared and domain code need not know where.
 */
public interface PersonNames {

    /** The name of each given user name that has one; a user name without a name may be missing. */
    Map<String, String> names(Collection<String> usernames);
}
