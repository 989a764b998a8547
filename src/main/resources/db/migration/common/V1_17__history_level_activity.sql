-- application.yml moves the engine from history level audit (2) to activity (1) (issue 7,
-- docs/performance.md): the last value of each variable (ACT_HI_VARINST) was half of a case's history
-- rows and no screen reads it. The engine refuses to start when its configured level differs from the
-- one recorded in the database, so a database that ran at audit (or full, before V1_10) is moved with
-- it; a new one has no row yet. History already written stays until its removal time.
update act_ge_property set value_ = '1' where name_ = 'historyLevel' and value_ in ('2', '3');
