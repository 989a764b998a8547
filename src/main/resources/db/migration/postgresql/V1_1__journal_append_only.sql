-- The member journal is a record of people's standing: it is never rewritten.
create function member_journal_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'member_journal is append-only: % refused', tg_op;
end;
$$;

create trigger member_journal_no_update_delete
    before update or delete on member_journal
    for each row execute function member_journal_append_only();
