/**
 * Reorganisations of the Party tree (dissolution, merger, the 2025 abolition of the district
 * level): closes the old units, moves their people and re-routes their open cases and tasks to
 * the successors, in one transaction. See docs/reorganization.md.
 */
package vn.partyadmission.reorganization;
