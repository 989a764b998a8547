/**
 * Spring Security owns authentication for the webapps, the Camunda REST API and the project's API;
 * users, groups and memberships live in Camunda's identity service, so Tasklist, Cockpit and Admin
 * see the same people and groups that authorizations refer to.
 */
package vn.partyadmission.security;
