package dk.ecei.notification;

import dk.ecei.assessor.AssessorService;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterView;
import dk.ecei.shared.Notifying.ClusterRef;
import dk.ecei.shared.Notifying.PersonRef;
import dk.ecei.shared.Notifying.TextRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a notice's code and arguments into the subject and body one reader reads, in their language: a cluster by
 * its name, a person by their name, a level or a step by its text, a day or an instant the language's way in Danish
 * time (the one Clock's zone).
 */
@Component
class NoticeTexts {

    /** One notice as a reader reads it. */
    record Text(String subject, String body) {
    }

    private final MessageSource messages;
    private final ClusterService clusters;
    private final AssessorService assessors;
    private final PersonDirectory people;
    private final Clock clock;

    NoticeTexts(MessageSource messages, ClusterService clusters, AssessorService assessors, PersonDirectory people,
            Clock clock) {
        this.messages = messages;
        this.clusters = clusters;
        this.assessors = assessors;
        this.people = people;
        this.clock = clock;
    }

    Text resolve(String code, List<Object> arguments, Locale locale) {
        Set<Long> clusterIds = new HashSet<>();
        arguments.forEach(a -> {
            if (a instanceof ClusterRef c) {
                clusterIds.add(c.id());
            }
        });
        Map<Long, ClusterView> named = clusterIds.isEmpty() ? Map.of() : clusters.byIds(clusterIds);
        Object[] resolved = arguments.stream().map(a -> resolve(a, named, locale)).toArray();
        return new Text(messages.getMessage(code + ".subject", resolved, locale),
                messages.getMessage(code + ".body", resolved, locale));
    }

    private Object resolve(Object argument, Map<Long, ClusterView> clustersById, Locale locale) {
        if (argument instanceof ClusterRef c) {
            return Optional.ofNullable(clustersById.get(c.id())).map(ClusterView::name)
                    .orElseGet(() -> messages.getMessage("notice.unknownCluster", new Object[] {String.valueOf(c.id())}, locale));
        } else if (argument instanceof PersonRef p) {
            return nameOf(p.username());
        } else if (argument instanceof TextRef t) {
            return messages.getMessage(t.code(), null, t.code(), locale);
        } else if (argument instanceof LocalDate day) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
        } else if (argument instanceof Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale).withZone(clock.getZone()).format(instant);
        }
        return argument;
    }

    /** A person by the name the identity provider gave, else the assessor register's, else their user name. */
    String nameOf(String username) {
        return people.find(username).map(PersonDirectory.Person::displayName).filter(n -> n != null && !n.isBlank())
                .or(() -> assessors.search(username, null, null).stream()
                        .filter(a -> a.username().equals(username)).findFirst().map(a -> a.fullName()))
                .orElse(username);
    }
}
