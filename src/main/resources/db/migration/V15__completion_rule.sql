-- Issue 16: courses may require their practice tasks. A completion records the rule it was earned under, so a
-- learner who completed under "lessons-and-quizzes" keeps that completion when the course starts requiring tasks.
ALTER TABLE enrolment ADD COLUMN completed_rule VARCHAR(40);
-- every completion before this migration was earned under the only rule the shipped courses used
UPDATE enrolment SET completed_rule = 'lessons-and-quizzes' WHERE completed_at IS NOT NULL;
