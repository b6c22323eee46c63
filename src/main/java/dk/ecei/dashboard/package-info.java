/**
 * The national dashboard of the support function: labels held per level on a date and month by month (nationally,
 * by field, by region) against the label goal, the assessments in progress, a forecast, the labels about to expire,
 * the assessors' workload, and the public label register. Read-side only: native SQL over the register tables,
 * exported as JSON, CSV or an Excel workbook.
 */
package dk.ecei.dashboard;
