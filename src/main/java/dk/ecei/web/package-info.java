/**
 * The web interface: server-rendered pages (Thymeleaf) for cluster managers, assessors and support staff, in Danish
 * (the default) and English. Page controllers call the capability services only, never repositories, so every
 * access rule of the API holds on the pages too. The navigation per role is defined once, in {@link dk.ecei.web.Navigation}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web interface")
package dk.ecei.web;
