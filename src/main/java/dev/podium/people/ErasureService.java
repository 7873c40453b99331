package dev.podium.people;

import dev.podium.security.AccountService;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HR erases a person's personal data now, on request (the person asked, or the law requires it), instead of waiting
 * for the retention period after they left: with a reason, and — when {@code podium.privacy.erasure.second-approval}
 * is on — only once another HR administrator approved. The erasure itself is the retention job's
 * ({@link PersonalDataErasure}): every module's eraser, then the person's record and account; issued certificates
 * and policy attestations are kept (README, "Privacy").
 */
@Service
public class ErasureService {

    static final int MAX_REASON = 1000;

    private final EmployeeRepository employees;
    private final AccountService accounts;
    private final PersonalDataErasure erasure;
    private final ErasureProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AccessLog accessLog;

    ErasureService(EmployeeRepository employees, AccountService accounts, PersonalDataErasure erasure,
            ErasureProperties properties, CurrentUser currentUser, ApplicationEventPublisher events, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.employees = employees;
        this.accounts = accounts;
        this.erasure = erasure;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether an erasure waits for a second HR administrator. */
    @RolesAllowed(Roles.HR_ADMIN)
    public boolean secondApprovalRequired() {
        return properties.secondApproval();
    }

    /** Whether the person's personal data is already erased (by request or by the retention job). */
    @RolesAllowed(Roles.HR_ADMIN)
    public boolean isErased(EmployeeId person) {
        return employee(person).personalDataErasedAt() != null;
    }

    /**
     * HR asks to erase the person's personal data. Without second approval it is erased at once (an active person is
     * deactivated first, so their open audit and programme end and the programmes they coach go to other coaches);
     * with it, the request waits for another HR administrator.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public ErasureOutcome requestErasure(EmployeeId person, String reason) {
        EmployeeId requester = currentUser.employeeId();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new PeopleRuleViolation("reason", "erasure.error.reason-required");
        }
        if (why.length() > MAX_REASON) {
            throw new PeopleRuleViolation("reason", "erasure.error.reason-too-long", MAX_REASON);
        }
        if (requester.equals(person)) {
            throw new PeopleRuleViolation("person", "erasure.error.self");
        }
        if (isErased(person)) {
            throw new PeopleRuleViolation("person", "erasure.error.already-erased");
        }
        if (pendingFor(person).isPresent()) {
            throw new PeopleRuleViolation("person", "erasure.error.already-pending");
        }
        Instant now = clock.instant();
        if (properties.secondApproval()) {
            jdbc.sql("""
                    INSERT INTO erasure_request (employee_id, requested_by, reason, requested_at, status)
                    VALUES (?, ?, ?, ?, 'PENDING')""")
                    .params(person.value(), requester.value(), why, Timestamp.from(now)).update();
            return ErasureOutcome.PENDING;
        }
        deactivate(person);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO erasure_request (employee_id, requested_by, reason, requested_at, status, decided_by,
                        decided_at) VALUES (?, ?, ?, ?, 'ERASED', ?, ?)""")
                    .params(person.value(), requester.value(), why, Timestamp.from(now), requester.value(),
                            Timestamp.from(now)).update();
            erase(person, requester, requester, why);
        });
        return ErasureOutcome.ERASED;
    }

    /** The request waiting for a second approval to erase this person, if any. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Optional<ErasureRequest> pendingFor(EmployeeId person) {
        return pending().stream().filter(request -> request.person().equals(person)).findFirst();
    }

    /** Every erasure waiting for a second approval, oldest first. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<ErasureRequest> pending() {
        return jdbc.sql("""
                SELECT r.id, r.employee_id, p.first_name, p.last_name, r.requested_by, q.first_name, q.last_name,
                    r.reason, r.requested_at
                FROM erasure_request r JOIN employee p ON p.id = r.employee_id JOIN employee q ON q.id = r.requested_by
                WHERE r.status = 'PENDING' ORDER BY r.requested_at, r.id""")
                .query((rs, row) -> new ErasureRequest(rs.getLong(1), EmployeeId.of(rs.getLong(2)),
                        rs.getString(3) + " " + rs.getString(4), EmployeeId.of(rs.getLong(5)),
                        rs.getString(6) + " " + rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** Another HR administrator than the one who asked approves: the person's personal data is erased now. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void approve(long requestId) {
        ErasureRequest request = decidable(requestId);
        EmployeeId approver = currentUser.employeeId();
        deactivate(request.person());
        transaction.executeWithoutResult(status -> {
            if (decide(requestId, "ERASED", approver)) {
                erase(request.person(), request.requestedBy(), approver, request.reason());
            }
        });
    }

    /** Another HR administrator than the one who asked rejects the request: nothing is erased. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void reject(long requestId) {
        decidable(requestId);
        EmployeeId decider = currentUser.employeeId();
        transaction.executeWithoutResult(status -> decide(requestId, "REJECTED", decider));
    }

    private ErasureRequest decidable(long requestId) {
        ErasureRequest request = pending().stream().filter(candidate -> candidate.id() == requestId).findFirst()
                .orElseThrow(() -> new PeopleRuleViolation("request", "erasure.error.not-pending"));
        EmployeeId decider = currentUser.employeeId();
        if (request.requestedBy().equals(decider)) {
            throw new PeopleRuleViolation("request", "erasure.error.own-request");
        }
        if (request.person().equals(decider)) {
            throw new PeopleRuleViolation("request", "erasure.error.self");
        }
        return request;
    }

    /** @return false when somebody else decided in the meantime */
    private boolean decide(long requestId, String status, EmployeeId decider) {
        return jdbc.sql("""
                UPDATE erasure_request SET status = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'PENDING'""")
                .params(status, decider.value(), Timestamp.from(clock.instant()), requestId).update() == 1;
    }

    /**
     * Deactivates an active person in a transaction of its own, so that the listeners of {@link EmployeeDeactivated}
     * (cancel their open audit and programme, hand the programmes and reviews they coach to others) have run before
     * the erasure, as they would have for a leaver.
     */
    private void deactivate(EmployeeId person) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (employee(person).deactivate(now)) {
                accounts.deactivate(person);
                events.publishEvent(new EmployeeDeactivated(person, now));
            }
        });
    }

    /**
     * The erasure, in the caller's transaction. The one place an erasure on request happens: the HR audit log records
     * it here (who asked, who approved, why).
     */
    private void erase(EmployeeId person, EmployeeId requestedBy, EmployeeId approvedBy, String reason) {
        erasure.erase(person.value(), clock.instant());
        accessLog.record(AccessLogAction.PERSONAL_DATA_ERASED, person, null, "Erased on request of employee "
                + requestedBy.value() + (approvedBy.equals(requestedBy) ? "" : ", approved by employee "
                + approvedBy.value()) + ", reason: " + reason);
    }

    private Employee employee(EmployeeId id) {
        return employees.findById(id.value())
                .orElseThrow(() -> new PeopleRuleViolation("id", "employee.error.unknown"));
    }
}
