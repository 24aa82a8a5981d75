-- the all-events view pages through events newest first
create index timeline_event_start_id on timeline_event (start_at, id);
