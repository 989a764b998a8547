-- application.yml moves the engine from history level full (3) to audit (2) (issue 7,
-- docs/performance.md). The engine refuses to start when its configured level differs from the one
-- recorded in the database, so a database that ran at full is moved with it; a new one has no row yet.
update act_ge_property set value_ = '2' where name_ = 'historyLevel' and value_ = '3';
