-- A case ended by the person's situation (issue 15, item 1): withdrawal, death, moving away or a
-- disqualification found later. One row per case (the key refuses a second ending of one case, also
-- from two nodes at once); the member journal and the audit log carry the same facts in words.
create table case_ending (
    case_id         varchar(30)   primary key references admission_case (id),
    reason          varchar(20)   not null,
    ended_on        date          not null,
    note            varchar(1000) not null,
    document_number varchar(60),
    from_status     varchar(30)   not null,
    to_status       varchar(30)   not null,
    actor           varchar(100)  not null,
    recorded_at     timestamp     not null
);
