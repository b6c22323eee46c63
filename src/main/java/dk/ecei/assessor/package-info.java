/**
 * The assessor register: the trained experts (Keycloak users) who benchmark, audit and assess clusters, the
 * qualifications they hold and until when, and their ties to clusters; and the impartiality rules that decide
 * whether an expert may take an assignment (qualified on the day, no recent tie to the cluster, two different
 * experts for Gold, at least one of them from abroad).
 */
package dk.ecei.assessor;
