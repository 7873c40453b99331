package dev.podium.drafts;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.PersonalDataRows;
import dev.podium.shared.PersonalDataSink;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * A person's copy of their data ("My data"): their drafts with every kept version, the threads they shared with a
 * coach and every comment on them (the coach's and their own). The watch-lists are HR's, not the person's.
 */
@Component
class DraftsPersonalDataExporter implements PersonalDataExporter {

    private final PersonalDataRows rows;

    DraftsPersonalDataExporter(DataSource dataSource) {
        this.rows = new PersonalDataRows(dataSource);
    }

    @Override
    public void exportPersonalData(EmployeeId person, PersonalDataSink sink) {
        long id = person.value();
        rows.write(sink, "drafts", """
                SELECT id AS draft_id, kind, title, body AS text, version_number, created_at, updated_at,
                       practice_task_title, practice_at
                FROM draft WHERE owner_id = ? ORDER BY created_at, id""", id);
        rows.write(sink, "draft-versions", """
                SELECT v.draft_id, v.number AS version_number, v.body AS text, v.saved_at
                FROM draft_version v JOIN draft d ON d.id = v.draft_id
                WHERE d.owner_id = ? ORDER BY v.draft_id, v.number""", id);
        rows.write(sink, "draft-threads", """
                SELECT s.draft_id, s.coach_name, s.state, s.shared_at, s.closed_at
                FROM draft_share s JOIN draft d ON d.id = s.draft_id
                WHERE d.owner_id = ? ORDER BY s.shared_at, s.id""", id);
        rows.write(sink, "draft-comments", """
                SELECT s.draft_id, c.author_id = d.owner_id AS written_by_me, c.version_number, c.quoted,
                       c.body AS comment, c.created_at
                FROM draft_comment c JOIN draft_share s ON s.id = c.share_id JOIN draft d ON d.id = s.draft_id
                WHERE d.owner_id = ? ORDER BY c.created_at, c.id""", id);
    }
}
