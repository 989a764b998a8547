package vn.partyadmission.membership;

/**
 * Published in the transaction that registers a person or changes their record's status or
 * admission decision date, for read models kept in the same transaction (the reports' tallies).
 * {@code before} is null for a person just registered; a person transferred to another cell is
 * published twice, as leaving the old cell ({@code after} null) and joining the new ({@code before} null).
 */
public record MemberChanged(Person person, MemberRecord before, MemberRecord after) {
}
