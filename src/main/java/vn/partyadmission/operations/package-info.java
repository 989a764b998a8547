/**
 * What an operator and a container platform see of a running node: liveness and readiness probes
 * and the state of the Camunda job executor. Backup, restore and crash recovery are described in
 * docs/operations.md.
 */
package vn.partyadmission.operations;
