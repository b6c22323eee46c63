/**
 * In-app notifications: reminders and escalations addressed to a user, or to everyone holding a role (for cluster
 * managers, of one cluster). No mail server is assumed; every user sees their notifications in the application.
 */
package dk.ecei.notification;
