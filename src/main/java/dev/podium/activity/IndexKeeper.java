package dev.podium.activity;

import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Someone's Social Leadership Index and the figures around it, computed from their stored items, voice topics and
 * analytics figures as of today (the injected clock), and their latest index kept as a snapshot. Shared by the
 * import, the voice topics and the index services; callers hold the transaction and check who may ask.
 */
@Component
class IndexKeeper {

    /** The evidence's look-back for "originals in 4 of the last 6 weeks". */
    private static final int EVIDENCE_WEEKS = 6;
    static final int MIN_TOPICS = 3;
    static final int MAX_TOPICS = 5;

    private final ItemStore items;
    private final ChosenTopicRepository topics;
    private final IndexSnapshotRepository snapshots;
    private final AnalyticsStore analytics;
    private final ActivityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ItemClassifier classifier;
    private final SocialLeadershipCalculator calculator;
    private final ConversationCalculator conversationCalculator;

    IndexKeeper(ItemStore items, ChosenTopicRepository topics, IndexSnapshotRepository snapshots,
            AnalyticsStore analytics, ActivityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.topics = topics;
        this.snapshots = snapshots;
        this.analytics = analytics;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.classifier = new ItemClassifier(properties, new HashSet<>(properties.companyDomains()));
        this.calculator = new SocialLeadershipCalculator(properties);
        this.conversationCalculator = new ConversationCalculator(properties);
    }

    /** Today's classification rules, for reading an upload the way the index will count it. */
    ItemClassifier classifier() {
        return classifier;
    }

    SocialLeadershipIndex compute(EmployeeId employee) {
        return computeWithConversations(employee).index();
    }

    private record Computed(SocialLeadershipIndex index, Conversations conversations) {
    }

    /** One read of the window serves the index and the conversations (it is the costly part after an import). */
    private Computed computeWithConversations(EmployeeId employee) {
        LocalDate today = today();
        List<ClassifiedItem> window = window(employee, today);
        List<VoiceTopic> chosen = topicsOf(employee);
        Conversations conversations = conversations(employee, window, chosen, today);
        return new Computed(calculator.compute(window, chosen, today, ConversationCalculator.received(conversations)),
                conversations);
    }

    /** The total of the index kept last, 0 before the first. */
    int lastTotal(EmployeeId employee) {
        return snapshots.findById(employee.value()).map(IndexSnapshot::total).orElse(0);
    }

    /**
     * After an import: computes the index, keeps it as the latest and publishes
     * {@link SocialLeadershipIndexChanged} and {@link ConversationsCounted}.
     */
    SocialLeadershipIndex storeAfterImport(EmployeeId employee) {
        return store(employee, snapshots.findById(employee.value()).orElse(null), true);
    }

    /**
     * After the voice topics changed: for someone who has an index, computes it anew and publishes
     * {@link SocialLeadershipIndexChanged} only when the total moved ({@link ConversationsCounted} always).
     */
    void storeAfterTopicsChanged(EmployeeId employee) {
        snapshots.findById(employee.value()).ifPresent(snapshot -> store(employee, snapshot, false));
    }

    private SocialLeadershipIndex store(EmployeeId employee, IndexSnapshot existing, boolean always) {
        Computed computed = computeWithConversations(employee);
        SocialLeadershipIndex index = computed.index();
        IndexSnapshot snapshot = existing == null ? new IndexSnapshot(employee.value()) : existing;
        int previous = existing == null ? 0 : existing.total();
        snapshot.record(index, clock.instant());
        snapshots.save(snapshot);
        if (always || previous != index.total()) {
            events.publishEvent(new SocialLeadershipIndexChanged(employee, previous, index.total(), index.band()));
        }
        Conversations conversations = computed.conversations();
        events.publishEvent(new ConversationsCounted(employee, conversations.exportImported(),
                conversations.postsWithCommentFigures(), conversations.postsStarted(), index.windowEnd()));
        return index;
    }

    /** The conversations someone's own posts started in the index window, texts included. */
    Conversations conversations(EmployeeId employee) {
        LocalDate today = today();
        return conversations(employee, window(employee, today), topicsOf(employee), today);
    }

    List<VoiceTopic> topicsOf(EmployeeId employee) {
        return topics.findByEmployeeIdOrderByPosition(employee.value()).stream().map(ChosenTopic::topic).toList();
    }

    /** What someone's activity shows, as counts: the index window's and the last six weeks' original work. */
    ActivityEvidence evidence(EmployeeId employee) {
        LocalDate today = today();
        Instant windowStart = startOfWeeks(today, properties.windowWeeks());
        Instant sixWeeks = startOfWeeks(today, EVIDENCE_WEEKS);
        List<ItemStore.Dated> dated = items.originalsAndSubstantiveComments(employee.value(),
                windowStart.isBefore(sixWeeks) ? windowStart : sixWeeks, endOf(today));
        ActivityGoal.RecentWork inWindow = ActivityGoal.RecentWork.of(dated, windowStart);
        ActivityGoal.RecentWork lastSix = ActivityGoal.RecentWork.of(dated, sixWeeks);
        long chosen = topics.countByEmployeeId(employee.value());
        return new ActivityEvidence(inWindow.originalPosts() > 0, inWindow.substantiveComments(),
                chosen >= MIN_TOPICS && chosen <= MAX_TOPICS, lastSix.weeksWithOriginals(), compute(employee).total());
    }

    /** Whether someone's activity meets a goal today; only the figures the goal needs are computed. */
    boolean meets(EmployeeId employee, ActivityGoal goal) {
        return goal.isMetBy(() -> compute(employee),
                () -> Math.toIntExact(topics.countByEmployeeId(employee.value())),
                () -> recentWork(employee, goal.weeks()));
    }

    private ActivityGoal.RecentWork recentWork(EmployeeId employee, int weeks) {
        LocalDate today = today();
        Instant from = startOfWeeks(today, weeks);
        return ActivityGoal.RecentWork.of(items.originalsAndSubstantiveComments(employee.value(), from, endOf(today)),
                from);
    }

    /** The items of the index window, classified again: items imported before a rule changed count by today's. */
    private List<ClassifiedItem> window(EmployeeId employee, LocalDate today) {
        return items.between(employee.value(), startOfWeeks(today, properties.windowWeeks()), endOf(today)).stream()
                .map(stored -> classifier.classify(stored.item())).toList();
    }

    private Conversations conversations(EmployeeId employee, List<ClassifiedItem> window, List<VoiceTopic> chosen,
            LocalDate today) {
        LocalDate start = monday(today).minusWeeks(properties.windowWeeks() - 1L);
        boolean imported = analytics.lastImport(employee.value()).isPresent();
        return conversationCalculator.compute(window,
                imported ? analytics.posts(employee.value(), start, today) : List.of(),
                imported ? analytics.followerDays(employee.value(), start, today) : List.of(), chosen, start, today,
                imported);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The Monday starting the oldest of the last {@code weeks} ISO weeks, the current one included. */
    private static Instant startOfWeeks(LocalDate today, int weeks) {
        return monday(today).minusWeeks(weeks - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant endOf(LocalDate today) {
        return today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
