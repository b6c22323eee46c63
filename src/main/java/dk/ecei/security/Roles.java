package dk.ecei.security;

/** The Keycloak realm roles; the same names are the candidate groups in the BPMN models. */
public final class Roles {

    public static final String CLUSTER_MANAGER = "cluster-manager";
    public static final String ASSESSOR = "assessor";
    public static final String SUPPORT_STAFF = "support-staff";
    public static final String ADMIN = "admin";

    /** Authority prefix that carries the cluster a cluster manager belongs to, e.g. CLUSTER_7. */
    public static final String CLUSTER_AUTHORITY_PREFIX = "CLUSTER_";

    private Roles() {
    }
}
