package dev.podium.notification;

import dev.podium.people.EmployeeRetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A leaver's retention is over: their notifications and digest settings go. */
@Component
class NotificationLeaverDataEraser {

    private final JdbcClient jdbc;

    NotificationLeaverDataEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeRetentionEnded ended) {
        long id = ended.employeeId().value();
        jdbc.sql("DELETE FROM notification WHERE recipient_id = ?").param(id).update();
        jdbc.sql("DELETE FROM notification_mailbox WHERE recipient_id = ?").param(id).update();
    }
}
