/**
 * The indicator catalogue: versioned sets of indicator categories and indicators for the Bronze benchmark and the
 * Gold (and Silver) audit, with the kind of answer each expects and the Gold threshold. A published version never
 * changes; support staff replace the catalogue by publishing a new version, and every assessment keeps the version
 * it started with.
 */
package dk.ecei.indicator;
