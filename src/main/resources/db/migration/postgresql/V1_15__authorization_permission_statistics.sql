-- Planner statistics for Camunda's authorization check (issue 7; measured in docs/performance.md).
-- Every authorized query joins a subquery on ACT_RU_AUTHORIZATION filtered by `PERMS_ & <permission> =
-- <permission>`. PostgreSQL has no statistics for that expression and guesses 0.5 % per test, so it
-- estimates a handful of grants where a committee has thousands (one per open task it is offered) and
-- nests a loop over them per task: a committee's queue count took 3.4 s at 400 k open tasks. With the
-- expression's statistics it probes the grants of each task by index instead (120 ms, same load).
-- READ is what every list query checks (tasks, process instances, history); READ_TASK and READ_HISTORY
-- are the process-definition-wide alternatives Tasklist and Cockpit check alongside it.
create statistics if not exists act_stat_auth_perms_read on (perms_ & 2) from act_ru_authorization;
create statistics if not exists act_stat_auth_perms_read_task on (perms_ & 64) from act_ru_authorization;
create statistics if not exists act_stat_auth_perms_read_history on (perms_ & 4096) from act_ru_authorization;
analyze act_ru_authorization;
