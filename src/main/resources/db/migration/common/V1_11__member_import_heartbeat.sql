-- An import is worked by one node's background thread. The heartbeat tells the other nodes that
-- the thread is alive; an import whose heartbeat stopped (its node died) is marked FAILED by any node.
alter table member_import add column heartbeat_at timestamp;
update member_import set heartbeat_at = started_at;
create index member_import_running_idx on member_import (status, heartbeat_at);
