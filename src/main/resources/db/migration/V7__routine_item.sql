-- One word for one thing (docs/architecture.md, "Vocabulary"): an exercise within a
-- curated routine is a routine item; "step" is kept for an exercise's instruction sentences.
alter table routine_step rename to routine_item;
alter index routine_step_routine_idx rename to routine_item_routine_idx;
alter index routine_step_exercise_idx rename to routine_item_exercise_idx;
