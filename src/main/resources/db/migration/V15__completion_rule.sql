-- Issue 16: courses may require their practice tasks. A completion records the rule it was earned under, so a
-- learner who completed under "lessons-and-quizzes" keeps that completion when the course starts requiring tasks.
ALTER TABLE enrolment ADD COLUMN completed_rule VARCHAR(40);
-- every completion before this migration was earned under the only rule the shipped courses used
UPDATE enrolment SET completed_rule = 'lessons-and-quizzes' WHERE completed_at IS NOT NULL;

-- Nothing recorded "audit-submitted" or "audit-approved" before this release, and profile-optimisation now requires
-- its submit task: learners enrolled in it whose profile was already submitted (or approved) get the task
-- completed from the audit they did, once, instead of waiting for their next audit. (A one-off data migration; from
-- now on the audit's events do this.) The sequence hands out block ends, so one value per row cannot collide with
-- the blocks Hibernate takes.
INSERT INTO practice_completion (id, enrolment_id, task_id, completed_by, evidence, submission, completed_at,
                                 updated_at)
SELECT NEXT VALUE FOR practice_completion_seq, e.id, 'submit-profile-audit', 'AUDIT', 'audit-submitted', NULL,
       audits.first_at, audits.first_at
  FROM enrolment e
  JOIN (SELECT employee_id, MIN(submitted_at) AS first_at FROM profile_audit
         WHERE status <> 'CANCELLED' GROUP BY employee_id) audits ON audits.employee_id = e.employee_id
 WHERE e.course_id = 'profile-optimisation'
   AND NOT EXISTS (SELECT 1 FROM practice_completion p
                    WHERE p.enrolment_id = e.id AND p.task_id = 'submit-profile-audit');

INSERT INTO practice_completion (id, enrolment_id, task_id, completed_by, evidence, submission, completed_at,
                                 updated_at)
SELECT NEXT VALUE FOR practice_completion_seq, e.id, 'profile-audit-approved', 'AUDIT', 'audit-approved', NULL,
       audits.first_at, audits.first_at
  FROM enrolment e
  JOIN (SELECT employee_id, MIN(COALESCE(closed_at, submitted_at)) AS first_at FROM profile_audit
         WHERE status = 'APPROVED' GROUP BY employee_id) audits ON audits.employee_id = e.employee_id
 WHERE e.course_id = 'profile-optimisation'
   AND NOT EXISTS (SELECT 1 FROM practice_completion p
                    WHERE p.enrolment_id = e.id AND p.task_id = 'profile-audit-approved');
