/**
 * The audit log: who signed in (or failed to), who was refused what, and who took which decision on
 * a case, with when and from which address. Rows are only ever inserted (on PostgreSQL a trigger
 * refuses UPDATE and DELETE); administrators read them through GET /api/audit, and nothing writes
 * them over HTTP.
 */
package vn.partyadmission.audit;
