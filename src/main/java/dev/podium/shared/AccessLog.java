package dev.podium.shared;

import org.jspecify.annotations.Nullable;

/**
 * The access log (HR's audit log): an append-only record of who did what to which person's or group's data, when and
 * from which node. Declared in the kernel so that any module, at any floor, records its actions without depending on
 * the module that keeps the log ({@code accesslog}).
 *
 * <p>The actor is whoever is acting on this thread ({@link CurrentUser}; {@code system} for Podium's own work), the
 * node comes from {@code podium.cluster.node-id}. Inside a writing transaction the row is written in it, so an action
 * that rolls back leaves no row and a logged action cannot commit without its row; a read (a read-only transaction or
 * none) is recorded in a transaction of its own.
 */
public interface AccessLog {

    /**
     * Records one action.
     *
     * @param person the person whose data was touched, if one
     * @param group the group or list concerned (a department, a drill-down with its filter), if any
     * @param detail what exactly, for HR's reading (no posts or notes; at most 1000 characters are kept)
     */
    void record(AccessLogAction action, @Nullable EmployeeId person, @Nullable String group, String detail);
}
