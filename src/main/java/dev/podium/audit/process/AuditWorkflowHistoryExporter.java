package dev.podium.audit.process;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataSink;
import dev.podium.shared.process.WorkflowHistoryExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): the workflow history of their profile audit reviews (business key = the row's id). */
@Component
class AuditWorkflowHistoryExporter implements PersonalDataExporter {

    private final JdbcClient jdbc;
    private final WorkflowHistoryExport history;

    AuditWorkflowHistoryExporter(JdbcClient jdbc, WorkflowHistoryExport history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        var keys = jdbc.sql("SELECT id FROM profile_audit WHERE employee_id = ? ORDER BY id").param(person.value())
                .query(Long.class).list().stream().map(String::valueOf).toList();
        history.write(sink, "workflow-audits", ProfileAuditReviewProcess.KEY, keys);
    }
}
