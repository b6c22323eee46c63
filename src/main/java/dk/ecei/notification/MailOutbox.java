package dk.ecei.notification;

import dk.ecei.shared.Notifying.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable outbox of mails (table mail_outbox). A mail is written in the same transaction as its in-app
 * notification, which runs only after the change it tells of committed; the senders take it from here. A mail is
 * claimed by one sender with a conditional update (only a row nobody holds, or whose hold has run out, changes), so
 * two application nodes on one database never send it both; a node that dies holding it leaves it to another when
 * the hold ends. Sending is therefore at least once: a node that dies after the SMTP server took a mail but before
 * it marked it sent may have it sent again.
 */
@Component
class MailOutbox {

    enum Status { PENDING, SENT, FAILED }

    /** A mail as written, to send or to show support staff. */
    record Mail(long id, String recipientUser, String recipientEmail, String recipientName, String locale, Kind kind,
            String subject, String textBody, String htmlBody, Status status, int attempts, Instant nextAttemptAt,
            String lastError, Instant createdAt, Instant sentAt) {
    }

    private final JdbcClient db;
    private final Clock clock;

    MailOutbox(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Adds a mail in the caller's transaction, unless one with the same key is there: a notification listener that
     * the event registry runs again after a crash adds nothing twice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean add(String dedupeKey, String recipientUser, String email, String name, String locale, Kind kind,
            String subject, String textBody, String htmlBody) {
        Instant now = clock.instant();
        // One statement: the unique dedupe key refuses a mail that is there already (no look-up before).
        try {
            db.sql("""
                insert into mail_outbox (dedupe_key, recipient_user, recipient_email, recipient_name, locale, kind,
                    subject, text_body, html_body, status, attempts, next_attempt_at, created_at)
                values (:key, :user, :email, :name, :locale, :kind, :subject, :text, :html, 'PENDING', 0, :now, :now)""")
                .param("key", dedupeKey).param("user", recipientUser).param("email", email).param("name", name)
                .param("locale", locale).param("kind", kind.name()).param("subject", subject).param("text", textBody)
                .param("html", htmlBody).param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        return true;
    }

    /**
     * Claims up to {@code limit} mails that are due and held by nobody, for {@code node}, until {@code holdUntil}: one
     * conditional update for them all (of two nodes after the same mails, the one whose update takes the rows first
     * keeps them; the other's then finds them held), then those this claim holds.
     */
    @Transactional
    List<Mail> claimDue(String node, int limit, Instant holdUntil) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> due = db.sql("""
                select id from mail_outbox
                where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
                order by next_attempt_at, id limit :limit""")
                .param("now", now).param("limit", limit).query(Long.class).list();
        if (due.isEmpty()) {
            return List.of();
        }
        // The claim's own time marks its rows (stored to the microsecond, so whole milliseconds compare exactly).
        Timestamp until = Timestamp.from(holdUntil.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        db.sql("""
                update mail_outbox set claimed_by = :node, claimed_until = :until
                where id in (:ids) and status = 'PENDING' and (claimed_until is null or claimed_until < :now)""")
                .param("node", node).param("until", until).param("ids", due).param("now", now).update();
        return db.sql("select * from mail_outbox where id in (:ids) and claimed_by = :node and claimed_until = :until order by id")
                .param("ids", due).param("node", node).param("until", until).query((rs, n) -> mail(rs)).list();
    }

    /** The mails the SMTP server took, all in one statement; only those this node still holds. */
    @Transactional
    void sent(Collection<Long> ids, String node) {
        if (ids.isEmpty()) {
            return;
        }
        db.sql("""
                update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, claimed_by = null,
                    claimed_until = null, last_error = null
                where id in (:ids) and claimed_by = :node""")
                .param("now", Timestamp.from(clock.instant())).param("ids", ids).param("node", node).update();
    }

    /** A failed attempt: tried again at {@code retryAt}, or, when {@code giveUp}, left failed for support staff. */
    @Transactional
    void failed(long id, String node, String error, Instant retryAt, boolean giveUp) {
        db.sql("""
                update mail_outbox set status = :status, attempts = attempts + 1, next_attempt_at = :retry,
                    last_error = :error, claimed_by = null, claimed_until = null
                where id = :id and claimed_by = :node""")
                .param("status", giveUp ? "FAILED" : "PENDING").param("retry", Timestamp.from(retryAt))
                .param("error", error == null ? "?" : error.substring(0, Math.min(error.length(), 1000)))
                .param("id", id).param("node", node).update();
    }

    /** Support staff send a failed mail again: it is due at once, with its attempts counted afresh. */
    @Transactional
    boolean retry(long id) {
        return db.sql("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'FAILED'""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update() == 1;
    }

    /** The mails not (yet) delivered: failed ones first, then those waiting for a retry; at most {@code limit}. */
    @Transactional(readOnly = true)
    List<Mail> undelivered(int limit) {
        return db.sql("""
                select * from mail_outbox where status = 'FAILED' or (status = 'PENDING' and attempts > 0)
                order by status, next_attempt_at, id limit :limit""")
                .param("limit", limit).query((rs, n) -> mail(rs)).list();
    }

    @Transactional(readOnly = true)
    List<Mail> toUser(String username, int limit) {
        return db.sql("select * from mail_outbox where recipient_user = :user order by id desc limit :limit")
                .param("user", username).param("limit", limit).query((rs, n) -> mail(rs)).list();
    }

    private static Mail mail(ResultSet rs) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Mail(rs.getLong("id"), rs.getString("recipient_user"), rs.getString("recipient_email"),
                rs.getString("recipient_name"), rs.getString("locale"), Kind.valueOf(rs.getString("kind")),
                rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }
}
