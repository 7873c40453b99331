package dev.podium.coaching.process;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataSink;
import dev.podium.shared.process.WorkflowHistoryExport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's copy of their data ("My data"): the workflow history of their coaching programmes (business key = the row's id). */
@Component
class CoachingWorkflowHistoryExporter implements PersonalDataExporter {

    private final JdbcClient jdbc;
    private final WorkflowHistoryExport history;

    CoachingWorkflowHistoryExporter(JdbcClient jdbc, WorkflowHistoryExport history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        var keys = jdbc.sql("SELECT id FROM coaching_programme WHERE employee_id = ? ORDER BY id").param(person.value())
                .query(Long.class).list().stream().map(String::valueOf).toList();
        history.write(sink, "workflow-coaching", CoachingProcess.KEY, keys);
    }
}
