/**
 * Demo data (profile demo): the Tam Dương district of the seed article with its 48 grassroots
 * organizations, its members, the 2025-07-01 reform into commune committees, and demo users.
 */
package vn.partyadmission.demo;
