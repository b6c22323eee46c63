package dk.ecei.notification;

import dk.ecei.security.CurrentUser;
import dk.ecei.shared.Notifying.Kind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's mail choices (e-mail per kind of message, and the language of their mails), and for support staff the
 * mails that did not go out (failed, or waiting for a retry) with a button to send a failed one again.
 */
@Controller
class NotificationPages {

    /** The settings form: the kinds to get e-mail for, and the mail language ({@code da} or {@code en}). */
    record MailChoicesForm(Set<Kind> mailOn, String language) {
    }

    private final PersonDirectory people;
    private final MailOutbox outbox;
    private final NoticeMails mails;

    NotificationPages(PersonDirectory people, MailOutbox outbox, NoticeMails mails) {
        this.people = people;
        this.outbox = outbox;
        this.mails = mails;
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        String me = CurrentUser.get().username();
        Set<Kind> off = people.mailOff(me);
        Set<Kind> on = EnumSet.complementOf(off.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(off));
        String language = people.find(me).map(p -> p.locale().getLanguage()).orElse("da");
        model.addAttribute("form", new MailChoicesForm(on, language));
        model.addAttribute("kinds", List.of(Kind.values()));
        model.addAttribute("address", people.find(me).map(mails::address).orElse(null));
        model.addAttribute("sentToMe", outbox.toUser(me, 10));
        return "notification-settings";
    }

    @PostMapping("/notifications/settings")
    String choose(@ModelAttribute("form") MailChoicesForm form, RedirectAttributes flash) {
        String me = CurrentUser.get().username();
        if (people.find(me).isEmpty()) {
            people.remember(new PersonDirectory.Person(me, null, null, PersonDirectory.DANISH, CurrentUser.get().roles(),
                    CurrentUser.get().clusterId().orElse(null)));
        }
        Locale language = "en".equals(form.language()) ? Locale.ENGLISH : PersonDirectory.DANISH;
        people.choose(me, form.mailOn() == null ? Set.of() : form.mailOn(), language);
        flash.addFlashAttribute("saved", "mailSettings.saved");
        return "redirect:/notifications/settings";
    }

    @GetMapping("/notifications/mail")
    String undelivered(Model model) {
        requireSupportStaff();
        model.addAttribute("mails", outbox.undelivered(100));
        return "mail-outbox";
    }

    @PostMapping("/notifications/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes flash) {
        requireSupportStaff();
        flash.addFlashAttribute("saved", outbox.retry(id) ? "mailOutbox.retried" : "mailOutbox.notFailed");
        return "redirect:/notifications/mail";
    }

    private static void requireSupportStaff() {
        if (!CurrentUser.get().isSupportStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
