package dev.podium.learning;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): enrolments, lessons done, quiz answers and practice submissions. */
@Component
class LearningPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    LearningPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "enrolments", """
                SELECT e.id AS enrolment_id, e.course_id, e.enrolled_at, e.enrolled_by, e.due_date, e.completed_at,
                    e.completed_version, e.completed_rule, e.last_activity_at
                FROM enrolment e WHERE e.employee_id = ? ORDER BY e.enrolled_at, e.id""", id);
        rows.write(sink, "lesson-completions", """
                SELECT e.course_id, l.lesson_id, l.completed_at
                FROM lesson_completion l JOIN enrolment e ON e.id = l.enrolment_id
                WHERE e.employee_id = ? ORDER BY l.completed_at""", id);
        rows.write(sink, "quiz-answers", """
                SELECT e.course_id, q.lesson_id, q.attempted_at, q.answers, q.score_percent, q.pass_mark, q.passed,
                    q.content_hash
                FROM quiz_attempt q JOIN enrolment e ON e.id = q.enrolment_id
                WHERE e.employee_id = ? ORDER BY q.attempted_at, q.id""", id);
        rows.write(sink, "practice-submissions", """
                SELECT e.course_id, p.task_id, p.completed_by, p.evidence, p.submission, p.completed_at,
                    p.updated_at
                FROM practice_completion p JOIN enrolment e ON e.id = p.enrolment_id
                WHERE e.employee_id = ? ORDER BY p.completed_at, p.id""", id);
    }
}
