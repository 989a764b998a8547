/**
 * The person register and one member record per person, whose status only moves forward through
 * the procedure; every change is appended to the member journal, which is never rewritten.
 */
package vn.partyadmission.membership;
