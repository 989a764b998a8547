/**
 * Working days in Vietnam: weekends, the public holidays of the Labour Code (Art. 112) with the
 * lunar ones computed from the Vietnamese lunar calendar, compensatory days, and the official
 * decisions an administrator records each year. Deadlines in the models are stated with it.
 */
package vn.partyadmission.calendar;
