/**
 * What the organizing commissions report on: admission targets per unit and year, and for any
 * unit and its subtree the admissions against them, where open cases are stuck, days per stage,
 * members due for recognition, village heads who are members and breakdowns of new members, total
 * membership at both ends of the period and the admission rate, grassroots organizations;
 * as JSON, CSV, XLSX and a server-drawn dashboard.
 */
package vn.partyadmission.reporting;
