-- Counts of admission cases per unit, kept by the application in the transaction of the engine step
-- that changes them (issue 7), as V1_13's tallies are: a national report read the engine's task
-- history of every case (up to 1 s) and the country's open cases. A case counts in its cell's row
-- and in the row of every unit above it. V1_18_1 (TallyMigration) fills them.

-- open cases per unit and stage (admission_case.stage): the report's "open cases by stage (now)"
create table open_case_tally (
    unit_id varchar(64) not null,
    stage   varchar(64) not null,
    cases   integer     default 0 not null,
    primary key (unit_id, stage)
);

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
