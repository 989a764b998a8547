-- Official documents (issue 16): each resolution and decision of a case as the document the Party
-- files, fixed when its step completes. A row is never changed: a correction is a new version
-- with a reason that names the version it replaces, and the old one is kept.
create table official_document (
    id              varchar(40)  not null primary key,
    case_id         varchar(30)  not null,
    person_id       varchar(64)  not null,
    form_code       varchar(20)  not null,
    document_number varchar(60)  not null,
    issuing_body_id varchar(64)  not null,
    document_year   integer      not null,
    document_date   date         not null,
    version         integer      not null check (version > 0),
    replaces_id     varchar(40)  references official_document (id),
    reason          varchar(1000),
    sha256          varchar(64)  not null,
    pdf             bytea        not null,
    docx            bytea        not null,
    -- what the step recorded (votes, dates) as JSON: a correction re-renders from it and the register
    facts           varchar(4000) not null,
    created_by      varchar(64)  not null,
    created_at      timestamp    not null,
    unique (case_id, form_code, version)
);

create index official_document_person on official_document (person_id);
