-- Admission targets a committee sets for a unit and a year (e.g. Decision 1188 of the district's
-- standing committee); the reports put what was admitted against them. Shares and counts of new
-- organizations are optional: not every unit is given one.
create table admission_target (
    organization_id           varchar(64)  not null references organization (id),
    target_year               integer      not null,
    new_members               integer      not null,
    village_head_share_percent integer,
    private_enterprise_orgs   integer,
    set_by                    varchar(100) not null,
    set_at                    timestamp    not null,
    primary key (organization_id, target_year)
);
