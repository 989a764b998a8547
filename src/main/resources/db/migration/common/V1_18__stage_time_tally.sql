-- Completed admission tasks per unit, kept by the application in the transaction of the engine step
-- that completes them (issue 7), as V1_13's tallies are: a national report read the engine's task
-- history of every case (up to 1.5 s). A task counts in the row of its case's person's cell and of
-- every unit above it. Migration 1.18.1 (TallyMigration) fills it.

-- completed tasks of admission processes per unit, month of completion (yyyymm) and task
-- (ACT_HI_TASKINST.TASK_DEF_KEY_): how many, their summed and their longest duration in seconds,
-- the report's "days per stage"
create table stage_time_tally (
    unit_id         varchar(64) not null,
    end_month       integer     not null,
    task            varchar(255) not null,
    tasks           integer     default 0 not null,
    seconds         bigint      default 0 not null,
    longest_seconds bigint      default 0 not null,
    primary key (unit_id, end_month, task)
);
