package dev.podium.learning;

import dev.podium.activity.ActivityEvidence;
import dev.podium.activity.ActivityIndexService;
import dev.podium.audit.AuditEvidence;
import dev.podium.audit.AuditService;
import dev.podium.course.CourseService;
import dev.podium.course.PracticeEvidence;
import dev.podium.course.PracticeTask;
import dev.podium.course.TaskCompletion;
import dev.podium.policy.PolicyService;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.SystemUser;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evidence that exists before someone enrols (posts imported last month, a profile submitted for audit) completes
 * the new course's tasks at once: otherwise a required task would wait for the next import or audit, and the
 * course could not be completed. So does an attestation of the current version of the policy whose id is the
 * course's, made before enrolling.
 */
@Component
class EarlierEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(EarlierEvidenceListener.class);

    private final ActivityIndexService activity;
    private final AuditService audits;
    private final LearningService learning;
    private final CourseService courses;
    private final PolicyService policies;

    EarlierEvidenceListener(ActivityIndexService activity, AuditService audits, LearningService learning,
            CourseService courses, PolicyService policies) {
        this.activity = activity;
        this.audits = audits;
        this.learning = learning;
        this.courses = courses;
        this.policies = policies;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CourseEnrolled enrolled) {
        try {
            SystemUser.run(() -> {
                // only courses with evidence tasks ask the other modules
                Set<TaskCompletion> kinds = kindsOf(enrolled.course());
                if (kinds.contains(TaskCompletion.ACTIVITY)) {
                    activityEvidence(enrolled);
                }
                if (kinds.contains(TaskCompletion.AUDIT)) {
                    auditEvidence(enrolled);
                }
                if (kinds.contains(TaskCompletion.ATTESTATION)
                        && policies.attestedCurrentVersion(enrolled.employee(), enrolled.course().value())) {
                    learning.recordEvidence(enrolled.employee(), PracticeEvidence.POLICY_ATTESTED);
                }
            });
        } catch (RuntimeException e) {
            // the enrolment stands; the next import, audit step or attestation completes the tasks
            log.warn("Could not complete practice tasks from earlier evidence for employee {}", enrolled.employee(), e);
        }
    }

    /** A course assigned to many: the course is looked at once, and only a course with evidence tasks asks per person. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CourseAssigned assigned) {
        try {
            SystemUser.run(() -> {
                Set<TaskCompletion> kinds = kindsOf(assigned.course());
                if (kinds.contains(TaskCompletion.ATTESTATION)) {
                    attestationEvidence(assigned);
                }
                if (!kinds.contains(TaskCompletion.ACTIVITY) && !kinds.contains(TaskCompletion.AUDIT)) {
                    return;
                }
                // a thousand people at a time: only those with any activity can have activity evidence
                Set<EmployeeId> active = kinds.contains(TaskCompletion.ACTIVITY)
                        ? activity.withAnyActivity(assigned.employees()) : Set.of();
                for (EmployeeId employee : assigned.employees()) {
                    if (!kinds.contains(TaskCompletion.AUDIT) && !active.contains(employee)) {
                        continue;
                    }
                    CourseEnrolled one = new CourseEnrolled(employee, assigned.course(), assigned.assignedBy(),
                            assigned.dueDate(), assigned.assignedAt());
                    try {
                        if (active.contains(employee)) {
                            activityEvidence(one);
                        }
                        if (kinds.contains(TaskCompletion.AUDIT)) {
                            auditEvidence(one);
                        }
                    } catch (RuntimeException e) {
                        log.warn("Could not complete practice tasks from earlier evidence for employee {}", employee,
                                e);
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not complete practice tasks from earlier evidence for {} people", assigned.employees()
                    .size(), e);
        }
    }

    /** One query for who of the page attested the current version of the course's policy before being assigned. */
    private void attestationEvidence(CourseAssigned assigned) {
        for (EmployeeId employee : policies.attestedCurrentVersionAmong(assigned.employees(),
                assigned.course().value())) {
            try {
                learning.recordEvidence(employee, PracticeEvidence.POLICY_ATTESTED);
            } catch (RuntimeException e) {
                log.warn("Could not complete the attestation task of {} for employee {}", assigned.course(), employee,
                        e);
            }
        }
    }

    private Set<TaskCompletion> kindsOf(CourseId course) {
        return courses.outline(course, Locale.ENGLISH).stream()
                .flatMap(outline -> outline.lessons().stream()).flatMap(lesson -> lesson.practice().stream())
                .map(PracticeTask::completion).collect(Collectors.toSet());
    }

    private void activityEvidence(CourseEnrolled enrolled) {
        ActivityEvidence posts = activity.evidenceFor(enrolled.employee());
        for (PracticeEvidence kind : PracticeEvidence.values()) {
            if (kind.completion() == TaskCompletion.ACTIVITY && posts.provides(kind.id())) {
                learning.recordEvidence(enrolled.employee(), kind);
            }
        }
    }

    private void auditEvidence(CourseEnrolled enrolled) {
        AuditEvidence audit = audits.evidenceOf(enrolled.employee());
        if (audit.submitted()) {
            learning.recordEvidence(enrolled.employee(), PracticeEvidence.AUDIT_SUBMITTED);
        }
        if (audit.approved()) {
            learning.recordEvidence(enrolled.employee(), PracticeEvidence.AUDIT_APPROVED);
        }
    }
}
