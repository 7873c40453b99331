package dev.podium.audit;

import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInProfile;
import dev.podium.activity.VoiceTopic;
import dev.podium.activity.VoiceTopicService;
import dev.podium.notification.NotificationService;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeService;
import dev.podium.security.AccountService;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile audits: the employee submits their LinkedIn export and manual answers, the automatic items are scored
 * with their evidence, the assigned coach reviews (approve or ask for a revision) and the employee resubmits.
 * Who sees what: the employee their own audits; a coach an audit only while assigned to it and it is open; HR
 * status and scores of all. The review process's own steps are {@link AuditReviewSteps}.
 */
@Service
public class AuditService {

    private static final Set<RubricItem> ANSWER_ITEMS = EnumSet.of(RubricItem.CUSTOM_URL, RubricItem.FEATURED,
            RubricItem.FOLLOW_AND_TOPICS);
    private static final List<AuditStatus> OPEN = List.of(AuditStatus.IN_REVIEW, AuditStatus.REVISION_REQUESTED);

    private final ProfileAuditRepository audits;
    private final ActivityImportService activity;
    private final VoiceTopicService voiceTopics;
    private final EmployeeService employees;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AuditWorkflow workflow;
    private final AuditProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditScorer scorer;
    private final AccessLog accessLog;

    AuditService(ProfileAuditRepository audits, ActivityImportService activity, VoiceTopicService voiceTopics,
            EmployeeService employees,
            AccountService accounts, NotificationService notifications, AuditWorkflow workflow,
            AuditProperties properties, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.audits = audits;
        this.activity = activity;
        this.voiceTopics = voiceTopics;
        this.employees = employees;
        this.accounts = accounts;
        this.notifications = notifications;
        this.workflow = workflow;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.scorer = new AuditScorer(properties);
    }

    // ---- the employee

    /**
     * Submits the signed-in person's profile: a new audit, or the next round of one waiting for their revision.
     * Only the profile files of the export are read.
     *
     * @param archive the LinkedIn export (zip or a profile CSV); null when revising only the manual answers
     * @return the audit's id
     * @throws AuditRuleViolation {@code audit.error.in-review} while a coach reviews, {@code audit.error.archive-required}
     *         for a first round without an export
     * @throws dev.podium.activity.ArchiveRejected for an export Podium cannot read
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public long submit(String fileName, InputStream archive, ManualAnswers answers) {
        SignedInUser me = currentUser.require();
        Optional<ProfileAudit> open = audits.findByOpenFor(me.employeeId().value());
        if (open.isPresent() && open.get().status() == AuditStatus.IN_REVIEW) {
            throw new AuditRuleViolation("audit.error.in-review");
        }
        if (archive == null && open.isEmpty()) {
            throw new AuditRuleViolation("audit.error.archive-required");
        }
        if (!ManualAnswers.isProfileAddressOrEmpty(answers.customUrl())) {
            throw new AuditRuleViolation("audit.error.custom-url-malformed");
        }
        List<VoiceTopic> topics = voiceTopics.myVoiceTopics();
        List<ItemScore> scores;
        if (archive == null) {
            scores = withAnswers(open.get().currentRound().scores(), answers, topics);
        } else {
            LinkedInProfile profile = activity.readLinkedInProfile(fileName, archive);
            scores = scorer.score(profile, answers, topics);
        }
        Instant now = clock.instant();
        if (open.isPresent()) {
            ProfileAudit audit = open.get();
            audit.resubmit(answers, scores, now);
            workflow.resubmitted(audit.id());
            events.publishEvent(new ProfileAuditSubmitted(me.employeeId(), audit.id(), audit.currentRound().number(),
                    now));
            return audit.id();
        }
        ProfileAudit audit = audits.saveAndFlush(new ProfileAudit(me.employeeId(), me.displayName(),
                accounts.ownPreferences().locale(), answers, scores, now));
        workflow.start(audit.id(), Long.toString(me.employeeId().value()));
        events.publishEvent(new ProfileAuditSubmitted(me.employeeId(), audit.id(), 1, now));
        return audit.id();
    }

    /**
     * Checks that an upload is a LinkedIn export Podium can read, before the person answers the rest of the form;
     * nothing is stored.
     *
     * @throws dev.podium.activity.ArchiveRejected saying why it cannot be read (for instance another network's archive)
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public void checkExport(String fileName, InputStream archive) {
        activity.readLinkedInProfile(fileName, archive);
    }

    /**
     * What a person's audits evidence for practice tasks ({@code audit-submitted}, {@code audit-approved}); for the
     * system, when someone enrols in a course after submitting.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public AuditEvidence evidenceOf(EmployeeId employee) {
        return new AuditEvidence(audits.existsByEmployeeIdAndStatusNot(employee.value(), AuditStatus.CANCELLED),
                audits.existsByEmployeeIdAndStatus(employee.value(), AuditStatus.APPROVED));
    }

    /** The signed-in person's latest audit, open or closed. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Optional<AuditDetails> myAudit() {
        return audits.findFirstByEmployeeIdOrderBySubmittedAtDescIdDesc(currentUser.employeeId().value())
                .map(audit -> details(audit, true));
    }

    // ---- coaches and HR

    /**
     * One audit: for its employee; for its coach while assigned and open; for HR only its workflow (status, coach,
     * due date, each round's submission and decision), without profile texts, points or score.
     *
     * @throws AccessDeniedException for anyone else, and for an unknown id
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AuditDetails audit(long auditId) {
        SignedInUser me = currentUser.require();
        ProfileAudit audit = audits.findById(auditId).orElseThrow(() -> new AccessDeniedException("no such audit"));
        if (audit.employee().equals(me.employeeId())
                || me.hasRole(Role.COACH) && audit.assignedTo(me.employeeId())) {
            return details(audit, true);
        }
        if (me.hasRole(Role.HR_ADMIN)) {
            return workflowOnly(audit);
        }
        throw new AccessDeniedException("not your audit");
    }

    /** The signed-in coach's open audits, due first. */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public List<AuditSummary> myReviews(AuditFilter filter, int offset, int limit) {
        Set<AuditStatus> open = filter.statuses().isEmpty() ? Set.copyOf(OPEN)
                : filter.statuses().stream().filter(AuditStatus::open).collect(Collectors.toSet());
        return search(new AuditFilter(open.isEmpty() ? Set.of(AuditStatus.IN_REVIEW) : open, filter.dueBefore(),
                filter.breachedOnly()), currentUser.employeeId().value(), offset, limit);
    }

