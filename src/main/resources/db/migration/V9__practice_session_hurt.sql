-- Whether any exercise of a session hurt, kept on the session itself: her history (read on
-- every /today and /progress) then needs no look into each session's exercises
-- (docs/performance.md, "Signed-in pages").
alter table practice_session add column hurt boolean default false not null;

update practice_session set hurt = true
 where exists (select 1 from practice_exercise e where e.session_id = practice_session.id and e.hurt = true);
