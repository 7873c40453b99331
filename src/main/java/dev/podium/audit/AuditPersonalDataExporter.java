package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): their profile audits, every round with what they entered, and each item with its scores and the coach's comment. */
@Component
class AuditPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    AuditPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "audits", """
                SELECT id AS audit_id, employee_name, employee_locale AS language, coach_name, status,
                    submitted_at, review_due_at, escalation_at, final_score, closed_at
                FROM profile_audit WHERE employee_id = ? ORDER BY submitted_at, id""", id);
        rows.write(sink, "audit-rounds", """
                SELECT r.audit_id, r.number AS round, r.submitted_at, r.custom_url, r.featured_items,
                    r.follow_primary, r.decision, r.decided_at
                FROM profile_audit_round r JOIN profile_audit a ON a.id = r.audit_id
                WHERE a.employee_id = ? ORDER BY r.audit_id, r.number""", id);
        rows.write(sink, "audit-items", """
                SELECT r.audit_id, r.number AS round, i.item, i.auto_points, i.auto_max, i.evidence_key,
                    i.evidence_arguments, i.coach_points, i.coach_max, i.coach_comment
                FROM profile_audit_item i JOIN profile_audit_round r ON r.id = i.round_id
                JOIN profile_audit a ON a.id = r.audit_id
                WHERE a.employee_id = ? ORDER BY r.audit_id, r.number, i.item""", id);
    }
}
