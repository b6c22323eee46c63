package dk.ecei.shared;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByAggregateTypeAndAggregateIdOrderByOccurredAtAscIdAsc(String aggregateType, Long aggregateId);

    List<AuditEvent> findByAggregateTypeAndAggregateIdInOrderByOccurredAtAscIdAsc(String aggregateType,
            java.util.Collection<Long> aggregateIds);
}
