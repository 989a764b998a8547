-- The size of each executive committee over time (Party congresses and by-elections change it):
-- the base of a committee's vote (8-KNĐ, 15-KNĐ) is the row with the latest valid_from on or
-- before the meeting, never a number typed into the form.
create table committee_size (
    organization_id varchar(64) not null references organization (id),
    valid_from      date        not null,
    members         integer     not null check (members > 0),
    primary key (organization_id, valid_from)
);

-- Decision numbers issued by a deciding body (9-KNĐ admission, recognition or removal decision):
-- one number per body, form and year. The primary key makes two concurrent uses of a number
-- fail in the database, not only in a check that both could pass.
create table issued_decision_number (
    body_id       varchar(64) not null references organization (id),
    form_code     varchar(20) not null,
    decision_year integer     not null,
    number_key    varchar(60) not null,
    decision_number varchar(60) not null,
    case_id         varchar(30) not null,
    issued_at     timestamp   not null,
    primary key (body_id, form_code, decision_year, number_key)
);