    /**
     * Every audit, for HR: who holds it, its status and due date, so HR can run the programme; never points or
     * scores (HR sees those only as group aggregates on the dashboard).
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditSummary> allAudits(AuditFilter filter, int offset, int limit) {
        // opened when the first page is fetched; scrolling further is the same look
        if (offset == 0) {
            accessLog.record(AccessLogAction.LIST_OPENED, null, "profile audits", "HR's list of every profile audit");
        }
        return search(filter, null, offset, limit).stream().map(AuditSummary::withoutScores).toList();
    }

    /** Every coach holding open audits: how many wait for their review, how many of those are overdue. For HR. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<CoachWorkload> coachWorkload() {
        return audits.workload(OPEN, clock.instant()).stream()
                .map(row -> new CoachWorkload(new EmployeeId(row.getCoachId()), row.getCoachName(),
                        (int) row.getInReview(), (int) row.getBreached(), (int) row.getWaitingForEmployee()))
                .sorted(java.util.Comparator.comparing(CoachWorkload::breached).reversed()
                        .thenComparing(CoachWorkload::inReview, java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** Approves the current round with the coach's points for every coach item; publishes {@link ProfileAuditApproved}. */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public int approve(long auditId, List<CoachReview> reviews) {
        ProfileAudit audit = assignedToMe(auditId);
        int score = audit.approve(reviews, clock.instant());
        audits.flush();
        workflow.reviewed(auditId, true, null);
        settleCoachNotifications(audit.coach(), auditId);
        return score;
    }

    /** Asks the employee for a revision, with a comment on at least one item. */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public void requestRevision(long auditId, List<CoachReview> reviews) {
        ProfileAudit audit = assignedToMe(auditId);
        Instant now = clock.instant();
        audit.requestRevision(reviews, now);
        audits.flush();
        workflow.reviewed(auditId, false, now.plus(Duration.ofDays(properties.sla().revisionReminderDays())));
        settleCoachNotifications(audit.coach(), auditId);
        String coachName = currentUser.require().displayName();
        SystemUser.run(() -> notifications.notify(audit.employee(), "audit.notification.revision-requested",
                List.of(coachName), "audit", "audit-" + auditId + "-revision-" + audit.currentRound().number()));
    }

    /** The largest export accepted, in bytes (the activity module's upload limit). */
    @RolesAllowed(Roles.EMPLOYEE)
    public long maxUploadBytes() {
        return activity.maxUploadBytes();
    }

