package dev.podium.drafts;

import dev.podium.activity.ActivityKind;
import dev.podium.activity.DraftReading;
import dev.podium.activity.VoiceTopicService;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.ProgrammeRow;
import dev.podium.learning.LearningService;
import dev.podium.learning.SubmissionTask;
import dev.podium.notification.NotificationService;
import dev.podium.policy.DraftRules;
import dev.podium.policy.PolicyService;
import dev.podium.shared.CourseId;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.SystemUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft workspace. A draft is its owner's: only they and the coach of their open programme, while the draft is
 * shared with that coach in an open thread, read it; HR and line managers never do (their roles open none of these
 * methods, and a person's other roles do not open someone else's draft). Nothing here posts anything anywhere.
 */
@Service
public class DraftService {

    private final DraftRepository drafts;
    private final DraftVersionRepository versions;
    private final DraftShareRepository shares;
    private final DraftCommentRepository comments;
    private final WatchWordRepository watchWords;
    private final VoiceTopicService topics;
    private final PolicyService policies;
    private final CoachingService coaching;
    private final LearningService learning;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftService(DraftRepository drafts, DraftVersionRepository versions, DraftShareRepository shares,
            DraftCommentRepository comments, WatchWordRepository watchWords, VoiceTopicService topics,
            PolicyService policies, CoachingService coaching, LearningService learning,
            NotificationService notifications, CurrentUser currentUser, Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.shares = shares;
        this.comments = comments;
        this.watchWords = watchWords;
        this.topics = topics;
        this.policies = policies;
        this.coaching = coaching;
        this.learning = learning;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in employee's drafts, last changed first. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<DraftSummary> myDrafts() {
        return drafts.findByOwnerIdOrderByUpdatedAtDescIdDesc(currentUser.employeeId().value()).stream()
                .map(d -> new DraftSummary(d.id(), d.kind(), d.title(), d.versionNumber(), d.updatedAt(),
                        shares.findFirstByDraftIdOrderBySharedAtDescIdDesc(d.id()).map(DraftShare::state)
                                .orElse(null)))
                .toList();
    }

    /** Starts an empty draft of the signed-in employee; returns its id. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public long create(DraftKind kind, String title) {
        if (kind == null) {
            throw new DraftRuleViolation("drafts.error.kind-required");
        }
        return drafts.save(new Draft(currentUser.employeeId().value(), kind, title(title), clock.instant())).id();
    }

    /**
     * A draft for its owner, or for the coach it is shared with while their programme links them and the thread is
     * open. Anyone else gets the same refusal whether the draft exists or not.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH})
    @Transactional(readOnly = true)
    public DraftView draft(long draftId) {
        Draft draft = readable(draftId);
        return view(draft, draft.ownerId() == currentUser.employeeId().value());
    }

    /**
     * Saves the owner's title and text; a changed text is a new version (all are kept). Saving is never refused for
     * what the pre-flight check says, only for a text beyond {@value Draft#MAX_TEXT} characters.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public DraftView save(long draftId, String title, String text) {
        Draft draft = mine(draftId);
        String body = text == null ? "" : text;
        if (body.length() > Draft.MAX_TEXT) {
            throw new DraftRuleViolation("drafts.error.too-long", Draft.MAX_TEXT);
        }
        Instant now = clock.instant();
        if (draft.revise(title(title), body, now)) {
            versions.save(new DraftVersion(draft.id(), draft.versionNumber(), body, now));
        }
        return view(draft, true);
    }

    /** Deletes one of the signed-in employee's drafts with its versions, thread and comments. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public void delete(long draftId) {
        drafts.delete(mine(draftId));
    }

    /**
     * The pre-flight check of a text as the signed-in employee would post it: the platform's limit, own words against
     * a bare link or company content (activity's classification rules), disclosure and the guidelines' sections
     * (policy), HR's confidential words and product names, and the person's voice topics. Advice only.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Preflight check(DraftKind kind, String text, Locale language) {
        String body = text == null ? "" : text;
        DraftReading reading = topics.readMyDraft(kind == DraftKind.COMMENT ? ActivityKind.COMMENT
                : ActivityKind.POST, body);
        DraftRules rules = policies.draftRules(language).orElse(null);
        return PreflightCheck.check(kind, body, reading, rules, words(WatchListKind.CONFIDENTIAL),
                words(WatchListKind.PRODUCT));
    }

    /** The coach of the signed-in employee's open programme, if one links them now (who a draft would go to). */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Optional<String> myCoach() {
        return coaching.myOpenProgramme().map(ProgrammeRow::coachName);
    }

