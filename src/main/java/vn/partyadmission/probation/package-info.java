/**
 * Twelve months of probation with a mentor and the recognition as an official member or the
 * removal from the list (processes/probation.bpmn), and the changes a cell records during
 * probation: discipline and a new mentor (processes/probation-change.bpmn).
 */
package vn.partyadmission.probation;