    /** Active coaches, for HR to reassign a review. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<ActiveCoach> coaches() {
        return employees.activeCoaches();
    }

    /** HR gives an open audit to another active coach; the previous coach no longer sees it. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void reassign(long auditId, EmployeeId coach) {
        ProfileAudit audit = audits.findById(auditId).orElseThrow(() -> new AuditRuleViolation("audit.error.unknown"));
        ActiveCoach chosen = employees.activeCoaches().stream().filter(c -> c.id().equals(coach)).findFirst()
                .orElseThrow(() -> new AuditRuleViolation("audit.error.not-a-coach"));
        if (chosen.id().equals(audit.employee())) {
            throw new AuditRuleViolation("audit.error.own-audit");
        }
        EmployeeId previous = audit.coach();
        audit.reassign(chosen.id(), chosen.name());
        audits.flush();
        workflow.reassigned(auditId, Long.toString(chosen.id().value()));
        accessLog.record(AccessLogAction.AUDIT_REASSIGNED, audit.employee(), null, "Profile audit " + auditId
                + " given to coach " + chosen.id().value());
        if (previous != null && !previous.equals(chosen.id())) {
            settleCoachNotifications(previous, auditId);
        }
        SystemUser.run(() -> AuditReviewSteps.notifyCoach(notifications, audit, "audit.notification.assigned",
                "assigned-" + chosen.id().value()));
    }

    /**
     * Reviews past their due date that other coaches hold, for a coach with time to help: status and names only,
     * never profile texts (those open to the coach who claims the review).
     */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public List<AuditSummary> overdueWithOtherCoaches(int offset, int limit) {
        long me = currentUser.employeeId().value();
        Instant now = clock.instant();
        int size = Math.max(1, limit);
        return audits.overdueNotHeldBy(me, now, PageRequest.of(offset / size, size, Sort.by("reviewDueAt", "id")))
                .stream().map(audit -> summary(audit, now).withoutScores()).toList();
    }

    /**
     * The signed-in coach takes over a review that is past its due date with another coach; the other coach no
     * longer sees it and is told. A review still within its time stays with its coach (HR can reassign it).
     */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public void claim(long auditId) {
        ProfileAudit audit = audits.findById(auditId).orElseThrow(() -> new AuditRuleViolation("audit.error.unknown"));
        EmployeeId me = currentUser.employeeId();
        if (me.equals(audit.employee())) {
            throw new AuditRuleViolation("audit.error.own-audit");
        }
        if (audit.status() != AuditStatus.IN_REVIEW || me.equals(audit.coach())) {
            throw new AuditRuleViolation("audit.error.not-claimable");
        }
        if (audit.reviewDueAt() == null || !audit.reviewDueAt().isBefore(clock.instant())) {
            throw new AuditRuleViolation("audit.error.not-overdue");
        }
        ActiveCoach claimant = employees.activeCoaches().stream().filter(c -> c.id().equals(me)).findFirst()
                .orElseThrow(() -> new AuditRuleViolation("audit.error.not-a-coach"));
        EmployeeId previous = audit.coach();
        audit.reassign(claimant.id(), claimant.name());
        audits.flush();
        workflow.reassigned(auditId, Long.toString(claimant.id().value()));
        accessLog.record(AccessLogAction.AUDIT_REASSIGNED, audit.employee(), null, "Overdue profile audit " + auditId
                + " claimed from coach " + (previous == null ? "none" : Long.toString(previous.value())));
        if (previous != null) {
            SystemUser.run(() -> notifications.notify(previous, "audit.notification.claimed",
                    List.of(audit.employeeName(), claimant.name()), "coach/audits",
                    "audit-" + auditId + "-claimed-from-" + previous.value() + "-by-" + claimant.id().value()));
        }
    }

    // ---- helpers

    /**
     * The coach's notifications about this audit (waiting, reminders, assigned) stop counting as unread once the
     * review is decided or has gone to someone else: the bell must not say it still waits.
     */
    private void settleCoachNotifications(EmployeeId coach, long auditId) {
        if (coach != null) {
            SystemUser.run(() -> notifications.settle(coach, "audit-" + auditId + "-"));
        }
    }

    private List<ItemScore> withAnswers(List<ItemScore> previous, ManualAnswers answers, List<VoiceTopic> topics) {
        Map<RubricItem, ItemScore> fresh = scorer.scoreAnswers(answers, topics).stream()
                .collect(Collectors.toMap(ItemScore::item, Function.identity()));
        return previous.stream().map(score -> ANSWER_ITEMS.contains(score.item()) ? fresh.get(score.item())
                : new ItemScore(score.item(), score.autoPoints(), score.autoMax(), score.evidenceKey(),
                        score.evidenceArguments(), score.coachMax(), null, null)).toList();
    }

