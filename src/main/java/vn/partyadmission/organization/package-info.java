/**
 * The Party organization tree (province, commune or former district, grassroots committee,
 * intermediate committee, cell) with effective dates, the competent committee that decides
 * admissions for each subtree, and the succession operation used when a unit is dissolved or merged.
 */
package vn.partyadmission.organization;
