/**
 * The admission case: opened by a cell for one of its people, run by the admission process
 * (processes/admission.bpmn) through dossier, votes and decision to the ceremony. The task
 * listeners and delegates here are thin adapters named after their BPMN activity; the rules live
 * in the step services.
 */
package vn.partyadmission.admission;
