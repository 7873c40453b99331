package dev.podium.coaching.process;

import dev.podium.coaching.CoachingProgrammeCompleted;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the completion step fail for programmes a test names, to prove the process step and the coach's check-in
 * roll back together. A plain (synchronous) listener: its exception reaches the delegate that published the event.
 */
@Component
public class FailingCompletion {

    private final Set<Long> failing = ConcurrentHashMap.newKeySet();

    public void failFor(long programmeId) {
        failing.add(programmeId);
    }

    public void stop(long programmeId) {
        failing.remove(programmeId);
    }

    @EventListener
    void on(CoachingProgrammeCompleted completed) {
        if (failing.contains(completed.programmeId())) {
            throw new IllegalStateException("completion step failed for programme " + completed.programmeId());
        }
    }
}
