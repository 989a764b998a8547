-- Membership over time per unit (issue 15): the change of the unit's membership in each month, so a
-- report gives total membership at the start and end of any period and the admission rate without
-- reading every member's row. A member counts from the ceremony (or, for a member taken over from
-- paper, the date the record gives) until leaving the Party (removal from the probationary list);
-- membership at the end of a month is the sum of its changes up to that month. Kept like the other
-- tallies (V1_13) by the application; migration 1.28 counts it the first time.
create table membership_tally (
    unit_id       varchar(64) not null,
    change_month  integer     not null,
    members       integer     default 0 not null,
    village_heads integer     default 0 not null,
    primary key (unit_id, change_month)
);
