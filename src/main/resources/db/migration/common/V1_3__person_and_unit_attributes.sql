-- What the organizing commissions report on (seed article): village heads and residential-group
-- leaders who are members, and Party organizations in private enterprises.
alter table person add column village_head boolean default false not null;
alter table person add column sector varchar(40) default 'OTHER' not null;
alter table organization add column sector varchar(40) default 'PARTY' not null;
