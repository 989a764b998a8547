-- Grants on a case's history (ACT_RU_AUTHORIZATION, resource type 20 = HISTORIC_PROCESS_INSTANCE)
-- written while the instance started were stored without the root process instance, so the engine
-- never set their removal time and history cleanup would never remove them (issue 7,
-- docs/performance.md). CaseAccess now saves them again when a case ends; this ties the ones written
-- before: root and removal time as on the instance's history (null while the case runs: the engine
-- sets it by root when the case ends).
update act_ru_authorization
set root_proc_inst_id_ = (select h.root_proc_inst_id_ from act_hi_procinst h where h.id_ = act_ru_authorization.resource_id_),
    removal_time_ = (select h.removal_time_ from act_hi_procinst h where h.id_ = act_ru_authorization.resource_id_)
where resource_type_ = 20
  and root_proc_inst_id_ is null
  and exists (select 1 from act_hi_procinst h where h.id_ = act_ru_authorization.resource_id_);
