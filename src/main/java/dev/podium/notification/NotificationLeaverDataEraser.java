package dev.podium.notification;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataEraser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's data must go (retention over, or erased on request): their notifications and digest settings go, and
 * their name leaves other people's notifications (a coach's "X submitted …", HR's "no coach left for X").
 */
@Component
class NotificationLeaverDataEraser implements PersonalDataEraser {

    static final String FORMER_EMPLOYEE = "Former employee";

    private final JdbcClient jdbc;

    NotificationLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erasePersonalData(EmployeeId person) {
        long id = person.value();
        jdbc.sql("DELETE FROM notification WHERE recipient_id = ?").param(id).update();
        jdbc.sql("DELETE FROM notification_mailbox WHERE recipient_id = ?").param(id).update();
    }

    @Override
    public void eraseMentions(EmployeeId person, List<String> mentions) {
        // the arguments are short texts joined by a separator; a name is replaced whole, the notice itself stays
        for (String mention : mentions) {
            jdbc.sql("UPDATE notification SET arguments = REPLACE(arguments, ?, ?) WHERE INSTR(arguments, ?) > 0")
                    .params(mention, FORMER_EMPLOYEE, mention).update();
        }
    }
}
