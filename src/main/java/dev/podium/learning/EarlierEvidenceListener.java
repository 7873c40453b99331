package dev.podium.learning;

import dev.podium.activity.ActivityEvidence;
import dev.podium.activity.ActivityIndexService;
import dev.podium.audit.AuditEvidence;
import dev.podium.audit.AuditService;
import dev.podium.course.CourseService;
import dev.podium.course.PracticeEvidence;
import dev.podium.course.PracticeTask;
import dev.podium.course.TaskCompletion;
import dev.podium.security.SystemUser;
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
 * course could not be completed. The policy module does the same for attestations.
 */
@Component
class EarlierEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(EarlierEvidenceListener.class);

    private final ActivityIndexService activity;
    private final AuditService audits;
    private final LearningService learning;
    private final CourseService courses;

    EarlierEvidenceListener(ActivityIndexService activity, AuditService audits, LearningService learning,
            CourseService courses) {
        this.activity = activity;
        this.audits = audits;
        this.learning = learning;
        this.courses = courses;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CourseEnrolled enrolled) {
        try {
            SystemUser.run(() -> {
                // a wave enrols thousands at once: only courses with evidence tasks ask the other modules
                Set<TaskCompletion> kinds = courses.outline(enrolled.course(), Locale.ENGLISH).stream()
                        .flatMap(outline -> outline.lessons().stream()).flatMap(lesson -> lesson.practice().stream())
                        .map(PracticeTask::completion).collect(Collectors.toSet());
                if (kinds.contains(TaskCompletion.ACTIVITY)) {
                    activityEvidence(enrolled);
                }
                if (kinds.contains(TaskCompletion.AUDIT)) {
                    auditEvidence(enrolled);
                }
            });
        } catch (RuntimeException e) {
            // the enrolment stands; the next import, audit step or attestation completes the tasks
            log.warn("Could not complete practice tasks from earlier evidence for employee {}", enrolled.employee(), e);
        }
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
