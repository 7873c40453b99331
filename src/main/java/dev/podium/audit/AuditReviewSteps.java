package dev.podium.audit;

import dev.podium.notification.NotificationService;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeService;
import dev.podium.security.AccountService;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the {@code profileAuditReview} process and of a person leaving: assign the coach, remind, escalate,
 * publish the approval, hand a leaving coach's reviews over, cancel a leaver's audit. Only the system calls them
 * ({@link Roles#SYSTEM}: the process's delegates and the leaver listener under {@code SystemUser}), so no person can
 * take a step of the review by hand; what people do is {@link AuditService}.
 */
@Service
public class AuditReviewSteps {

    private static final List<AuditStatus> OPEN = List.of(AuditStatus.IN_REVIEW, AuditStatus.REVISION_REQUESTED);

    private final ProfileAuditRepository audits;
    private final EmployeeService employees;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AuditWorkflow workflow;
    private final AuditProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditReviewSteps(ProfileAuditRepository audits, EmployeeService employees, AccountService accounts,
            NotificationService notifications, AuditWorkflow workflow, AuditProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.audits = audits;
        this.employees = employees;
        this.accounts = accounts;
        this.notifications = notifications;
        this.workflow = workflow;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Keeps the assigned coach while they are active, otherwise picks the least-loaded active coach who speaks the
     * employee's language (any coach when none does), and sets the review's due moments in working days.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public CoachAssignment assignCoach(long auditId) {
        ProfileAudit audit = audits.findById(auditId).orElseThrow(() -> new AuditRuleViolation("audit.error.unknown"));
        List<ActiveCoach> coaches = employees.activeCoaches().stream()
                .filter(coach -> !coach.id().equals(audit.employee())).toList();
        if (coaches.isEmpty()) {
            throw new AuditRuleViolation("audit.error.no-coach");
        }
        ActiveCoach coach = coaches.stream().filter(c -> c.id().equals(audit.coach())).findFirst()
                .orElseGet(() -> leastLoaded(coaches, audit));
        // the promise is counted from the submission the coach reviews, not from whenever this step happens to run
        Instant submitted = audit.currentRound().submittedAt();
        Instant reminder = properties.sla().addWorkingDays(submitted, properties.sla().coachReminderWorkingDays());
        Instant escalation = properties.sla().addWorkingDays(submitted, properties.sla().escalationWorkingDays());
        boolean changed = !coach.id().equals(audit.coach());
        audit.assign(coach.id(), coach.name(), reminder, escalation);
        notifyCoach(notifications, audit, "audit.notification.review-waiting",
                "round-" + audit.currentRound().number());
        if (changed) {
            audits.flush();
        }
        return new CoachAssignment(coach.id(), reminder, escalation);
    }

    /** Reminds the assigned coach of a review waiting past its due date (once per round and coach). */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void remindCoach(long auditId) {
        audits.findById(auditId).filter(audit -> audit.status() == AuditStatus.IN_REVIEW).ifPresent(audit ->
                notifyCoach(notifications, audit, "audit.notification.coach-reminder", "reminder-" + audit.currentRound().number()));
    }

    /** Tells every HR admin that a review is overdue (once per round). */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void escalate(long auditId) {
        audits.findById(auditId).filter(audit -> audit.status() == AuditStatus.IN_REVIEW).ifPresent(audit -> {
            for (EmployeeId hr : accounts.enabledHoldersOf(Role.HR_ADMIN)) {
                notifications.notify(hr, "audit.notification.escalated",
                        List.of(audit.employeeName(), audit.coachName()), "coach/audits/" + auditId,
                        "audit-" + auditId + "-escalation-" + audit.currentRound().number());
            }
        });
    }

    /** Reminds the employee of a revision they have not submitted yet. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void remindEmployee(long auditId) {
        audits.findById(auditId).filter(audit -> audit.status() == AuditStatus.REVISION_REQUESTED).ifPresent(audit ->
                notifications.notify(audit.employee(), "audit.notification.revision-reminder", List.of(), "audit",
                        "audit-" + auditId + "-revision-reminder-" + audit.currentRound().number()));
    }

    /** Publishes {@link ProfileAuditApproved} for an approved audit. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void publishApproval(long auditId) {
        ProfileAudit audit = audits.findById(auditId).orElseThrow(() -> new AuditRuleViolation("audit.error.unknown"));
        if (audit.status() != AuditStatus.APPROVED) {
            throw new AuditRuleViolation("audit.error.wrong-state");
        }
        AuditRound round = audit.currentRound();
        events.publishEvent(new ProfileAuditApproved(audit.employee(), auditId, audit.finalScore(), audit.coach(),
                round.decidedAt()));
        notifications.notify(audit.employee(), "audit.notification.approved",
                List.of(Integer.toString(audit.finalScore())), "audit", "audit-" + auditId + "-approved");
    }

    /**
     * A coach left: each open audit they held goes to the least-loaded remaining coach who speaks the employee's
     * language (a waiting review's task moves with it); the new coach is told. With no coach left HR is told.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void handOverReviewsOf(EmployeeId formerCoach) {
        List<ProfileAudit> held = audits.findByCoachIdAndStatusIn(formerCoach.value(), OPEN);
        if (held.isEmpty()) {
            return;
        }
        List<ActiveCoach> coaches = employees.activeCoaches().stream()
                .filter(coach -> !coach.id().equals(formerCoach)).toList();
        for (ProfileAudit audit : held) {
            List<ActiveCoach> eligible = coaches.stream().filter(coach -> !coach.id().equals(audit.employee()))
                    .toList();
            if (eligible.isEmpty()) {
                // nobody to hand it to: HR hears of it and reassigns once a coach is registered
                for (EmployeeId hr : accounts.enabledHoldersOf(Role.HR_ADMIN)) {
                    notifications.notify(hr, "audit.notification.no-coach-left", List.of(audit.employeeName()),
                            "coach/audits/" + audit.id(), "audit-" + audit.id() + "-no-coach-left-" + formerCoach.value());
                }
                continue;
            }
            ActiveCoach next = leastLoaded(eligible, audit);
            audit.reassign(next.id(), next.name());
            audits.flush();
            if (audit.status() == AuditStatus.IN_REVIEW) {
                workflow.reassigned(audit.id(), Long.toString(next.id().value()));
            }
            notifyCoach(notifications, audit, "audit.notification.handed-over", "handed-over-from-" + formerCoach.value());
        }
    }

    /** Cancels the person's open audit (they left); its process ends. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void cancelOpenAuditOf(EmployeeId employee) {
        audits.findByOpenFor(employee.value()).ifPresent(audit -> {
            audit.cancel(clock.instant());
            audits.flush();
            workflow.cancel(audit.id(), "employee left");
        });
    }

    private ActiveCoach leastLoaded(List<ActiveCoach> coaches, ProfileAudit audit) {
        Map<Long, Long> load = audits.loadOf(coaches.stream().map(coach -> coach.id().value()).toList(),
                List.of(AuditStatus.IN_REVIEW)).stream().collect(Collectors.toMap(
                        ProfileAuditRepository.CoachLoad::getCoachId, ProfileAuditRepository.CoachLoad::getAudits));
        return ActiveCoach.leastLoaded(coaches, audit.employeeLocale(), coach -> load.getOrDefault(coach.value(), 0L))
                .orElseThrow();
    }

    /** Tells the audit's coach; the key names the audit, the occasion and the coach, so a repeat is harmless. */
    static void notifyCoach(NotificationService notifications, ProfileAudit audit, String messageKey, String dedup) {
        notifications.notify(audit.coach(), messageKey, List.of(audit.employeeName()),
                "coach/audits/" + audit.id(), "audit-" + audit.id() + "-" + dedup + "-coach-" + audit.coach().value());
    }
}
