package vn.partyadmission.casework;

/**
 * A case's admission process ended, completed or cancelled (its probation, if it had one, ended
 * with or before it): published by the process's end listener inside the engine's transaction.
 */
public record CaseEnded(String processInstanceId) {
}
