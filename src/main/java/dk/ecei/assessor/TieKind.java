package dk.ecei.assessor;

/** How an assessor is or was bound to a cluster; any kind makes them partial for the conflict period. */
public enum TieKind {
    MEMBER,
    EMPLOYEE,
    CONSULTANT
}
