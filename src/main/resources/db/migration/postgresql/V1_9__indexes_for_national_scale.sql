-- Indexes Camunda 7.24's own schema (V1_6) lacks, for Tasklist at national scale (issue 7; measured
-- before and after by the benchmark, figures in docs/performance.md):
--  * "what I completed" (HistoricTaskInstanceQuery by assignee, newest first): ACT_HI_TASKINST has
--    no ASSIGNEE_ index, so the query reads the whole task history;
--  * group queues (TaskQuery by candidate group): ACT_RU_IDENTITYLINK has single-column indexes only.
create index if not exists act_idx_hi_task_assignee_end on act_hi_taskinst (assignee_, end_time_);
create index if not exists act_idx_ident_lnk_group_type_task on act_ru_identitylink (group_id_, type_, task_id_);
