/**
 * Who the caller is and what they may do: roles from Keycloak tokens (or the local demo login of the embedded
 * default), the cluster a cluster manager belongs to, and the problem+json answers for 401 and 403.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.ecei.security;
