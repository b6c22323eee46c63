/**
 * The annual performance account (resultatregnskab): support staff open a collection for a year, each cluster
 * manager reports their own cluster's figures while it is open, and the national totals per year are computed and
 * compared with goals 1-4 of the cluster strategy 2016-2018. The national figures 2012-2018 are loaded as history.
 */
package dk.ecei.performance;
