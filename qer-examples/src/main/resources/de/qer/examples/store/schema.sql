-- The reference host's event store: one append-only table, one row per event.
-- Idempotent: run at every start.

create table if not exists qer_event (
    -- byte order ("C") so that "order by case_id" is the same on every server, whatever its locale
    case_id       text collate "C" not null check (case_id <> ''),
    -- 1, 2, 3, ... per case without gaps: the store appends seq = expected + 1, ...
    seq           bigint      not null check (seq > 0),
    -- the event's stable type name and schema version (the JSON contract's envelope)
    type          text        not null check (type <> ''),
    version       integer     not null check (version > 0),
    business_date date        not null,
    -- from the host's clock, not from now()
    recorded_at   timestamptz not null,
    data          jsonb       not null,
    -- optimistic concurrency: two appends after the same sequence cannot both commit
    constraint qer_event_pkey primary key (case_id, seq)
);

-- append-only: an event, once stored, is never changed or removed
create or replace function qer_event_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'qer_event is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end
$$;

create or replace trigger qer_event_append_only
    before update or delete on qer_event
    for each row execute function qer_event_append_only();
