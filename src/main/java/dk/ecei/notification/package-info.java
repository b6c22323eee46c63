/**
 * Notifications in the app and by e-mail: the notices of every {@code Notifying} domain event, addressed to a user
 * or to everyone holding a role (for cluster managers, of one cluster), resolved in each reader's language. The
 * mails go through a durable outbox (table mail_outbox) that every node sends from, claiming each mail so that it
 * goes out once; the person directory (filled at login) says who has which address, language and mail choices.
 */
package dk.ecei.notification;
