package dev.podium.learning;

import dev.podium.activity.ActivityEvidence;
import dev.podium.activity.ActivityImported;
import dev.podium.activity.ActivityIndexService;
import dev.podium.activity.VoiceTopicsChosen;
import dev.podium.course.PracticeEvidence;
import dev.podium.course.TaskCompletion;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completes practice tasks by evidence once imported activity or chosen voice topics are committed: the import
 * stands on its own, and a problem here never undoes it.
 */
@Component
class ActivityEvidenceListener {

    private static final Logger log = LoggerFactory.getLogger(ActivityEvidenceListener.class);

    private final ActivityIndexService activity;
    private final LearningService learning;

    ActivityEvidenceListener(ActivityIndexService activity, LearningService learning) {
        this.activity = activity;
        this.learning = learning;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ActivityImported imported) {
        completeTasks(imported.employee());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(VoiceTopicsChosen chosen) {
        completeTasks(chosen.employee());
    }

    private void completeTasks(EmployeeId employee) {
        try {
            SystemUser.run(() -> {
                ActivityEvidence evidence = activity.evidenceFor(employee);
                for (PracticeEvidence kind : PracticeEvidence.values()) {
                    if (kind.completion() == TaskCompletion.ACTIVITY && evidence.provides(kind.id())) {
                        learning.recordEvidence(employee, kind);
                    }
                }
            });
        } catch (RuntimeException e) {
            // the event's publication stays incomplete and is delivered again (recording evidence twice adds nothing)
            log.warn("Could not complete practice tasks from activity evidence for employee {}", employee, e);
            throw e;
        }
    }
}
