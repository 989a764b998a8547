/**
 * The member's life around a case: a case ended by the person's situation (withdrawal, death, moving
 * away, a disqualification found later) and the transfer of Party membership (chuyển sinh hoạt đảng)
 * between cells, communes and provinces. Built on the public APIs of admission (the case and moving
 * it to another cell), casework (the case file's route and mentor), membership (standing and journal)
 * and organization (who acts for a cell); the engine's own API ends a case's process instances.
 * See docs/member-life.md.
 */
package vn.partyadmission.movement;
