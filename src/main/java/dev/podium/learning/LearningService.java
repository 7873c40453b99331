package dev.podium.learning;

import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.course.LessonOutline;
import dev.podium.course.PracticeEvidence;
import dev.podium.course.PracticeTask;
import dev.podium.course.QuizScore;
import dev.podium.course.QuizSheet;
import dev.podium.course.SubmissionLength;
import dev.podium.course.TaskCompletion;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Roles;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own progress: enrolling, marking lessons complete, quiz attempts, practice tasks. Every step
 * re-evaluates the course at once and publishes what changed; nothing waits for a batch job.
 */
@Service
public class LearningService {

    private final LearningReminders reminders;
    private final EnrolmentRepository enrolments;
    private final QuizAttemptRepository attempts;
    private final PracticeCompletionRepository practice;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningService(EnrolmentRepository enrolments, QuizAttemptRepository attempts,
            PracticeCompletionRepository practice, CourseService courses, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, LearningReminders reminders) {
        this.reminders = reminders;
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.practice = practice;
        this.courses = courses;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Enrols the signed-in person in a course open to self-enrolment; enrolling twice changes nothing. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public CourseProgress enrol(CourseId course, Locale language) {
        CourseOutline outline = outline(course, language);
        EmployeeId me = currentUser.employeeId();
        Optional<Enrolment> existing = enrolments.findByEmployeeIdAndCourseId(me.value(), course.value());
        if (existing.isPresent()) {
            return progress(existing.get(), outline, language);
        }
        if (!outline.summary().selfEnrolment()) {
            throw new LearningRuleViolation("learning.rule.no-self-enrolment");
        }
        Enrolment enrolment;
        try {
            enrolment = enrolments.saveAndFlush(new Enrolment(me, course, me, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // the same person enrolled from another tab or node a moment ago
            throw new LearningRuleViolation("learning.rule.already-enrolled");
        }
        events.publishEvent(new CourseEnrolled(me, course, me, null, enrolment.enrolledAt()));
        return progress(enrolment, outline, language);
    }

    /**
     * Assigns a course to people (HR's rollout; the system calls it): enrols each one not enrolled yet with the due
     * date and publishes one {@link CourseAssigned} for them; an earlier enrolment stays as it is and only gains the due date if
     * it had none. One query for the existing enrolments of the whole batch; inserts go out as JDBC batches.
     *
     * @return how many were newly enrolled
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public int assign(java.util.Collection<EmployeeId> employees, CourseId course, java.time.LocalDate dueDate,
            EmployeeId assignedBy) {
        if (employees.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<Long, Enrolment> existing = enrolments.findByCourseIdAndEmployeeIdIn(course.value(),
                employees.stream().map(EmployeeId::value).toList()).stream()
                .collect(Collectors.toMap(Enrolment::employeeIdValue, e -> e));
        List<Enrolment> created = new ArrayList<>();
        for (EmployeeId employee : new LinkedHashSet<>(employees)) {
            Enrolment enrolment = existing.get(employee.value());
            if (enrolment == null) {
                Enrolment fresh = new Enrolment(employee, course, assignedBy, now);
                fresh.due(dueDate);
                created.add(fresh);
            } else {
                enrolment.due(dueDate);
            }
        }
        enrolments.saveAll(created);
        if (!created.isEmpty()) {
            // one event for the lot: its listeners update their copies set by set, not person by person
            events.publishEvent(new CourseAssigned(course, created.stream().map(Enrolment::employee).toList(),
                    dueDate, assignedBy, now));
        }
        return created.size();
    }

    /**
     * How these people (a page of a wave's members) are getting on with these courses: completed all of them, started
     * or completed some, or not started any.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public LearnerCounts countsOf(java.util.Collection<EmployeeId> people, Set<CourseId> courseIds) {
        if (people.isEmpty() || courseIds.isEmpty()) {
            return new LearnerCounts(people.size(), 0, 0);
        }
        Map<Long, int[]> states = states(people, courseIds);
        long completed = 0;
        long inProgress = 0;
        for (EmployeeId person : new LinkedHashSet<>(people)) {
            int[] state = states.get(person.value());
            if (state == null || state[0] == 0 && state[1] == 0) {
                continue;
            }
            if (state[0] == courseIds.size()) {
                completed++;
            } else {
                inProgress++;
            }
        }
        return new LearnerCounts(new LinkedHashSet<>(people).size() - completed - inProgress, inProgress, completed);
    }

    /** Those of these people who have not started any of these courses (no activity since they were enrolled). */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<EmployeeId> notStarted(java.util.Collection<EmployeeId> people, Set<CourseId> courseIds) {
        if (people.isEmpty() || courseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> states = states(people, courseIds);
        return new LinkedHashSet<>(people).stream().filter(person -> {
            int[] state = states.get(person.value());
            return state == null || state[0] == 0 && state[1] == 0;
        }).toList();
    }

    /** How each of these people (a page of a wave's members) is getting on with these courses. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Map<EmployeeId, LearnerState> statesOf(java.util.Collection<EmployeeId> people, Set<CourseId> courseIds) {
        Map<Long, int[]> states = courseIds.isEmpty() ? Map.of() : states(people, courseIds);
        Map<EmployeeId, LearnerState> result = new java.util.LinkedHashMap<>();
        for (EmployeeId person : people) {
            int[] state = states.get(person.value());
            result.put(person, state == null || state[0] == 0 && state[1] == 0 ? LearnerState.NOT_STARTED
                    : state[0] == courseIds.size() ? LearnerState.COMPLETED : LearnerState.IN_PROGRESS);
        }
        return result;
    }

    /** Per person: how many of the courses they completed [0] and how many more they started [1]. */
    private Map<Long, int[]> states(java.util.Collection<EmployeeId> people, Set<CourseId> courseIds) {
        Map<Long, int[]> states = new java.util.HashMap<>();
        for (Object[] row : enrolments.findStates(courseIds.stream().map(CourseId::value).toList(),
                people.stream().map(EmployeeId::value).toList())) {
            int[] state = states.computeIfAbsent((Long) row[0], k -> new int[2]);
            if (Boolean.TRUE.equals(row[1])) {
                state[0]++;
            } else if (Boolean.TRUE.equals(row[2])) {
                state[1]++;
            }
        }
        return states;
    }

    /**
     * Sends the learners' nudges due now: stalled in an open course, a course due soon, a course overdue; each once.
     * Runs daily under the cluster lock; the system calls it.
     *
     * @return how many nudges were new
     */
    @RolesAllowed(Roles.SYSTEM)
    public int remindLearners() {
        return reminders.remind();
    }

    /** The signed-in person's progress in a course, if they are enrolled. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public Optional<CourseProgress> progress(CourseId course, Locale language) {
        return enrolments.findByEmployeeIdAndCourseId(currentUser.employeeId().value(), course.value())
                .flatMap(enrolment -> courses.outline(course, language)
                        .map(outline -> progress(enrolment, outline, language)));
    }

    /** Every course the signed-in person is enrolled in, most recently active first. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public List<CourseProgress> myLearning(Locale language) {
        List<Enrolment> mine = enrolments.findByEmployeeIdOrderByLastActivityAtDesc(
                currentUser.employeeId().value());
        List<Long> ids = mine.stream().map(Enrolment::id).toList();
        Map<Long, List<QuizAttempt>> attemptsByEnrolment = attempts.findByEnrolmentIdInOrderByAttemptedAt(ids)
                .stream().collect(Collectors.groupingBy(QuizAttempt::enrolmentIdValue));
        Map<Long, List<PracticeCompletion>> tasksByEnrolment = practice.findByEnrolmentIdIn(ids).stream()
                .collect(Collectors.groupingBy(PracticeCompletion::enrolmentId));
        List<CourseProgress> progress = new ArrayList<>();
        for (Enrolment enrolment : mine) {
            courses.outline(enrolment.course(), language).ifPresent(outline -> progress.add(progress(enrolment,
                    outline, attemptsByEnrolment.getOrDefault(enrolment.id(), List.of()),
                    tasksByEnrolment.getOrDefault(enrolment.id(), List.of()))));
        }
        return progress;
    }

    /**
     * Whether and how a person completed a course, with their quiz average; for the system only (attestations record
     * it). HR sees completion through the reporting lists, never one person's quiz scores.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public Optional<CourseCompletion> completionOf(EmployeeId employee, CourseId course) {
        return enrolments.findByEmployeeIdAndCourseId(employee.value(), course.value())
                .filter(Enrolment::completed)
                .map(enrolment -> {
                    Map<String, Integer> best = new java.util.HashMap<>();
                    for (QuizAttempt attempt : attempts.findByEnrolmentIdOrderByAttemptedAt(enrolment.id())) {
                        best.merge(attempt.lessonId(), attempt.scorePercent(), Math::max);
                    }
                    Integer average = best.isEmpty() ? null
                            : (int) Math.round(best.values().stream().mapToInt(Integer::intValue).average().orElse(0));
                    return new CourseCompletion(course, enrolment.completedVersion(), enrolment.completedRule(),
                            enrolment.completedAt(), average);
                });
    }

    /**
     * Where a person stands in a course, completed or not; for the system (an attestation records it, and in a
     * course that requires the attestation it comes before completion).
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public Optional<CourseStanding> standingIn(EmployeeId employee, CourseId course) {
        return enrolments.findByEmployeeIdAndCourseId(employee.value(), course.value()).map(enrolment -> {
            Map<String, Integer> best = new java.util.HashMap<>();
            for (QuizAttempt attempt : attempts.findByEnrolmentIdOrderByAttemptedAt(enrolment.id())) {
                best.merge(attempt.lessonId(), attempt.scorePercent(), Math::max);
            }
            Integer average = best.isEmpty() ? null
                    : (int) Math.round(best.values().stream().mapToInt(Integer::intValue).average().orElse(0));
            String hash = enrolment.completed() ? enrolment.completedVersion()
                    : courses.outline(course, Locale.ENGLISH).map(CourseOutline::contentHash).orElse(null);
            return new CourseStanding(course, hash, enrolment.completed(), average);
        });
    }

    /** The signed-in person's own practice submissions across their courses, newest first: their portfolio. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public List<PortfolioEntry> myPortfolio(Locale language) {
        List<Enrolment> mine = enrolments.findByEmployeeIdOrderByLastActivityAtDesc(
                currentUser.employeeId().value());
        Map<Long, Enrolment> byId = mine.stream().collect(Collectors.toMap(Enrolment::id, e -> e));
        List<PortfolioEntry> entries = new ArrayList<>();
        for (PracticeCompletion completion : practice.findByEnrolmentIdIn(byId.keySet())) {
            if (completion.submission() == null) {
                continue;
            }
            Enrolment enrolment = byId.get(completion.enrolmentId());
            Optional<CourseOutline> outline = courses.outline(enrolment.course(), language);
            String courseTitle = outline.map(o -> o.summary().title()).orElse(enrolment.course().value());
            Optional<LessonOutline> lesson = outline.flatMap(o -> o.lessons().stream()
                    .filter(l -> l.practice().stream().anyMatch(t -> t.id().equals(completion.taskId()))).findFirst());
            String taskTitle = lesson.flatMap(l -> l.practice().stream()
                    .filter(t -> t.id().equals(completion.taskId())).findFirst()).map(PracticeTask::title)
                    .orElse(completion.taskId());
            entries.add(new PortfolioEntry(enrolment.course(), courseTitle, lesson.map(LessonOutline::id).orElse(null),
                    completion.taskId(), taskTitle, completion.submission(), completion.completedAt(),
                    completion.updatedAt()));
        }
        entries.sort(java.util.Comparator.comparing(PortfolioEntry::updatedAt).reversed());
        return entries;
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public CourseProgress completeLesson(CourseId course, String lessonId, Locale language) {
        CourseOutline outline = outline(course, language);
        lesson(outline, lessonId);
        Enrolment enrolment = myEnrolment(course);
        Instant now = clock.instant();
        if (enrolment.completeLesson(lessonId, now)) {
            events.publishEvent(new LessonCompleted(enrolment.employee(), course, lessonId, now));
        }
        return evaluate(enrolment, outline, language);
    }

    /**
     * Scores and records a quiz attempt (question id → chosen option ids) within the quiz's attempt and waiting
     * rules. A passed quiz is not taken again.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public QuizOutcome submitQuiz(CourseId course, String lessonId, Map<String, Set<String>> answers,
            Locale language) {
        CourseOutline outline = outline(course, language);
        lesson(outline, lessonId);
        QuizSheet sheet = courses.quiz(course, lessonId, language)
                .orElseThrow(() -> new LearningRuleViolation("learning.rule.no-quiz"));
        boolean complete = sheet.questions().stream()
                .allMatch(question -> !answers.getOrDefault(question.id(), Set.of()).isEmpty());
        if (!complete) {
            // an unanswered question would only waste an attempt
            throw new LearningRuleViolation("learning.rule.answer-every-question");
        }
        Enrolment enrolment = myEnrolment(course);
        QuizStatus before = quizStatus(lessonId, sheet, attempts.findByEnrolmentIdOrderByAttemptedAt(enrolment.id()));
        if (before.passed()) {
            throw new LearningRuleViolation("learning.rule.quiz-already-passed");
        }
        if (before.attemptsLeft() != null && before.attemptsLeft() <= 0) {
            throw new LearningRuleViolation("learning.rule.no-attempts-left");
        }
        Instant now = clock.instant();
        if (before.nextAttemptAt() != null && now.isBefore(before.nextAttemptAt())) {
            throw new LearningRuleViolation("learning.rule.retry-later",
                    Math.max(1, Duration.between(now, before.nextAttemptAt()).toMinutes()));
        }
        QuizScore score = courses.score(course, lessonId, answers, language);
        attempts.save(new QuizAttempt(enrolment.id(), lessonId, score.percent(), score.passMark(), score.passed(),
                encode(answers), outline.contentHash(), now));
        enrolment.touched(now);
        if (score.passed()) {
            events.publishEvent(new QuizPassed(enrolment.employee(), course, lessonId, score.percent(),
                    score.passMark(), now));
        }
        CourseProgress progress = evaluate(enrolment, outline, language);
        return new QuizOutcome(score, progress.quizzes().get(lessonId), progress);
    }

    /** The practice tasks asking for the signed-in learner's own text, in the courses they are enrolled in. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public List<SubmissionTask> mySubmissionTasks(Locale language) {
        List<SubmissionTask> tasks = new ArrayList<>();
        for (Enrolment enrolment : enrolments.findByEmployeeIdOrderByLastActivityAtDesc(
                currentUser.employeeId().value())) {
            Optional<CourseOutline> outline = courses.outline(enrolment.course(), language);
            if (outline.isEmpty()) {
                continue;
            }
            Set<String> submitted = new HashSet<>();
            practice.findByEnrolmentIdIn(Set.of(enrolment.id())).stream().filter(c -> c.submission() != null)
                    .forEach(c -> submitted.add(c.taskId()));
            for (LessonOutline lesson : outline.get().lessons()) {
                for (PracticeTask task : lesson.practice()) {
                    if (task.completion() == TaskCompletion.SUBMISSION) {
                        tasks.add(new SubmissionTask(enrolment.course(), outline.get().summary().title(), task.id(),
                                task.title(), submitted.contains(task.id())));
                    }
                }
            }
        }
        return tasks;
    }

    /** Saves the learner's own text for a submission task; submitting again revises it. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public CourseProgress submitPractice(CourseId course, String taskId, String text, Locale language) {
        CourseOutline outline = outline(course, language);
        PracticeTask task = outline.lessons().stream().flatMap(lesson -> lesson.practice().stream())
                .filter(candidate -> candidate.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new LearningRuleViolation("learning.rule.no-task"));
        if (task.completion() != TaskCompletion.SUBMISSION) {
            throw new LearningRuleViolation("learning.rule.task-by-evidence");
        }
        String submission = text == null ? "" : text.strip();
        if (submission.isEmpty()) {
            throw new LearningRuleViolation("learning.rule.submission-empty");
        }
        if (submission.length() > PracticeCompletion.MAX_SUBMISSION) {
            throw new LearningRuleViolation("learning.rule.submission-too-long", PracticeCompletion.MAX_SUBMISSION);
        }
        SubmissionLength length = task.length();
        if (length != null && length.tooShort(submission)) {
            throw new LearningRuleViolation(length.unit() == SubmissionLength.Unit.WORDS
                    ? "learning.rule.submission-too-short-words" : "learning.rule.submission-too-short-characters",
                    length.measure(submission), length.min());
        }
        if (length != null && length.tooLong(submission)) {
            throw new LearningRuleViolation(length.unit() == SubmissionLength.Unit.WORDS
                    ? "learning.rule.submission-too-long-words" : "learning.rule.submission-too-long-characters",
                    length.measure(submission), length.max());
        }
        Enrolment enrolment = myEnrolment(course);
        Instant now = clock.instant();
        enrolment.touched(now);
        Optional<PracticeCompletion> done = practice.findByEnrolmentIdAndTaskId(enrolment.id(), taskId);
        if (done.isPresent()) {
            done.get().revise(submission, now);
        } else {
            practice.save(new PracticeCompletion(enrolment.id(), taskId, TaskCompletion.SUBMISSION, null, submission,
                    now));
            events.publishEvent(new PracticeTaskCompleted(enrolment.employee(), course, taskId,
                    TaskCompletion.SUBMISSION, now));
        }
        return evaluate(enrolment, outline, language);
    }

    /**
     * Completes every open practice task, in every course the person is enrolled in, that the given evidence
     * satisfies. Called by the system when another module reports evidence; returns how many tasks it completed.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public int recordEvidence(EmployeeId employee, PracticeEvidence evidence) {
        int completed = 0;
        Instant now = clock.instant();
        for (Enrolment enrolment : enrolments.findByEmployeeIdOrderByLastActivityAtDesc(employee.value())) {
            Optional<CourseOutline> outline = courses.outline(enrolment.course(), Locale.ENGLISH);
            if (outline.isEmpty()) {
                continue;
            }
            Set<String> done = practice.findByEnrolmentId(enrolment.id()).stream().map(PracticeCompletion::taskId)
                    .collect(Collectors.toSet());
            boolean changed = false;
            for (LessonOutline lesson : outline.get().lessons()) {
                for (PracticeTask task : lesson.practice()) {
                    if (task.evidence() == evidence && !done.contains(task.id())) {
                        practice.save(new PracticeCompletion(enrolment.id(), task.id(), task.completion(),
                                evidence.id(), null, now));
                        events.publishEvent(new PracticeTaskCompleted(employee, enrolment.course(), task.id(),
                                task.completion(), now));
                        completed++;
                        changed = true;
                    }
                }
            }
            if (changed) {
                enrolment.touched(now);
                evaluate(enrolment, outline.get(), Locale.ENGLISH);
            }
        }
        return completed;
    }

    private CourseProgress evaluate(Enrolment enrolment, CourseOutline outline, Locale language) {
        practice.flush();
        attempts.flush();
        CourseProgress progress = progress(enrolment, outline, language);
        if (progress.doneUnits() == progress.totalUnits() && !enrolment.completed()) {
            Instant now = clock.instant();
            enrolment.complete(outline.contentHash(), outline.completion().id(), now);
            Integer average = progress.quizzes().values().stream().filter(QuizStatus::passed)
                    .map(QuizStatus::bestPercent).collect(Collectors.averagingInt(Integer::intValue)).intValue();
            events.publishEvent(new CourseCompleted(enrolment.employee(), enrolment.course(),
                    outline.summary().versionLabel(), outline.contentHash(), outline.summary().certificate(),
                    progress.quizzes().isEmpty() ? null : average, now));
            return progress(enrolment, outline, language);
        }
        return progress;
    }

    private CourseProgress progress(Enrolment enrolment, CourseOutline outline, Locale language) {
        return progress(enrolment, outline, attempts.findByEnrolmentIdOrderByAttemptedAt(enrolment.id()),
                practice.findByEnrolmentId(enrolment.id()));
    }

    /** Progress against the course as it is now: lessons that no longer exist keep their record but no longer count. */
    private CourseProgress progress(Enrolment enrolment, CourseOutline outline, List<QuizAttempt> quizAttempts,
            List<PracticeCompletion> completions) {
        Set<String> lessonIds = outline.lessons().stream().map(LessonOutline::id).collect(Collectors.toSet());
        Set<String> completedLessons = new LinkedHashSet<>();
        outline.lessons().stream().map(LessonOutline::id).filter(enrolment.completedLessons()::containsKey)
                .forEach(completedLessons::add);
        Map<String, QuizStatus> quizzes = new LinkedHashMap<>();
        Map<String, PracticeCompletion> doneTasks = completions.stream()
                .collect(Collectors.toMap(PracticeCompletion::taskId, c -> c, (a, b) -> a));
        Map<String, TaskState> tasks = new LinkedHashMap<>();
        boolean tasksCount = outline.completion() == dev.podium.course.CompletionRule.LESSONS_QUIZZES_AND_TASKS;
        int total = 0;
        int done = 0;
        NextStep next = null;
        for (LessonOutline lesson : outline.lessons()) {
            total++;
            boolean read = completedLessons.contains(lesson.id());
            if (read) {
                done++;
            } else if (next == null) {
                next = new NextStep(lesson.id(), NextStep.Kind.READ_LESSON);
            }
            if (lesson.hasQuiz()) {
                QuizSheet sheet = courses.quiz(outline.summary().id(), lesson.id(), outline.summary().language())
                        .orElseThrow();
                QuizStatus status = quizStatus(lesson.id(), sheet, quizAttempts);
                quizzes.put(lesson.id(), status);
                total++;
                if (status.passed()) {
                    done++;
                } else if (next == null) {
                    next = new NextStep(lesson.id(), NextStep.Kind.TAKE_QUIZ);
                }
            }
            for (PracticeTask task : lesson.practice()) {
                PracticeCompletion completion = doneTasks.get(task.id());
                tasks.put(task.id(), completion == null ? new TaskState(task.id(), false, null, null, null)
                        : new TaskState(task.id(), true, completion.completedBy(), completion.submission(),
                                completion.completedAt()));
                if (tasksCount && task.required()) {
                    total++;
                    if (completion != null) {
                        done++;
                    } else if (next == null) {
                        next = new NextStep(lesson.id(), NextStep.Kind.DO_TASK);
                    }
                }
            }
        }
        List<String> removedWithProgress = new ArrayList<>(new TreeMap<>(enrolment.completedLessons()).keySet());
        removedWithProgress.removeIf(lessonIds::contains);
        boolean completed = enrolment.completed();
        int percent = completed ? 100 : total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        return new CourseProgress(enrolment.course(), outline.summary().title(), enrolment.enrolledAt(), percent,
                done, total, completedLessons, quizzes, tasks, completed, enrolment.completedAt(),
                next == null ? new NextStep(null, NextStep.Kind.DONE) : next, List.copyOf(removedWithProgress),
                enrolment.dueDate());
    }

    private static QuizStatus quizStatus(String lessonId, QuizSheet sheet, List<QuizAttempt> all) {
        List<QuizAttempt> mine = all.stream().filter(attempt -> attempt.lessonId().equals(lessonId)).toList();
        boolean passed = mine.stream().anyMatch(QuizAttempt::passed);
        Integer best = mine.stream().map(QuizAttempt::scorePercent).max(Integer::compare).orElse(null);
        Integer left = sheet.maxAttempts() == null ? null : Math.max(0, sheet.maxAttempts() - mine.size());
        Instant nextAt = null;
        if (!passed && !mine.isEmpty() && sheet.retryAfterMinutes() > 0) {
            nextAt = mine.getLast().attemptedAt().plus(Duration.ofMinutes(sheet.retryAfterMinutes()));
        }
        return new QuizStatus(lessonId, mine.size(), best, passed, left, nextAt);
    }

    private CourseOutline outline(CourseId course, Locale language) {
        return courses.outline(course, language)
                .orElseThrow(() -> new LearningRuleViolation("learning.rule.no-course"));
    }

    private static LessonOutline lesson(CourseOutline outline, String lessonId) {
        return outline.lessons().stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new LearningRuleViolation("learning.rule.no-lesson"));
    }

    /** The signed-in person's enrolment, locked for the change the caller is making (see the repository). */
    private Enrolment myEnrolment(CourseId course) {
        return enrolments.lockByEmployeeIdAndCourseId(currentUser.employeeId().value(), course.value())
                .orElseThrow(() -> new LearningRuleViolation("learning.rule.not-enrolled"));
    }

    private static String encode(Map<String, Set<String>> answers) {
        return new TreeMap<>(answers).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + String.join(",", new java.util.TreeSet<>(entry.getValue())))
                .collect(Collectors.joining(";"));
    }
}
