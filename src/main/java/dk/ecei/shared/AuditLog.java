package dk.ecei.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail of every state change of a cluster, assessment or label. Entries join the caller's transaction,
 * so a change and its audit entry are stored together or not at all: they are kept with the transaction and written
 * in one JDBC batch just before it commits (a workflow step records up to four; each was an insert of its own, as
 * their ids are the database's), or earlier when the trail is read within it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditLog {

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An entry whose detail is a text as it is (a reason a person wrote). */
    public void record(String aggregateType, Long aggregateId, String action, String detail) {
        AuditEvent entry = new AuditEvent(clock.instant(), CurrentActor.name(), aggregateType, aggregateId, action, detail);
        Pending pending = pending(true);
        if (pending == null) {
            events.save(entry);
        } else {
            pending.entries.add(entry);
        }
    }

    /**
     * The entries the current transaction recorded and has not written yet. Null outside a transaction and once the
     * transaction has written them (a listener after its commit that joins it): such an entry is written at once.
     */
    private Pending pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        // The synchronizations are the current transaction's: those of a suspended outer one are not among them.
        for (TransactionSynchronization each : TransactionSynchronizationManager.getSynchronizations()) {
            if (each instanceof Pending pending && pending.log() == this) {
                return pending.written ? null : pending;
            }
        }
        if (!create) {
            return null;
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** One transaction's entries, written in one batch just before it commits. */
    private final class Pending implements TransactionSynchronization {
        private final List<AuditEvent> entries = new ArrayList<>();
        private boolean written;

        AuditLog log() {
            return AuditLog.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(entries);
            written = true;
        }
    }

    /** Writes the entries in one batch, in the order recorded (their ids follow it). */
    private void write(List<AuditEvent> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> rows = entries.stream().map(e -> new Object[] {LocalDateTime.ofInstant(e.getOccurredAt(), ZoneOffset.UTC),
                e.getActor(), e.getAggregateType(), e.getAggregateId(), e.getAction(), e.getDetail()}).toList();
        entries.clear();
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor, aggregate_type, aggregate_id, action, detail)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    /** What the transaction recorded so far is written first, so that a trail read within it holds it. */
    private void writePending() {
        Pending pending = pending(false);
        if (pending != null) {
            write(pending.entries);
        }
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
        writePending();
        return aggregateIds.isEmpty() ? List.of()
                : events.findByAggregateTypeAndAggregateIdInOrderByOccurredAtAscIdAsc(aggregateType, aggregateIds);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<AuditEvent> history(String aggregateType, Long aggregateId) {
        writePending();
        return events.findByAggregateTypeAndAggregateIdOrderByOccurredAtAscIdAsc(aggregateType, aggregateId);
    }
}
