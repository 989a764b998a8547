/**
 * Casework: what admission and probation both build on. The case file (the case's person, cell,
 * route and progress) is the only source of truth for who acts on a case and which way it goes;
 * the models read it through {@code ${caseFile…}}, never from process variables, which hold only
 * what forms entered. The step envelope binds every listener and delegate to its open case, the
 * vote rules count votes, and case events tell other modules when a case is routed or ends.
 */
package vn.partyadmission.casework;
