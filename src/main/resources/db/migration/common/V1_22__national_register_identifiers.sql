-- The identifiers the national Party-member register uses (issue 15, item 5). The citizen ID
-- (số định danh cá nhân, on the CCCD) belongs to the person; the Party card number (số thẻ đảng
-- viên, issued after recognition as an official member) and the profile number (số lý lịch đảng
-- viên) to the member record. Each is optional and unique where set: a plain unique index, since
-- both H2 and PostgreSQL let any number of NULLs through one (H2 has no partial indexes). Their
-- format is checked in one place, vn.partyadmission.membership.NationalIdentifiers.
alter table person add column citizen_id varchar(12);
create unique index person_citizen_id_uq on person (citizen_id);

alter table member_record add column party_card_number varchar(12);
alter table member_record add column profile_number varchar(12);
create unique index member_record_party_card_number_uq on member_record (party_card_number);
create unique index member_record_profile_number_uq on member_record (profile_number);
