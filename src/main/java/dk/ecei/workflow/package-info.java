/**
 * The glue to the BPMN engine. Every other module talks to {@link dk.ecei.workflow.WorkflowEngine}, never to the
 * Camunda API, so that moving to a maintained Camunda 7 fork (Operaton) touches this package only.
 */
package dk.ecei.workflow;
