/**
 * The national register of ECEI labels (Bronze, Silver, Gold): what each cluster holds, from when and until when,
 * where it came from, and the validity and renewal rules.
 */
package dk.ecei.label;