    /**
     * Shares the owner's draft with the coach of their open programme (refused without one) and tells the coach. A
     * draft whose thread is open stays shared; after a closed thread, sharing starts a new one.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public void share(long draftId) {
        Draft draft = mine(draftId);
        if (draft.body().isBlank()) {
            throw new DraftRuleViolation("drafts.error.share-empty");
        }
        ProgrammeRow programme = coaching.myOpenProgramme()
                .orElseThrow(() -> new DraftRuleViolation("drafts.error.no-coach"));
        Optional<DraftShare> latest = shares.findFirstByDraftIdOrderBySharedAtDescIdDesc(draftId);
        if (latest.isPresent() && latest.get().state() == ShareState.OPEN
                && latest.get().coachId() == programme.coach().value()) {
            throw new DraftRuleViolation("drafts.error.already-shared");
        }
        latest.filter(share -> share.state() == ShareState.OPEN)
                .ifPresent(share -> share.close(draft.ownerId(), clock.instant()));
        DraftShare share = shares.saveAndFlush(new DraftShare(draftId, programme.coach().value(),
                programme.coachName(), programme.programmeId(), clock.instant()));
        String name = currentUser.require().displayName();
        SystemUser.run(() -> notifications.notify(programme.coach(), "drafts.notification.shared",
                List.of(name, draft.title()), "coach/drafts/" + draftId, "draft-share-" + share.id()));
    }

    /**
     * Comments on a passage ({@code start} inclusive, {@code end} exclusive, UTF-16 offsets) of one version, in the
     * open thread; the owner or the coach may comment, and the other is told.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH})
    @Transactional
    public CommentView comment(long draftId, int versionNumber, int start, int end, String text) {
        Draft draft = readable(draftId);
        DraftShare share = openThread(draft);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new DraftRuleViolation("drafts.error.comment-empty");
        }
        if (body.length() > DraftComment.MAX_BODY) {
            throw new DraftRuleViolation("drafts.error.comment-too-long", DraftComment.MAX_BODY);
        }
        String version = versionNumber == draft.versionNumber() ? draft.body()
                : versions.findByDraftIdOrderByNumberDesc(draftId).stream().filter(v -> v.number() == versionNumber)
                        .map(DraftVersion::body).findFirst()
                        .orElseThrow(() -> new DraftRuleViolation("drafts.error.no-version", versionNumber));
        if (start < 0 || end <= start || end > version.length()) {
            throw new DraftRuleViolation("drafts.error.passage");
        }
        long me = currentUser.employeeId().value();
        DraftComment saved = comments.save(new DraftComment(share.id(), me, versionNumber, start, end,
                version.substring(start, end), body, clock.instant()));
        boolean byOwner = me == draft.ownerId();
        EmployeeId recipient = EmployeeId.of(byOwner ? share.coachId() : draft.ownerId());
        String name = currentUser.require().displayName();
        String link = byOwner ? "coach/drafts/" + draftId : "drafts/" + draftId;
        comments.flush();
        SystemUser.run(() -> notifications.notify(recipient, "drafts.notification.commented",
                List.of(name, draft.title()), link, "draft-comment-" + saved.id()));
        return commentView(saved, draft, share, namesFor(draft, share));
    }

    /** Closes the draft's open thread; the owner or the coach may. The coach no longer sees the draft. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH})
    @Transactional
    public void close(long draftId) {
        Draft draft = readable(draftId);
        openThread(draft).close(currentUser.employeeId().value(), clock.instant());
    }

    /** Drafts shared with the signed-in coach in open threads, by participants their open programmes link them to. */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public List<SharedDraft> sharedWithMe() {
        Map<Long, ProgrammeRow> linked = coaching.myParticipants().stream()
                .collect(Collectors.toMap(ProgrammeRow::programmeId, Function.identity(), (a, b) -> a));
        List<SharedDraft> rows = new ArrayList<>();
        for (DraftShare share : shares.findByCoachIdOrderBySharedAtDescIdDesc(currentUser.employeeId().value())) {
            ProgrammeRow programme = linked.get(share.programmeId());
            if (share.state() != ShareState.OPEN || programme == null) {
                continue;
            }
            drafts.findById(share.draftId()).filter(d -> d.ownerId() == programme.employee().value())
                    .filter(d -> shares.findFirstByDraftIdOrderBySharedAtDescIdDesc(d.id()).map(DraftShare::id)
                            .orElse(-1L) == share.id())
                    .ifPresent(d -> rows.add(new SharedDraft(d.id(), programme.participantName(), d.kind(), d.title(),
                            share.sharedAt(), comments.countByShareId(share.id()), d.practice() != null)));
        }
        return rows;
    }

    /** The practice tasks asking for the signed-in employee's own text, where a draft can be handed in. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public List<SubmissionTask> practiceTasks(Locale language) {
        return learning.mySubmissionTasks(language);
    }

    /**
     * Hands the draft's current text in as the answer to a practice task (learning checks the task's rules, such as
     * its length, and keeps the submission in the portfolio); the draft remembers which task and version.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public void handIn(long draftId, CourseId course, String taskId, Locale language) {
        Draft draft = mine(draftId);
        SubmissionTask task = learning.mySubmissionTasks(language).stream()
                .filter(t -> t.courseId().equals(course) && t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new DraftRuleViolation("drafts.error.no-task"));
        learning.submitPractice(course, taskId, draft.body(), language);
        draft.handedIn(course.value(), taskId, task.taskTitle(), clock.instant());
    }

    /**
     * Everything drafts holds about a person, for their data export: every draft with all kept versions and the
     * comments of its threads. The system asks for anyone; a person only for themself.
     */
    @PreAuthorize("hasRole('SYSTEM') or (hasRole('EMPLOYEE') and @currentUser.get().isPresent()"
            + " and @currentUser.employeeId().equals(#person))")
    @Transactional(readOnly = true)
    public List<DraftExport> exportFor(EmployeeId person) {
        List<DraftExport> out = new ArrayList<>();
        for (Draft draft : drafts.findByOwnerIdOrderByUpdatedAtDescIdDesc(person.value())) {
            List<CommentView> thread = new ArrayList<>();
            for (DraftShare share : shares.findByDraftIdOrderBySharedAtAscIdAsc(draft.id())) {
                Names names = new Names("", share.coachName());
                comments.findByShareIdOrderByCreatedAtAscIdAsc(share.id())
                        .forEach(c -> thread.add(commentView(c, draft, share, names)));
            }
            out.add(new DraftExport(draft.id(), draft.kind(), draft.title(), draft.createdAt(), texts(draft), thread,
                    draft.practice()));
        }
        return out;
    }

