package dk.ecei.shared;

/**
 * A domain event that is also a state change to audit: which aggregate changed, what happened and the detail a
 * reader of the trail needs. {@link AuditLog} records every such event in the transaction that publishes it, so the
 * change and its audit entry commit together; shared knows this interface, not the modules that implement it.
 */
public interface AuditedChange {

    String aggregateType();

    Long aggregateId();

    /** The audit action, e.g. {@code SUBMITTED}. */
    String action();

    /**
     * What changed as codes with their arguments (people by {@link Violation#person}, dates as dates), read in each
     * reader's language on the trail; a text a person wrote as {@link Violation#text}.
     */
    java.util.List<Violation> auditDetail();
}
