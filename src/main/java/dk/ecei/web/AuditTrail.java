package dk.ecei.web;

import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.Violation;
import java.time.Instant;
import java.util.Comparator;
import dk.ecei.label.LabelView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail of an aggregate as a reader sees it: when (Danish time, the reader's way), who (by name, see
 * {@link PeopleNames}), what (a text of the reader's language chosen by the entry's action) and the detail, stored as
 * codes with their arguments and read in the reader's language (people by name, dates the reader's way); an entry
 * stored before codes shows its detail as it was written.
 */
@Component("auditTrail")
class AuditTrail {

    static final String ASSESSMENT = "Assessment";
    static final String CLUSTER = "Cluster";
    static final String LABEL = "Label";
    static final String ASSESSOR = "Assessor";

    private final AuditLog audit;
    private final PeopleNames people;
    private final MessageSource messages;
    private final Formats formats;

    AuditTrail(AuditLog audit, PeopleNames people, MessageSource messages, Formats formats) {
        this.audit = audit;
        this.people = people;
        this.messages = messages;
        this.formats = formats;
    }

    /** One line of the trail; {@code subject} names the aggregate where a trail joins several (a cluster's labels). */
    public record Entry(Instant occurredAt, String when, String who, String what, String subject, String detail) {
    }

    /** The trail of one aggregate, oldest first; templates call it for a page whose controller already checked access. */
    public List<Entry> of(String aggregateType, Long id) {
        return entries(audit.history(aggregateType, id), e -> null);
    }

    /** A cluster's trail joined with its labels' trails; each entry says whether it concerns the cluster or which label. */
    public List<Entry> ofCluster(Long clusterId, List<LabelView> labels) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> labelSubjects = new LinkedHashMap<>();
        for (LabelView label : labels) {
            String level = messages.getMessage("level." + label.level(), null, locale);
            labelSubjects.put(label.id(), messages.getMessage("trail.subjectLabel",
                    new Object[] {level, formats.date(label.awardedOn())}, locale));
        }
        String cluster = messages.getMessage("trail.subjectCluster", null, locale);
        List<AuditEvent> events = new java.util.ArrayList<>(audit.history(CLUSTER, clusterId));
        events.addAll(audit.history(LABEL, labelSubjects.keySet()));
        events.sort(Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId));
        return entries(events, e -> CLUSTER.equals(e.getAggregateType()) ? cluster : labelSubjects.get(e.getAggregateId()));
    }

    /** Who acted is named once per user: the assessor register's names in one statement. */
    private List<Entry> entries(List<AuditEvent> events, java.util.function.Function<AuditEvent, String> subject) {
        Map<AuditEvent, List<Violation>> details = new java.util.IdentityHashMap<>();
        events.forEach(e -> details.put(e, e.details()));
        java.util.Set<String> named = events.stream().map(AuditEvent::getActor).collect(java.util.stream.Collectors.toSet());
        details.values().forEach(d -> named.addAll(Violation.people(d)));
        Map<String, String> names = people.names(named);
        return events.stream()
                .map(e -> new Entry(e.getOccurredAt(), formats.dateTime(e.getOccurredAt()),
                        names.getOrDefault(e.getActor(), e.getActor()), what(e), subject.apply(e),
                        detail(details.get(e), names)))
                .toList();
    }

    /** The detail in the reader's language: each code resolved (people by name), texts as written. */
    private String detail(List<Violation> detail, Map<String, String> names) {
        return String.join(" ", detail.stream().map(v -> formats.text(PeopleNames.named(v, names)).replaceFirst("^[,:;]\\s*", "").strip())
                .filter(t -> !t.isEmpty()).toList());
    }

    private String what(AuditEvent e) {
        String fallback = messages.getMessage("trail.other", null, "?", LocaleContextHolder.getLocale());
        return messages.getMessage("trail." + e.getAggregateType() + "." + e.getAction(), null, fallback,
                LocaleContextHolder.getLocale());
    }
}
