-- The case file (casework module): who acts on a case and which way it goes, read by the models
-- instead of process variables, which any worker of a task could overwrite through the REST API.
-- route: the bodies that act (from the organization tree, re-routed by reforms), as JSON;
-- progress: what the steps decided (vote outcomes, counters, dates, the mentor), as JSON.
create table case_file (
    case_id   varchar(30)   primary key,
    person_id varchar(64)   not null references person (id),
    cell_id   varchar(64)   not null references organization (id),
    route     varchar(4000) not null,
    progress  varchar(4000) not null,
    closed_at timestamp
);

-- Each process instance of a case (its admission, its probation), bound when it starts: a step
-- of an instance that is bound to no open case does nothing.
create table case_process (
    process_instance_id varchar(64) primary key,
    case_id             varchar(30) not null references case_file (case_id)
);
create index case_process_case_idx on case_process (case_id);
