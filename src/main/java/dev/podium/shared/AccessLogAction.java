package dev.podium.shared;

/**
 * What an HR administrator, coach, line manager or the system did to people's data, as the access log (HR's audit
 * log) records it. Stored by name: rename none, only add.
 */
public enum AccessLogAction {
    /** A list naming people was opened (a drill-down, My team, HR's employee list); the detail says which. */
    LIST_OPENED,
    /** One person's details were opened (HR's employee dialog, a line manager's view of a report). */
    PERSON_OPENED,
    /** A list naming people (or the access log itself) was exported; the detail says which and with what filter. */
    EXPORTED,
    EMPLOYEE_REGISTERED,
    EMPLOYEE_CHANGED,
    /** A person's roles changed (the detail names the roles before and after). */
    ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ACCOUNT_UNLOCKED,
    PASSWORD_SET,
    HRIS_IMPORTED,
    CERTIFICATE_ISSUED,
    CERTIFICATE_REVOKED,
    AUDIT_REASSIGNED,
    COACH_CHANGED,
    /** A person's personal data was erased (leavers' retention, or erasure on request). */
    PERSONAL_DATA_ERASED,
    /** A copy of a person's data was handed out (data export on request). */
    PERSONAL_DATA_EXPORTED;

    /** Key of the action's label in the message bundles. */
    public String messageKey() {
        return "access-log.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