    private ProfileAudit assignedToMe(long auditId) {
        ProfileAudit audit = audits.findById(auditId).orElseThrow(() -> new AccessDeniedException("no such audit"));
        if (!audit.assignedTo(currentUser.employeeId())) {
            throw new AccessDeniedException("not assigned to this audit");
        }
        return audit;
    }

    private List<AuditSummary> search(AuditFilter filter, Long coachId, int offset, int limit) {
        List<AuditStatus> statuses = filter.statuses().isEmpty() ? OPEN : List.copyOf(filter.statuses());
        Instant now = clock.instant();
        Instant overdue = filter.breachedOnly() ? now : filter.dueBefore();
        if (filter.breachedOnly() && filter.dueBefore() != null && filter.dueBefore().isBefore(now)) {
            overdue = filter.dueBefore();
        }
        int size = Math.max(1, limit);
        List<ProfileAudit> page = audits.search(statuses, coachId, overdue,
                PageRequest.of(offset / size, size, Sort.by("reviewDueAt", "id")));
        return page.stream().map(audit -> summary(audit, now)).toList();
    }

    private static AuditSummary summary(ProfileAudit audit, Instant now) {
        AuditRound round = audit.currentRound();
        int points = round.autoPoints() + (audit.status() == AuditStatus.APPROVED ? round.coachPoints() : 0);
        return new AuditSummary(audit.id(), audit.employee(), audit.employeeName(), audit.coach(), audit.coachName(),
                audit.status(), round.number(), audit.submittedAt(), audit.reviewDueAt(),
                audit.reviewDueAt() != null && audit.reviewDueAt().isBefore(now), points, audit.finalScore());
    }

    private static AuditDetails details(ProfileAudit audit, boolean withTexts) {
        List<AuditDetails.Round> rounds = new ArrayList<>();
        AuditRound previous = null;
        for (AuditRound round : audit.rounds()) {
            List<ItemScore> items = withTexts ? round.scores() : round.scores().stream()
                    .map(s -> new ItemScore(s.item(), s.autoPoints(), s.autoMax(), s.evidenceKey(), List.of(),
                            s.coachMax(), s.coachPoints(), null)).toList();
            rounds.add(new AuditDetails.Round(round.number(), round.submittedAt(),
                    withTexts ? round.answers() : new ManualAnswers("", "", false), items,
                    round.decision() == null ? null : round.decision().name(), round.decidedAt(),
                    previous == null ? List.of() : changes(previous, round)));
            previous = round;
        }
        return new AuditDetails(audit.id(), audit.employee(), audit.employeeName(), audit.coach(), audit.coachName(),
                audit.status(), audit.finalScore(), audit.reviewDueAt(), rounds, withTexts);
    }

    /** HR's view of an audit: its workflow only; no rubric items, points, changes or score. */
    private static AuditDetails workflowOnly(ProfileAudit audit) {
        List<AuditDetails.Round> rounds = audit.rounds().stream().map(round -> new AuditDetails.Round(round.number(),
                round.submittedAt(), new ManualAnswers("", "", false), List.of(),
                round.decision() == null ? null : round.decision().name(), round.decidedAt(), List.of())).toList();
        return new AuditDetails(audit.id(), audit.employee(), audit.employeeName(), audit.coach(), audit.coachName(),
                audit.status(), null, audit.reviewDueAt(), rounds, false);
    }

    private static List<AuditDetails.ItemChange> changes(AuditRound before, AuditRound after) {
        Map<RubricItem, ItemScore> old = before.scores().stream()
                .collect(Collectors.toMap(ItemScore::item, Function.identity()));
        List<AuditDetails.ItemChange> changes = new ArrayList<>();
        for (ItemScore now : after.scores()) {
            ItemScore then = old.get(now.item());
            boolean evidence = then == null || !then.evidenceKey().equals(now.evidenceKey())
                    || !then.evidenceArguments().equals(now.evidenceArguments());
            int pointsBefore = then == null ? 0 : then.autoPoints();
            if (evidence || pointsBefore != now.autoPoints()) {
                changes.add(new AuditDetails.ItemChange(now.item(), pointsBefore, now.autoPoints(), evidence));
            }
        }
        return changes;
    }
}
