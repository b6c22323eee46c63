/**
 * The documents a cluster receives: the Bronze benchmarking report with its anonymised peer comparison, the Silver
 * and Gold reports, the certificate of each label (issued when the label is written, on {@code LabelAwarded}) as page
 * and PDF, and the public verification of a certificate number. It reads the other modules through their services
 * and keeps only its own table of certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package dk.ecei.document;
