package dk.ecei.shared;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of every state change of a cluster, assessment or label. Entries join the caller's transaction,
 * so a change and its audit entry are stored together or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** An entry whose detail is a text as it is (a reason a person wrote). */
    public void record(String aggregateType, Long aggregateId, String action, String detail) {
        events.save(new AuditEvent(clock.instant(), CurrentActor.name(), aggregateType, aggregateId, action, detail));
    }

    /** An entry whose detail is codes with their arguments, stored as such and read in each reader's language. */
    public void record(String aggregateType, Long aggregateId, String action, Violation... detail) {
        record(aggregateType, aggregateId, action, java.util.List.of(detail));
    }

    public void record(String aggregateType, Long aggregateId, String action, List<Violation> detail) {
        record(aggregateType, aggregateId, action, AuditEvent.stored(detail));
    }

    /**
     * Every audited domain event, in the publishing transaction (a synchronous listener, never after commit): the
     * change and its entry commit together, and without a transaction the publisher fails instead of losing the entry.
     */
    @EventListener
    void on(AuditedChange change) {
        record(change.aggregateType(), change.aggregateId(), change.action(), change.auditDetail());
    }

    /** The trails of several aggregates of one type in one statement, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<AuditEvent> history(String aggregateType, java.util.Collection<Long> aggregateIds) {
        return aggregateIds.isEmpty() ? List.of()
                : events.findByAggregateTypeAndAggregateIdInOrderByOccurredAtAscIdAsc(aggregateType, aggregateIds);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<AuditEvent> history(String aggregateType, Long aggregateId) {
        return events.findByAggregateTypeAndAggregateIdOrderByOccurredAtAscIdAsc(aggregateType, aggregateId);
    }
}
