package dk.ecei.notification;

import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.AssessorView;
import dk.ecei.security.Roles;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Notifying.Notice;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Puts the mails of a notice into the outbox, one per person it reaches who has an address and has not turned
 * e-mail off for its kind, each written in that person's language. A notice to a user reaches them; one to a role
 * reaches everybody the directory knows with it (cluster managers: of the notice's cluster). Whoever the directory
 * does not know yet is looked up in the assessor register (name and e-mail).
 */
@Component
class NoticeMails {

    private final PersonDirectory people;
    private final AssessorService assessors;
    private final NoticeTexts texts;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final MailSettings settings;

    NoticeMails(PersonDirectory people, AssessorService assessors, NoticeTexts texts, MailComposer composer,
            MailOutbox outbox, MailSettings settings) {
        this.people = people;
        this.assessors = assessors;
        this.texts = texts;
        this.composer = composer;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** Adds the notice's mails; {@code key} names the notice uniquely, so a second delivery adds none. */
    int enqueue(Notice notice, String key) {
        int added = 0;
        for (PersonDirectory.Person person : recipients(notice)) {
            String email = address(person);
            if (email == null || people.mailOff(person.username()).contains(notice.kind())) {
                continue;
            }
            Locale locale = person.locale();
            NoticeTexts.Text text = texts.resolve(notice.code(), notice.arguments(), locale);
            MailComposer.Composed mail = composer.compose(text, person.displayName(), notice.link(), locale);
            if (outbox.add(sha256(key + "|" + person.username() + "|" + email), person.username(), email,
                    person.displayName(), locale.getLanguage(), notice.kind(), mail.subject(), mail.text(), mail.html())) {
                added++;
            }
        }
        return added;
    }

    private List<PersonDirectory.Person> recipients(Notice notice) {
        if (notice.username() != null) {
            return people.find(notice.username()).or(() -> fromAssessorRegister(notice.username())).stream().toList();
        }
        return people.withRole(notice.role(), Roles.CLUSTER_MANAGER.equals(notice.role()) ? notice.clusterId() : null);
    }

    private Optional<PersonDirectory.Person> fromAssessorRegister(String username) {
        try {
            AssessorView assessor = assessors.getByUsername(username);
            Locale locale = assessor.languages() != null && !assessor.languages().isEmpty()
                    && assessor.languages().stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).startsWith("da"))
                    ? Locale.ENGLISH : PersonDirectory.DANISH;
            return Optional.of(new PersonDirectory.Person(username, assessor.fullName(), assessor.email(), locale,
                    Set.of(Roles.ASSESSOR), null));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** Where the person's mails go: their address, else (demo only) one made from the user name; null if none. */
    String address(PersonDirectory.Person person) {
        if (person.email() != null && !person.email().isBlank()) {
            return person.email();
        }
        return settings.demoAddressDomain() == null || settings.demoAddressDomain().isBlank() ? null
                : person.username() + "@" + settings.demoAddressDomain();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
