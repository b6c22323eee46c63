/**
 * Cross-cutting building blocks every capability uses: the audit trail (who changed what, when), the domain
 * exceptions and their single mapping to application/problem+json, and the current actor.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.ecei.shared;