    private List<String> words(WatchListKind kind) {
        return watchWords.findByListKindOrderByWordAsc(kind).stream().map(WatchWord::word).toList();
    }

    private Draft mine(long draftId) {
        Draft draft = drafts.findById(draftId).orElse(null);
        if (draft == null || draft.ownerId() != currentUser.employeeId().value()) {
            throw new AccessDeniedException("Not one's own draft");
        }
        return draft;
    }

    /** The owner's draft, or one shared with the signed-in coach in an open thread while their programme is open. */
    private Draft readable(long draftId) {
        SignedInUser me = currentUser.require();
        Draft draft = drafts.findById(draftId).orElse(null);
        if (draft != null && draft.ownerId() == me.employeeId().value() && me.hasRole(Role.EMPLOYEE)) {
            return draft;
        }
        if (draft != null && me.hasRole(Role.COACH)) {
            Optional<DraftShare> share = shares.findFirstByDraftIdOrderBySharedAtDescIdDesc(draftId)
                    .filter(s -> s.state() == ShareState.OPEN && s.coachId() == me.employeeId().value());
            if (share.isPresent() && coaching.myParticipants().stream().anyMatch(p -> p.programmeId() == share.get()
                    .programmeId() && p.employee().value() == draft.ownerId())) {
                return draft;
            }
        }
        // the same answer whether the draft exists or not
        throw new AccessDeniedException("Not a draft this person may read");
    }

    private DraftShare openThread(Draft draft) {
        return shares.findFirstByDraftIdOrderBySharedAtDescIdDesc(draft.id())
                .filter(share -> share.state() == ShareState.OPEN)
                .orElseThrow(() -> new DraftRuleViolation("drafts.error.not-shared"));
    }

    private DraftView view(Draft draft, boolean mine) {
        Optional<DraftShare> share = shares.findFirstByDraftIdOrderBySharedAtDescIdDesc(draft.id());
        Names names = share.map(s -> namesFor(draft, s)).orElse(new Names("", ""));
        List<CommentView> thread = share.map(s -> comments.findByShareIdOrderByCreatedAtAscIdAsc(s.id()).stream()
                .map(c -> commentView(c, draft, s, names)).toList()).orElse(List.of());
        ShareView shareView = share.map(s -> new ShareView(s.state(), s.coachName(), s.sharedAt(), s.closedAt(),
                s.closedBy() != null && s.closedBy() == draft.ownerId())).orElse(null);
        return new DraftView(draft.id(), names.owner(), draft.kind(), draft.title(), draft.body(),
                draft.versionNumber(), draft.updatedAt(), texts(draft), shareView, thread, draft.practice(), mine);
    }

    private List<DraftText> texts(Draft draft) {
        return versions.findByDraftIdOrderByNumberDesc(draft.id()).stream()
                .map(v -> new DraftText(v.number(), v.body(), v.savedAt())).toList();
    }

    private record Names(String owner, String coach) {
    }

    /** The owner's name as the reader knows it: their own, or the participant's on the coach's board. */
    private Names namesFor(Draft draft, DraftShare share) {
        SignedInUser me = currentUser.require();
        if (me.employeeId().value() == draft.ownerId()) {
            return new Names(me.displayName(), share.coachName());
        }
        String owner = coaching.myParticipants().stream().filter(p -> p.programmeId() == share.programmeId())
                .map(ProgrammeRow::participantName).findFirst().orElse("");
        return new Names(owner, share.coachName());
    }

    private static CommentView commentView(DraftComment c, Draft draft, DraftShare share, Names names) {
        boolean byCoach = c.authorId() != draft.ownerId();
        return new CommentView(c.id(), byCoach, byCoach ? share.coachName() : names.owner(), c.versionNumber(),
                c.startOffset(), c.endOffset(), c.quoted(), c.body(), c.createdAt(),
                draft.body().contains(c.quoted()));
    }

    private static String title(@Nullable String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new DraftRuleViolation("drafts.error.title-required");
        }
        if (clean.length() > Draft.MAX_TITLE) {
            throw new DraftRuleViolation("drafts.error.title-too-long", Draft.MAX_TITLE);
        }
        return clean;
    }
}
