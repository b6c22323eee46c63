/**
 * The register of cluster organisations: who they are (name, CVR number), what they work on (fields), where
 * (region), how they are run (type, secretariat FTE, committed members by kind) and whether they are eligible
 * for an ECEI label.
 */
package dk.ecei.cluster;
