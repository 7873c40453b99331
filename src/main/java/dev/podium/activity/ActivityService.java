package dev.podium.activity;

import dev.podium.security.CurrentUser;
import dev.podium.security.Roles;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.LogSafe;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posting activity: an employee uploads an archive, previews what it holds, confirms, and sees their Social
 * Leadership Index with the counts behind it. Texts are the employee's own: only methods about the signed-in
 * person return them; what others may ask ({@link #evidenceFor}, {@link #meets}) are counts.
 */
@Service
public class ActivityService {

    private static final Logger log = LoggerFactory.getLogger(ActivityService.class);
    private static final int MIN_TOPICS = 3;
    private static final int MAX_TOPICS = 5;
    private static final int MAX_LABEL = 60;
    private static final int MAX_TERM = 60;
    private static final int MAX_TERMS = 20;
    private static final int EVIDENCE_WEEKS = 6;
    private static final int PROGRESS_STEP = 1_000;
    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** Who may ask about someone's evidence: HR and coaches, or the employee about themself. */
    private static final String EVIDENCE_READERS = "hasAnyRole('HR_ADMIN', 'COACH') or (hasRole('EMPLOYEE')"
            + " and @currentUser.get().isPresent() and @currentUser.employeeId().equals(#employee))";

    private final ItemStore items;
    private final ImportRunRepository imports;
    private final ChosenTopicRepository topics;
    private final IndexSnapshotRepository snapshots;
    private final UploadStore uploads;
    private final ActivityProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ItemClassifier classifier;
    private final SocialLeadershipCalculator calculator;
    private final ConversationCalculator conversationCalculator;
    private final ArchiveLimits limits;
    private final ExecutorService workers;
    private final ExecutorService readers;
    private final AnalyticsStore analytics;

    ActivityService(AnalyticsStore analytics, ItemStore items, ImportRunRepository imports, ChosenTopicRepository topics,
            IndexSnapshotRepository snapshots, UploadStore uploads, ActivityProperties properties,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.analytics = analytics;
        this.items = items;
        this.imports = imports;
        this.topics = topics;
        this.snapshots = snapshots;
        this.uploads = uploads;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.classifier = new ItemClassifier(properties, new HashSet<>(properties.companyDomains()));
        this.calculator = new SocialLeadershipCalculator(properties);
        this.conversationCalculator = new ConversationCalculator(properties);
        this.limits = properties.limits().toArchiveLimits();
        // two at a time: an import holds a database connection for its whole transaction; more would queue.
        // The caller's security context travels with the work, for listeners of the events it publishes.
        this.workers = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("activity-import-", 1).daemon(true).factory()));
        // each import reads its archive on a thread of its own while its worker writes (see ReadAhead)
        this.readers = Executors.newCachedThreadPool(Thread.ofPlatform().name("activity-read-", 1).daemon(true)
                .factory());
    }

    @PreDestroy
    void stopWorkers() throws InterruptedException {
        workers.shutdown();
        readers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        readers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * Stores an upload on the upload volume until the person confirms or leaves; refuses one larger than the
     * upload limit with {@link ActivityRuleViolation} {@code activity.ui.upload.too-large}.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public UploadedArchive receiveUpload(String fileName, InputStream content) {
        return uploads.save(currentUser.employeeId(), fileName, content, limits.maxUploadBytes());
    }

    /**
     * Reads the whole upload on a worker thread without storing anything. The future fails with
     * {@link ArchiveRejected} for bad input (the upload is then deleted).
     *
     * @param itemsRead told how many items were read so far, from the worker thread, every thousand items
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<ImportPreview> preview(UploadedArchive upload, LongConsumer itemsRead) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> readPreview(owner, upload, file, itemsRead), workers);
    }

    /**
     * Imports the upload in one transaction on a worker thread: every new item or none. Publishes
     * {@link ActivityImported} and {@link SocialLeadershipIndexChanged} inside that transaction, then deletes the
     * upload, whatever the outcome.
     *
     * @param itemsWritten told how many items were written so far, from the worker thread, every thousand items
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<ImportResult> confirm(UploadedArchive upload, LongConsumer itemsWritten) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return importArchive(owner, upload, file, itemsWritten);
            } finally {
                uploads.delete(owner, upload.id());
            }
        }, workers);
    }

    /**
     * Whether an upload is LinkedIn's analytics export (an .xlsx workbook) rather than an activity archive; the
     * analytics export goes through {@link #previewAnalytics} and {@link #confirmAnalytics}.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public boolean isAnalyticsExport(UploadedArchive upload) {
        return AnalyticsReader.isWorkbook(uploads.file(currentUser.employeeId(), upload.id()));
    }

    /**
     * Reads a whole analytics export on a worker thread without storing anything. The future fails with
     * {@link ArchiveRejected} for bad input, naming sheet and row (the upload is then deleted).
     *
     * @param rowsRead told how many rows were read so far, from the worker thread
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<AnalyticsPreview> previewAnalytics(UploadedArchive upload, LongConsumer rowsRead) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> {
            Instant started = clock.instant();
            long[] rows = {0};
            try {
                AnalyticsReport report = analyticsReader().read(upload.fileName(), file, counting(rows, rowsRead));
                rowsRead.accept(rows[0]);
                return new AnalyticsPreview(upload, report, analytics.lastImport(owner.value()).orElse(null));
            } catch (ArchiveRejected e) {
                uploads.delete(owner, upload.id());
                recordAnalyticsRefusal(owner, upload, e, started);
                throw e;
            }
        }, workers);
    }

    /**
     * Imports an analytics export in one transaction on a worker thread: every figure or none; a post or day already
     * known is updated, not duplicated. Publishes {@link SocialLeadershipIndexChanged} inside that transaction (the
     * conversations started count towards engagement quality), then deletes the upload, whatever the outcome.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<AnalyticsImportResult> confirmAnalytics(UploadedArchive upload, LongConsumer rowsWritten) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> {
            Instant started = clock.instant();
            try {
                return transactions.execute(status -> {
                    long run = analytics.start(owner.value(), upload.fileName(), started);
                    long before = analytics.countPosts(owner.value());
                    AnalyticsStore.Writer writer = analytics.writer(owner.value(), run, rowsWritten);
                    AnalyticsReport report = analyticsReader().read(upload.fileName(), file, writer);
                    writer.finish();
                    int added = Math.toIntExact(analytics.countPosts(owner.value()) - before);
                    analytics.complete(run, report, added, clock.instant());
                    IndexSnapshot snapshot = snapshots.findById(owner.value()).orElse(null);
                    SocialLeadershipIndex index = storeIndex(owner, snapshot, true);
                    log.info("Employee {} imported the analytics export {}: {} rows, {} new posts", owner,
                            upload.fileName(), report.rows(), added);
                    return new AnalyticsImportResult(report, added, index);
                });
            } catch (ArchiveRejected e) {
                recordAnalyticsRefusal(owner, upload, e, started);
                throw e;
            } catch (RuntimeException e) {
                log.error("Analytics import of {} by employee {} failed; nothing was stored", upload.fileName(),
                        owner, e);
                recordAnalyticsRefusal(owner, upload, null, started);
                throw e;
            } finally {
                uploads.delete(owner, upload.id());
            }
        }, workers);
    }

    private AnalyticsReader analyticsReader() {
        return new AnalyticsReader(properties.analytics(), limits);
    }

    /** A sink that only counts, for the preview. */
    private static AnalyticsFigures.Sink counting(long[] rows, LongConsumer progress) {
        return new AnalyticsFigures.Sink() {
            @Override
            public void post(AnalyticsFigures.Post post) {
                step();
            }

            @Override
            public void day(AnalyticsFigures.Day day) {
                step();
            }

            @Override
            public void followers(AnalyticsFigures.FollowerDay day) {
                step();
            }

            private void step() {
                if (++rows[0] % PROGRESS_STEP == 0) {
                    progress.accept(rows[0]);
                }
            }
        };
    }

    private void recordAnalyticsRefusal(EmployeeId owner, UploadedArchive upload, ArchiveRejected rejected,
            Instant started) {
        if (rejected != null) {
            log.info("Employee {} uploaded the analytics export {}, refused: {}", owner, upload.fileName(),
                    rejected.getMessage());
        }
        try {
            transactions.executeWithoutResult(status -> analytics.refused(owner.value(), upload.fileName(),
                    rejected == null ? null : rejected.messageKey(), started, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not log the refused analytics upload {} of employee {}", upload.fileName(), owner, e);
        }
    }

    /** The person leaves without importing: their upload is deleted now rather than by the next sweep. */
    @RolesAllowed(Roles.EMPLOYEE)
    public void discard(UploadedArchive upload) {
        uploads.delete(currentUser.employeeId(), upload.id());
    }

    /**
     * The system's clean-up when the owner's session or tab has ended with an upload still waiting: nobody is
     * signed in any more, so it runs as the system ({@code SystemUser}) and deletes the upload in its owner's
     * folder.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public void discardAbandoned(UploadedArchive upload) {
        uploads.delete(upload.owner(), upload.id());
    }

    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public MyVoice myVoice() {
        EmployeeId me = currentUser.employeeId();
        return new MyVoice(computeIndex(me), topicsOf(me), properties.companyDomains(),
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
        EmployeeId me = currentUser.employeeId();
        LocalDate today = today();
        return conversations(me, window(me, today), topicsOf(me), today);
    }

    /**
     * Someone's conversation figures, without any text: for their coach (the coaching module asks only within an
     * engagement), HR's aggregates, or the person themself.
     */
    @PreAuthorize(EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public Conversations conversationsOf(EmployeeId employee) {
        LocalDate today = today();
        return conversations(employee, window(employee, today), topicsOf(employee), today).withoutTexts();
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

    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<VoiceTopic> myVoiceTopics() {
        return topicsOf(currentUser.employeeId());
    }

    /**
     * Replaces the person's voice topics with 3–5 new ones (label required; keywords and hashtags cleaned,
     * {@code #} optional). Publishes {@link VoiceTopicsChosen}; the index is computed anew when the person has
     * imported before.
     *
     * @throws ActivityRuleViolation naming the topic and the rule broken
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public List<VoiceTopic> saveMyVoiceTopics(List<VoiceTopic> chosen) {
        EmployeeId me = currentUser.employeeId();
        List<VoiceTopic> clean = validTopics(chosen);
        topics.deleteByEmployee(me.value());
        Instant now = clock.instant();
        for (int i = 0; i < clean.size(); i++) {
            topics.save(new ChosenTopic(me.value(), i, clean.get(i), now));
        }
        topics.flush();
        events.publishEvent(new VoiceTopicsChosen(me, clean.size()));
        snapshots.findById(me.value()).ifPresent(snapshot -> storeIndex(me, snapshot, false));
        return clean;
    }

    /**
     * Reads the profile facts of the signed-in person's LinkedIn export (zip, tar.gz or a single profile CSV) as it
     * streams in, under the upload limits; only the profile files are opened and nothing is stored.
     *
     * @throws ArchiveRejected for bad input, including an upload over the limit
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public LinkedInProfile readLinkedInProfile(String fileName, InputStream content) {
        return new LinkedInProfileReader(limits).read(fileName, content);
    }

    /** Someone's chosen voice topics, for scoring their profile against them (HR, coaches, or themself). */
    @PreAuthorize(EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public List<VoiceTopic> voiceTopicsOf(EmployeeId employee) {
        return topicsOf(employee);
    }

    /** The largest upload accepted, in bytes (configured as {@code podium.activity.limits.max-upload}). */
    @RolesAllowed(Roles.EMPLOYEE)
    public long maxUploadBytes() {
        return limits.maxUploadBytes();
    }

    /** The domains whose links count as company content (configured as {@code podium.activity.company-domains}). */
    @RolesAllowed(Roles.EMPLOYEE)
    public List<String> companyDomains() {
        return properties.companyDomains();
    }

    /** What someone's activity shows, as counts, for programme goals and the learning module's practice tasks. */
    @PreAuthorize(EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public ActivityEvidence evidenceFor(EmployeeId employee) {
        LocalDate today = today();
        Instant windowStart = startOfWeeks(today, properties.windowWeeks());
        Instant sixWeeks = startOfWeeks(today, EVIDENCE_WEEKS);
        List<ItemStore.Dated> dated = items.originalsAndSubstantiveComments(employee.value(),
                windowStart.isBefore(sixWeeks) ? windowStart : sixWeeks, endOf(today));
        boolean originalPost = dated.stream().anyMatch(d -> original(d) && !d.occurredAt().isBefore(windowStart));
        int substantive = (int) dated.stream().filter(d -> d.classification() == Classification.SUBSTANTIVE_COMMENT
                && !d.occurredAt().isBefore(windowStart)).count();
        int weeks = weeksWithOriginals(dated, sixWeeks);
        long chosen = topics.countByEmployeeId(employee.value());
        return new ActivityEvidence(originalPost, substantive, chosen >= MIN_TOPICS && chosen <= MAX_TOPICS, weeks,
                computeIndex(employee).total());
    }

    /**
     * Someone's activity per ISO week of the index window, oldest first, as counts (never texts): for HR's
     * population-wide consistency trend, which reporting keeps from these figures after each import.
     */
    @PreAuthorize(EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public List<WeekActivity> weeksOf(EmployeeId employee) {
        return computeIndex(employee).weeks();
    }

    /** Whether someone's activity meets a programme goal today. */
    @PreAuthorize(EVIDENCE_READERS)
    @Transactional(readOnly = true)
    public boolean meets(EmployeeId employee, ActivityGoal goal) {
        LocalDate today = today();
        return switch (goal.kind()) {
            case SLI_AT_LEAST -> computeIndex(employee).total() >= goal.threshold();
            case VOICE_TOPICS -> topics.countByEmployeeId(employee.value()) >= goal.threshold();
            case ACTIVE_WEEKS -> computeIndex(employee).consistency().figures().get("activeWeeks").intValue()
                    >= goal.threshold();
            case ORIGINALITY_AT_LEAST -> computeIndex(employee).originality().score() >= goal.threshold();
            case ORIGINAL_POST_WEEKS, ORIGINAL_POSTS, SUBSTANTIVE_COMMENTS -> {
                Instant from = startOfWeeks(today, goal.weeks());
                List<ItemStore.Dated> dated = items.originalsAndSubstantiveComments(employee.value(), from,
                        endOf(today));
                long count = switch (goal.kind()) {
                    case ORIGINAL_POST_WEEKS -> weeksWithOriginals(dated, from);
                    case ORIGINAL_POSTS -> dated.stream().filter(ActivityService::original).count();
                    default -> dated.stream()
                            .filter(d -> d.classification() == Classification.SUBSTANTIVE_COMMENT).count();
                };
                yield count >= goal.threshold();
            }
        };
    }

    private ImportPreview readPreview(EmployeeId owner, UploadedArchive upload, Path file, LongConsumer itemsRead) {
        Instant started = clock.instant();
        Map<Classification, Integer> classes = new EnumMap<>(Classification.class);
        long[] count = {0};
        try {
            ArchiveReport report = new ArchiveReader(limits).read(upload.fileName(), file, item -> {
                classes.merge(classifier.classify(item).classification(), 1, Integer::sum);
                if (++count[0] % PROGRESS_STEP == 0) {
                    itemsRead.accept(count[0]);
                }
            });
            itemsRead.accept(count[0]);
            ImportSummary last = imports.findFirstByEmployeeIdAndStatusOrderByFinishedAtDesc(owner.value(),
                    ImportRun.Status.COMPLETED).map(ImportRun::summary).orElse(null);
            return new ImportPreview(upload, report, classes, last);
        } catch (ArchiveRejected e) {
            uploads.delete(owner, upload.id());
            recordRejection(owner, upload, e, started);
            throw e;
        }
    }

    private ImportResult importArchive(EmployeeId owner, UploadedArchive upload, Path file, LongConsumer written) {
        Instant started = clock.instant();
        try {
            return transactions.execute(status -> {
                ImportRun run = imports.saveAndFlush(new ImportRun(owner.value(), upload.fileName(), started));
                long before = items.count(owner.value());
                long writeStart = System.nanoTime();
                ItemStore.Writer writer = items.writer(owner.value(), run.id(), written);
                ArchiveReport report = ReadAhead.run(readers, classifier,
                        sink -> new ArchiveReader(limits).read(upload.fileName(), file, sink), writer::write);
                int read = Math.toIntExact(writer.written());
                int added = Math.toIntExact(items.count(owner.value()) - before);
                long indexStart = System.nanoTime();
                Instant now = clock.instant();
                run.complete(report.source(), read, added, now);
                events.publishEvent(new ActivityImported(owner, report.source(), added, now));
                IndexSnapshot snapshot = snapshots.findById(owner.value()).orElse(null);
                int previous = snapshot == null ? 0 : snapshot.total();
                SocialLeadershipIndex index = storeIndex(owner, snapshot, true);
                log.info("Employee {} imported {} ({}): {} items read, {} new; read and written in {} ms, index and"
                        + " events in {} ms", owner, upload.fileName(), report.source(), read, added,
                        (indexStart - writeStart) / 1_000_000, (System.nanoTime() - indexStart) / 1_000_000);
                return new ImportResult(report.source(), read, added, now, previous, index);
            });
        } catch (ArchiveRejected e) {
            recordRejection(owner, upload, e, started);
            throw e;
        } catch (RuntimeException e) {
            log.error("Import of {} by employee {} failed; nothing was stored", LogSafe.of(upload.fileName()), owner, e);
            recordRefusal(owner, upload, null, started);
            throw e;
        }
    }

    /**
     * Computes the index, keeps it as the employee's latest and publishes {@link SocialLeadershipIndexChanged}
     * (always after an import; after a topic change only when the total moved) and {@link ConversationsCounted}.
     */
    private SocialLeadershipIndex storeIndex(EmployeeId employee, IndexSnapshot existing, boolean always) {
        SocialLeadershipIndex index = computeIndex(employee);
        IndexSnapshot snapshot = existing == null ? new IndexSnapshot(employee.value()) : existing;
        int previous = existing == null ? 0 : existing.total();
        snapshot.record(index, clock.instant());
        snapshots.save(snapshot);
        if (always || previous != index.total()) {
            events.publishEvent(new SocialLeadershipIndexChanged(employee, previous, index.total(), index.band()));
        }
        LocalDate today = today();
        Conversations conversations = conversations(employee, window(employee, today), topicsOf(employee), today);
        events.publishEvent(new ConversationsCounted(employee, conversations.exportImported(),
                conversations.postsWithCommentFigures(), conversations.postsStarted(), today));
        return index;
    }

    private void recordRejection(EmployeeId owner, UploadedArchive upload, ArchiveRejected rejected, Instant started) {
        log.info("Employee {} uploaded {}, refused: {}", owner, LogSafe.of(upload.fileName()),
                LogSafe.of(rejected.getMessage()));
        recordRefusal(owner, upload, rejected.messageKey(), started);
    }

    /** A refused or failed import is logged in a transaction of its own: the import's own one has rolled back. */
    private void recordRefusal(EmployeeId owner, UploadedArchive upload, String messageKey, Instant started) {
        try {
            transactions.executeWithoutResult(status -> imports.save(ImportRun.refused(owner.value(),
                    upload.fileName(), messageKey, started, clock.instant())));
        } catch (RuntimeException e) {
            log.warn("Could not log the refused upload {} of employee {}", LogSafe.of(upload.fileName()), owner, e);
        }
    }

    private SocialLeadershipIndex computeIndex(EmployeeId employee) {
        LocalDate today = today();
        List<ClassifiedItem> window = window(employee, today);
        List<VoiceTopic> chosen = topicsOf(employee);
        Conversations conversations = conversations(employee, window, chosen, today);
        return calculator.compute(window, chosen, today, ConversationCalculator.received(conversations));
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

    private List<VoiceTopic> topicsOf(EmployeeId employee) {
        return topics.findByEmployeeIdOrderByPosition(employee.value()).stream().map(ChosenTopic::topic).toList();
    }

    /** Topics numbered as given (1-based), so a problem names the row the person filled in; blank rows drop out. */
    private static List<VoiceTopic> validTopics(List<VoiceTopic> chosen) {
        List<VoiceTopic> given = chosen == null ? List.of() : chosen;
        long filled = given.stream().filter(topic -> !emptyTopic(topic)).count();
        if (filled < MIN_TOPICS || filled > MAX_TOPICS) {
            throw new ActivityRuleViolation("topics", "activity.ui.topics.error.count", MIN_TOPICS, MAX_TOPICS,
                    filled);
        }
        List<VoiceTopic> clean = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            VoiceTopic topic = given.get(i);
            if (emptyTopic(topic)) {
                continue;
            }
            String field = "topic." + (i + 1);
            if (blank(topic.label())) {
                throw new ActivityRuleViolation(field + ".label", "activity.ui.topics.error.label-required", i + 1);
            }
            String label = topic.label().strip();
            if (label.length() > MAX_LABEL) {
                throw new ActivityRuleViolation(field + ".label", "activity.ui.topics.error.label-too-long", i + 1,
                        MAX_LABEL);
            }
            if (!labels.add(label.toLowerCase(Locale.ROOT))) {
                throw new ActivityRuleViolation(field + ".label", "activity.ui.topics.error.label-twice", label);
            }
            List<String> keywords = terms(topic.keywords(), field + ".keywords", label, false);
            List<String> hashtags = terms(topic.hashtags(), field + ".hashtags", label, true);
            clean.add(new VoiceTopic(label, keywords, hashtags));
        }
        return clean;
    }

    private static boolean emptyTopic(VoiceTopic topic) {
        return topic == null || blank(topic.label()) && topic.keywords().stream().allMatch(ActivityService::blank)
                && topic.hashtags().stream().allMatch(ActivityService::blank);
    }

    private static List<String> terms(List<String> given, String field, String label, boolean hashtags) {
        Set<String> seen = new HashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String term : given == null ? List.<String>of() : given) {
            if (blank(term)) {
                continue;
            }
            String clean = term.strip().replaceAll("\\s+", " ");
            if (hashtags) {
                clean = clean.replaceFirst("^#+", "");
                if (!HASHTAG.matcher(clean).matches()) {
                    throw new ActivityRuleViolation(field, "activity.ui.topics.error.hashtag", label, term.strip());
                }
            }
            if (clean.length() > MAX_TERM) {
                throw new ActivityRuleViolation(field, "activity.ui.topics.error.term-too-long", label, MAX_TERM);
            }
            if (seen.add(clean.toLowerCase(Locale.ROOT))) {
                terms.add(clean);
            }
        }
        if (terms.size() > MAX_TERMS) {
            throw new ActivityRuleViolation(field, "activity.ui.topics.error.too-many-terms", label, MAX_TERMS);
        }
        return List.copyOf(terms);
    }

    private static int weeksWithOriginals(List<ItemStore.Dated> dated, Instant from) {
        return (int) dated.stream()
                .filter(d -> original(d) && !d.occurredAt().isBefore(from))
                .map(d -> monday(d.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()))
                .distinct().count();
    }

    private static boolean original(ItemStore.Dated dated) {
        return dated.classification() == Classification.OWN_POST || dated.classification() == Classification.ARTICLE;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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
