package dev.podium.activity;

import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Social Leadership Index and what it rests on: the signed-in person's own picture (texts included), and for
 * others — their coach, the programme, reporting and the learning module — counts only ({@link #evidenceFor},
 * {@link #meets}, {@link #weeksOf}, {@link #conversationsOf}).
 */
@Service
public class ActivityIndexService {

    private final IndexKeeper indexes;
    private final ItemStore items;
    private final ImportRunRepository imports;
    private final ActivityProperties properties;
    private final CurrentUser currentUser;
    private final ChosenTopicRepository topics;

    ActivityIndexService(IndexKeeper indexes, ItemStore items, ImportRunRepository imports,
            ActivityProperties properties, CurrentUser currentUser, ChosenTopicRepository topics) {
        this.topics = topics;
        this.indexes = indexes;
        this.items = items;
        this.imports = imports;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    /** The signed-in person's index today with the counts behind it, their topics and their last import. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public MyVoice myVoice() {
        EmployeeId me = currentUser.employeeId();
        return new MyVoice(indexes.compute(me), indexes.topicsOf(me), properties.companyDomains(),
                imports.findFirstByEmployeeIdAndStatusOrderByFinishedAtDesc(me.value(), ImportRun.Status.COMPLETED)
                        .map(ImportRun::summary).orElse(null),
                items.count(me.value()));
    }

    /**
     * The conversations the signed-in person's own posts started in the index window, with the start of each post's
     * text, from LinkedIn's analytics export beside the archive.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Conversations myConversations() {
        return indexes.conversations(currentUser.employeeId());
    }

    /**
     * Someone's conversation figures, without any text: for their coach (assigned in an open programme; the
     * coaching module asks within the engagement), reporting's aggregates, or the person themself.
     */
    @PreAuthorize(ActivityAccess.EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public Conversations conversationsOf(EmployeeId employee) {
        return indexes.conversations(employee).withoutTexts();
    }

    /** A page of the signed-in person's own items, newest first, texts included. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<MyActivityItem> myItems(int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > 1_000) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        return items.page(currentUser.employeeId().value(), offset, limit);
    }

    /** What someone's activity shows, as counts, for programme goals and the learning module's practice tasks. */
    @PreAuthorize(ActivityAccess.EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public ActivityEvidence evidenceFor(EmployeeId employee) {
        return indexes.evidence(employee);
    }

    /**
     * Someone's activity per ISO week of the index window, oldest first, as counts (never texts): for HR's
     * population-wide consistency trend, which reporting keeps from these figures after each import.
     */
    @PreAuthorize(ActivityAccess.EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public List<WeekActivity> weeksOf(EmployeeId employee) {
        return indexes.compute(employee).weeks();
    }

    /** Whether someone's activity meets a programme goal today. */
    @PreAuthorize(ActivityAccess.EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public boolean meets(EmployeeId employee, ActivityGoal goal) {
        return indexes.meets(employee, goal);
    }

    /**
     * Those of these people who have imported anything or chosen voice topics: nobody else has activity evidence, so
     * a course assigned to a thousand people asks {@link #evidenceFor} only for them.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public Set<EmployeeId> withAnyActivity(Collection<EmployeeId> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Set<EmployeeId> found = new HashSet<>();
        topics.findWithAnyActivity(people.stream().map(EmployeeId::value).distinct().toList())
                .forEach(id -> found.add(EmployeeId.of(id)));
        return found;
    }
}
