-- Counts per unit kept by the application in the transaction of the change that causes them
-- (issue 7: a national or provincial report must not count millions of rows). A person in a cell
-- counts in the cell's row and in the row of every unit above it; units are never re-parented,
-- so a unit's row is always the count of its subtree. V1_14 fills them from the register.

-- members per unit and status (the total of GET /api/members, the reports' village heads)
create table member_tally (
    unit_id       varchar(64) not null,
    status        varchar(30) not null,
    members       integer     default 0 not null,
    village_heads integer     default 0 not null,
    primary key (unit_id, status)
);

-- probationary members per unit and day their probation ends: a report's "due for recognition"
-- counts of a province or the country without reading their members
create table probation_tally (
    unit_id            varchar(64) not null,
    probation_end_date date        not null,
    members            integer     default 0 not null,
    primary key (unit_id, probation_end_date)
);

-- admissions that stood, per unit (cells included) and month of the decision (yyyymm)
create table admitted_tally (
    unit_id        varchar(64) not null,
    decision_month integer     not null,
    n              integer     default 0 not null,
    primary key (unit_id, decision_month)
);

-- the same broken down by gender, age at the decision, ethnicity, Youth Union and sector, for
-- committees only: a cell's breakdown has as many rows as its new members, who are counted directly
create table admission_tally (
    unit_id        varchar(64) not null,
    decision_month integer     not null,
    dimension      varchar(20) not null,
    dim_value      varchar(60) not null,
    n              integer     default 0 not null,
    primary key (unit_id, decision_month, dimension, dim_value)
);

-- The cell of a member record's person, kept with it (MemberRepository sets it on insert and moves it
-- with the person), so the lists of a district report (members due for recognition, new members of a
-- cell) are read from member_record by cell, not by probing member_record once per person of the
-- district (7,860 probes for one district of the national register).
alter table member_record add column cell_id varchar(64);
update member_record set cell_id = (select p.cell_id from person p where p.id = member_record.person_id);
create index member_record_cell_decision_idx on member_record (cell_id, admission_decision_date);
