package dev.podium.course;

import dev.podium.content.SafeMarkdown;
import dev.podium.course.CourseDefinition.LessonDefinition;
import dev.podium.course.CourseDefinition.OptionDefinition;
import dev.podium.course.CourseDefinition.QuestionDefinition;
import dev.podium.course.CourseDefinition.QuizDefinition;
import dev.podium.shared.Roles;
import dev.podium.shared.CourseId;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The published courses: catalogue, outlines, lessons as safe HTML, quiz sheets and quiz scoring. Correct answers
 * never leave this module before a quiz is answered.
 */
@Service
public class CourseService {

    private final CourseLibrary library;

    CourseService(CourseLibrary library) {
        this.library = library;
    }

    /** Published courses whose title, summary or topics contain {@code text}, with the topic if given. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public List<CourseSummary> catalogue(String text, String topic, Locale language) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return library.snapshot().courses().values().stream()
                .map(course -> summary(course, language))
                .filter(summary -> topic == null || topic.isBlank() || summary.topics().contains(topic))
                .filter(summary -> wanted.isEmpty() || summary.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || summary.summary().toLowerCase(Locale.ROOT).contains(wanted)
                        || summary.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted)))
                .sorted(Comparator.comparing(CourseSummary::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Every topic tag of the published courses, for the catalogue filter. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public SortedSet<String> topics() {
        SortedSet<String> topics = new TreeSet<>();
        library.snapshot().courses().values().forEach(course -> topics.addAll(course.topics()));
        return topics;
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN, Roles.SYSTEM})
    public Optional<CourseOutline> outline(CourseId id, Locale language) {
        CourseLibrary.Snapshot snapshot = library.snapshot();
        return Optional.ofNullable(snapshot.courses().get(id)).map(course -> {
            Locale shown = course.languageFor(language);
            List<LessonOutline> lessons = course.lessons().stream().map(lesson -> outline(lesson, shown)).toList();
            return new CourseOutline(summary(course, language), course.completion(), course.passMark(), lessons,
                    snapshot.removed().getOrDefault(id, List.of()), course.contentHash());
        });
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public Optional<LessonPage> lesson(CourseId id, String lessonId, Locale language) {
        return library.course(id).flatMap(course -> course.lesson(lessonId).map(lesson -> {
            Locale shown = course.languageFor(language);
            int index = course.lessons().indexOf(lesson);
            Path lessonFile = CourseFolderReader.translation(lesson.file(), shown, course.defaultLanguage());
            String html = SafeMarkdown.render(lesson.texts().get(shown).markdown(), course.folder(), lessonFile,
                    image -> CourseAssetServlet.url(course, image));
            return new LessonPage(id, outline(lesson, shown), html, index + 1, course.lessons().size(),
                    index > 0 ? course.lessons().get(index - 1).id() : null,
                    index < course.lessons().size() - 1 ? course.lessons().get(index + 1).id() : null);
        }));
    }

    /** The lesson's quiz without answers, in the learner's language. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN, Roles.SYSTEM})
    public Optional<QuizSheet> quiz(CourseId id, String lessonId, Locale language) {
        return library.course(id).flatMap(course -> course.lesson(lessonId).flatMap(lesson -> {
            Locale shown = course.languageFor(language);
            return lesson.quiz(shown).map(quiz -> new QuizSheet(quiz.title(), passMark(course, quiz),
                    quiz.maxAttempts(), quiz.retryAfterMinutes(), quiz.questions().stream()
                            .map(q -> new QuestionSheet(q.id(), q.type(), q.scenario(), q.prompt(), q.options().stream()
                                    .map(o -> new OptionSheet(o.id(), o.text())).toList()))
                            .toList()));
        }));
    }

    /**
     * Scores answers (question id → chosen option ids). A question counts as right only when exactly its correct
     * options were chosen; unanswered questions count as wrong. Explanations come in the learner's language.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public QuizScore score(CourseId id, String lessonId, Map<String, Set<String>> answers, Locale language) {
        CourseDefinition course = library.course(id)
                .orElseThrow(() -> new IllegalArgumentException("No published course " + id));
        LessonDefinition lesson = course.lesson(lessonId)
                .orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId + " in " + id));
        QuizDefinition quiz = lesson.quiz(course.languageFor(language))
                .orElseThrow(() -> new IllegalArgumentException("Lesson " + lessonId + " has no quiz"));
        return score(quiz, passMark(course, quiz), answers);
    }

    static QuizScore score(QuizDefinition quiz, int passMark, Map<String, Set<String>> answers) {
        int right = 0;
        List<QuestionResult> results = new java.util.ArrayList<>();
        for (QuestionDefinition question : quiz.questions()) {
            Set<String> chosen = Set.copyOf(answers.getOrDefault(question.id(), Set.of()));
            Set<String> correct = new LinkedHashSet<>();
            Map<String, String> explanations = new LinkedHashMap<>();
            for (OptionDefinition option : question.options()) {
                if (option.correct()) {
                    correct.add(option.id());
                }
                if (option.explanation() != null) {
                    explanations.put(option.id(), option.explanation());
                }
            }
            boolean isRight = chosen.equals(correct);
            if (isRight) {
                right++;
            }
            results.add(new QuestionResult(question.id(), isRight, chosen, Set.copyOf(correct), explanations));
        }
        int percent = quiz.questions().isEmpty() ? 0
                : (int) Math.floor(100.0 * right / quiz.questions().size() + 1e-9);
        return new QuizScore(percent, passMark, percent >= passMark, List.copyOf(results));
    }

    /** What the last reading of the course folders found, including courses held back and why. */
    @RolesAllowed(Roles.HR_ADMIN)
    public CourseLibraryStatus status(Locale language) {
        CourseLibrary.Snapshot snapshot = library.snapshot();
        return new CourseLibraryStatus(snapshot.loadedAt(), snapshot.courses().values().stream()
                .map(course -> summary(course, language)).toList(), snapshot.unpublished(), snapshot.problems());
    }

    /** Reads the course folders again now (after a deploy of new course files, without a restart). */
    @RolesAllowed(Roles.HR_ADMIN)
    public CourseLibraryStatus reload(Locale language) {
        library.reload();
        return status(language);
    }

    private static int passMark(CourseDefinition course, QuizDefinition quiz) {
        return quiz.passMark() != null ? quiz.passMark() : course.passMark();
    }

    private static LessonOutline outline(LessonDefinition lesson, Locale language) {
        CourseDefinition.LessonText text = lesson.texts().get(language);
        return new LessonOutline(lesson.id(), text.title(), text.minutes(), lesson.quizFile() != null,
                text.practice());
    }

    private static CourseSummary summary(CourseDefinition course, Locale language) {
        Locale shown = course.languageFor(language);
        return new CourseSummary(course.id(), course.titles().get(shown), course.summaries().get(shown),
                course.audience(), course.topics(), course.estimatedMinutes(), course.lessons().size(),
                course.selfEnrolment(), course.certificate(), course.versionLabel(), shown);
    }
}
