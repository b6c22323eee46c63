package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.ecei.assessor.AssessorService;
import dk.ecei.config.IcuMessageSource;
import dk.ecei.notification.PersonDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The holders of a table of tasks: roles by their name in the reader's language, people by their name. */
class PeopleNamesTests {

    private final AssessorService assessors = mock(AssessorService.class);
    private final PersonDirectory directory = mock(PersonDirectory.class);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRoleIsNamedInTheReadersLanguageAndAPersonByTheRegistersName() {
        when(assessors.fullNames(anyCollection())).thenReturn(Map.of("assessor1", "Eva Ekspert"));
        when(directory.displayNames(anyCollection())).thenReturn(Map.of("manager-clean", "Karin Klyngeleder"));
        PeopleNames people = new PeopleNames(assessors, directory, messages());

        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        assertThat(people.holders(List.of("support-staff", "assessor1", "manager-clean", "nobody-known", "support-staff")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("support-staff", "Sekretariat (support)", "assessor1", "Eva Ekspert",
                        "manager-clean", "Karin Klyngeleder", "nobody-known", "nobody-known"));

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(people.holders(List.of("cluster-manager"))).containsEntry("cluster-manager", "Cluster manager");
    }

    private static IcuMessageSource messages() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
