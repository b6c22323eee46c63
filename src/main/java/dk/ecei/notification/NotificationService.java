package dk.ecei.notification;

import dk.ecei.security.CurrentUser;
import dk.ecei.shared.Notifying.Notice;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final NoticeTexts texts;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NoticeTexts texts, Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    /** Stores the in-app copy of a notice (to its user, or to everybody with its role). */
    void store(Notice notice) {
        notifications.save(new Notification(notice.username(), notice.role(), notice.clusterId(), notice.kind(),
                notice.code(), NoticeArguments.encode(notice.arguments()), notice.link(), clock.instant()));
    }

    /** The caller's notifications, newest first, in the language of the request (Danish unless English was asked). */
    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        return mineIn(LocaleContextHolder.getLocale());
    }

    @Transactional(readOnly = true)
    public List<NotificationView> mineIn(Locale locale) {
        CurrentUser user = CurrentUser.get();
        Set<String> roles = user.roles().isEmpty() ? Set.of("-") : user.roles();
        boolean allClusters = user.isSupportStaff();
        Locale reader = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : PersonDirectory.DANISH;
        return notifications.visibleTo(user.username(), roles, user.clusterId().orElse(-1L), allClusters).stream()
                .map(n -> view(n, reader)).toList();
    }

    private NotificationView view(Notification n, Locale reader) {
        if (n.getCode() == null) {
            return new NotificationView(n.getId(), n.getRecipientUser(), n.getRecipientRole(), n.getClusterId(), null, null,
                    n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt());
        }
        NoticeTexts.Text text = texts.resolve(n.getCode(), NoticeArguments.decode(n.getArguments()), reader);
        return new NotificationView(n.getId(), n.getRecipientUser(), n.getRecipientRole(), n.getClusterId(), n.getKind(),
                n.getCode(), text.subject(), text.body(), n.getLink(), n.getCreatedAt());
    }
}
