-- Issue 16: every resolution and record a body issues is numbered in its register of the year,
-- like its decisions (V1_20). A resolution series ("NQ") holds several forms of one body (a cell's
-- 6-KNĐ and 13-KNĐ), so the register says which form each number went to.
alter table issued_decision_number add column document_form varchar(20);
update issued_decision_number set document_form = form_code;

-- The last number a body gave in a series and year; the row lock of its update orders two steps
-- of one body that number at the same time.
create table document_number_sequence (
    body_id     varchar(64) not null,
    series      varchar(20) not null,
    number_year integer     not null,
    last_number integer     not null,
    primary key (body_id, series, number_year)
);

-- the ceremony records numbered before this register continue their cell's count of the year
insert into document_number_sequence (body_id, series, number_year, last_number)
select issuing_body_id, 'BB', document_year, count(distinct case_id)
from official_document where form_code = 'BB-KNĐ'
group by issuing_body_id, document_year;
