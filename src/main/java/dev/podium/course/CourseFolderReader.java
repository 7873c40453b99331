package dev.podium.course;

import dev.podium.content.ContentProblem;
import dev.podium.content.ContentProblems;
import dev.podium.content.ContentVariables;
import dev.podium.content.SafeMarkdown;
import dev.podium.content.YamlFile;
import dev.podium.course.CourseDefinition.LessonDefinition;
import dev.podium.course.CourseDefinition.LessonText;
import dev.podium.course.CourseDefinition.OptionDefinition;
import dev.podium.course.CourseDefinition.QuestionDefinition;
import dev.podium.course.CourseDefinition.QuizDefinition;
import dev.podium.shared.CourseId;
import dev.podium.shared.Languages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads course folders into {@link CourseDefinition}s and reports every problem it finds with file and line.
 * A course with any problem is not returned: only complete, valid courses are published.
 */
final class CourseFolderReader {

    static final Set<String> AUDIENCES = Set.of("all-employees", "line-managers", "coaches", "hr");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    /** The longest submission the learning module keeps; a length rule cannot ask for more. */
    static final int MAX_SUBMISSION = 10_000;
    private static final List<String> COURSE_KEYS = List.of("id", "version", "languages", "title", "summary",
            "audience", "topics", "estimatedMinutes", "selfEnrolment", "passMark", "certificate", "completion",
            "lessons");
    private static final List<String> LESSON_ENTRY_KEYS = List.of("id", "file", "quiz");
    private static final List<String> FRONT_MATTER_KEYS = List.of("title", "minutes", "practice");
    private static final List<String> TASK_KEYS = List.of("id", "title", "instructions", "completion", "evidence",
            "required", "length");
    private static final List<String> LENGTH_KEYS = List.of("min", "max", "unit");
    private static final List<String> QUIZ_KEYS = List.of("title", "passMark", "maxAttempts", "retryAfterMinutes",
            "questions");
    private static final List<String> QUESTION_KEYS = List.of("id", "type", "scenario", "prompt", "options");
    private static final List<String> OPTION_KEYS = List.of("id", "text", "correct", "explanation");

    private final ContentVariables variables;
    /** The language of the file being read: variables are filled as that language writes numbers. */
    private Locale reading = Locale.ENGLISH;

    /** A reader that checks variable names only and keeps {@code {{variables}}} as written. */
    CourseFolderReader() {
        this(null);
    }

    /**
     * A reader that also fills every variable from {@code variables} and reports quiz options that read the same
     * once filled. Not thread-safe: one reading at a time.
     */
    CourseFolderReader(ContentVariables variables) {
        this.variables = variables;
    }

    private String fill(String text) {
        return variables == null ? text : variables.fill(text, reading);
    }

    private String fillMarkdown(String text) {
        return variables == null ? text : variables.fillMarkdown(text, reading);
    }

    /** What reading a directory of courses found. */
    record Result(List<CourseDefinition> courses, List<ContentProblem> problems,
            Map<String, Integer> problemsPerCourse) {
    }

    /** Reads every course folder under each directory; a course id may appear only once across them. */
    Result readAll(List<Path> directories) {
        ContentProblems problems = new ContentProblems();
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, Integer> perCourse = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                problems.add(directory.toString(), 0, "content.problem.no-directory");
                continue;
            }
            List<Path> folders;
            try (Stream<Path> children = Files.list(directory)) {
                folders = children.filter(Files::isDirectory)
                        .filter(path -> !path.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                problems.add(directory.toString(), 0, "content.problem.unreadable", e.getMessage());
                continue;
            }
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                int before = problems.size();
                if (!seen.add(name)) {
                    problems.add(name + "/course.yml", 0, "course.problem.duplicate-course", name);
                } else {
                    read(directory, folder, problems).ifPresent(courses::add);
                }
                perCourse.put(name, problems.size() - before);
            }
        }
        return new Result(courses, problems.list(), perCourse);
    }

    /** Reads one course folder, or reports why it cannot be published. */
    Optional<CourseDefinition> read(Path root, Path folder, ContentProblems problems) {
        int before = problems.size();
        CourseFile files = new CourseFile(root, folder, problems);
        String courseFile = files.relative(folder.resolve("course.yml"));
        Optional<String> text = files.read(folder.resolve("course.yml"), courseFile);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlFile.Mapping> parsed = YamlFile.parse(courseFile, text.get(), 0, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Mapping course = parsed.get();
        course.allowOnly(COURSE_KEYS);
        String folderName = folder.getFileName().toString();
        Optional<String> id = course.text("id", true);
        id.ifPresent(value -> {
            if (!CourseId.isValid(value)) {
                problems.add(courseFile, course.line("id"), "course.problem.id-format", value);
            } else if (!value.equals(folderName)) {
                problems.add(courseFile, course.line("id"), "content.problem.id-folder", value, folderName);
            }
        });
        Optional<String> version = course.text("version", true);
        List<Locale> languages = languages(course, courseFile, problems);
        Map<Locale, String> titles = perLanguage(course, "title", languages, problems);
        Map<Locale, String> summaries = perLanguage(course, "summary", languages, problems);
        String audience = course.text("audience", false).orElse("all-employees");
        if (!AUDIENCES.contains(audience)) {
            problems.add(courseFile, course.line("audience"), "course.problem.audience", audience,
                    String.join(", ", AUDIENCES.stream().sorted().toList()));
        }
        List<String> topics = course.texts("topics", false);
        Optional<Integer> minutes = course.integer("estimatedMinutes", true, 1, 600);
        boolean selfEnrolment = course.bool("selfEnrolment", false).orElse(true);
        int passMark = course.integer("passMark", false, 1, 100).orElse(80);
        boolean certificate = course.bool("certificate", false).orElse(false);
        CompletionRule completion = course.text("completion", false)
                .map(value -> CompletionRule.byId(value).orElseGet(() -> {
                    problems.add(courseFile, course.line("completion"), "course.problem.completion", value);
                    return CompletionRule.LESSONS_AND_QUIZZES;
                }))
                .orElse(CompletionRule.LESSONS_AND_QUIZZES);
        List<LessonDefinition> lessons = lessons(course, files, courseFile, languages, problems);
        if (problems.size() > before || languages.isEmpty() || id.isEmpty() || version.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CourseDefinition(CourseId.of(id.get()), version.get(), files.contentHash(), files.folder(),
                languages, titles, summaries, audience, topics, minutes.get(), selfEnrolment, passMark, certificate,
                completion, lessons));
    }

    private List<Locale> languages(YamlFile.Mapping course, String file, ContentProblems problems) {
        List<Locale> languages = new ArrayList<>();
        for (String tag : course.texts("languages", true)) {
            Locale language = Locale.forLanguageTag(tag);
            boolean supported = Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag));
            if (!supported) {
                problems.add(file, course.line("languages"), "content.problem.language", tag,
                        String.join(", ", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList()));
            } else if (languages.contains(language)) {
                problems.add(file, course.line("languages"), "course.problem.duplicate-language", tag);
            } else {
                languages.add(language);
            }
        }
        if (languages.isEmpty() && course.has("languages")) {
            problems.add(file, course.line("languages"), "content.problem.no-languages");
        }
        return languages;
    }

    private Map<Locale, String> perLanguage(YamlFile.Mapping course, String key, List<Locale> languages,
            ContentProblems problems) {
        Map<Locale, String> values = new LinkedHashMap<>();
        course.mapping(key, true).ifPresent(texts -> {
            for (String tag : texts.keys()) {
                if (languages.stream().noneMatch(l -> l.getLanguage().equals(tag))) {
                    problems.add(texts.yaml().file(), texts.line(tag), "course.problem.text-language", key, tag);
                }
            }
            for (Locale language : languages) {
                reading = language;
                if (!texts.has(language.getLanguage())) {
                    problems.add(texts.yaml().file(), texts.line(), "content.problem.missing-text-language", key,
                            language.getLanguage());
                } else {
                    texts.text(language.getLanguage(), true).ifPresent(value -> values.put(language, fill(value)));
                }
            }
        });
        return values;
    }

    private List<LessonDefinition> lessons(YamlFile.Mapping course, CourseFile files, String courseFile,
            List<Locale> languages, ContentProblems problems) {
        List<LessonDefinition> lessons = new ArrayList<>();
        List<YamlFile.Mapping> entries = course.mappings("lessons", true);
        if (entries.isEmpty() && course.has("lessons")) {
            problems.add(courseFile, course.line("lessons"), "course.problem.no-lessons");
        }
        Set<String> lessonIds = new HashSet<>();
        Set<String> taskIds = new HashSet<>();
        for (YamlFile.Mapping entry : entries) {
            entry.allowOnly(LESSON_ENTRY_KEYS);
            Optional<String> id = entry.text("id", true);
            if (id.isPresent() && !KEBAB.matcher(id.get()).matches()) {
                problems.add(courseFile, entry.line("id"), "course.problem.lesson-id-format", id.get());
            } else if (id.isPresent() && !lessonIds.add(id.get())) {
                problems.add(courseFile, entry.line("id"), "course.problem.duplicate-lesson", id.get());
            }
            Optional<Path> lessonFile = entry.text("file", true)
                    .flatMap(name -> files.existing(name, ".md", courseFile, entry.line("file")));
            Optional<Path> quizFile = entry.text("quiz", false)
                    .flatMap(name -> files.existing(name, ".yml", courseFile, entry.line("quiz")));
            if (id.isEmpty() || lessonFile.isEmpty() || languages.isEmpty()) {
                continue;
            }
            Map<Locale, LessonText> texts = new LinkedHashMap<>();
            Map<Locale, QuizDefinition> quizzes = new LinkedHashMap<>();
            for (Locale language : languages) {
                reading = language;
                Path translated = translation(lessonFile.get(), language, languages.getFirst());
                if (!Files.isRegularFile(translated)) {
                    problems.add(courseFile, entry.line("file"), "course.problem.missing-translation",
                            files.relative(translated), language.getLanguage());
                    continue;
                }
                lesson(files, translated).ifPresent(text -> texts.put(language, text));
                quizFile.ifPresent(quiz -> {
                    Path translatedQuiz = translation(quiz, language, languages.getFirst());
                    if (!Files.isRegularFile(translatedQuiz)) {
                        problems.add(courseFile, entry.line("quiz"), "course.problem.missing-translation",
                                files.relative(translatedQuiz), language.getLanguage());
                    } else {
                        quiz(files, translatedQuiz).ifPresent(definition -> quizzes.put(language, definition));
                    }
                });
            }
            LessonText original = texts.get(languages.getFirst());
            if (original != null) {
                for (PracticeTask task : original.practice()) {
                    if (!taskIds.add(task.id())) {
                        problems.add(files.relative(lessonFile.get()), 1, "course.problem.duplicate-task", task.id());
                    }
                }
                texts.forEach((language, text) -> {
                    if (!sameTasks(original.practice(), text.practice())) {
                        problems.add(files.relative(translation(lessonFile.get(), language, languages.getFirst())), 1,
                                "course.problem.translation-tasks", language.getLanguage());
                    }
                });
            }
            QuizDefinition originalQuiz = quizzes.get(languages.getFirst());
            if (originalQuiz != null) {
                quizzes.forEach((language, quiz) -> {
                    if (!sameAnswers(originalQuiz, quiz)) {
                        problems.add(files.relative(translation(quizFile.get(), language, languages.getFirst())), 1,
                                "course.problem.translation-quiz-positions", language.getLanguage());
                    }
                });
            }
            lessons.add(new LessonDefinition(id.get(), lessonFile.get(),
                    quizFile.map(files::relative).orElse(null), texts, quizzes));
        }
        return lessons;
    }

    /** {@code lessons/01-x.md} for the default language, {@code lessons/01-x.da.md} for Danish. */
    static Path translation(Path file, Locale language, Locale defaultLanguage) {
        if (language.equals(defaultLanguage)) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + "." + language.getLanguage() + name.substring(dot));
    }

    private Optional<LessonText> lesson(CourseFile files, Path path) {
        String file = files.relative(path);
        ContentProblems problems = files.problems();
        Optional<String> read = files.read(path, file);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = read.get().lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            problems.add(file, 1, "course.problem.no-front-matter");
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(file, 1, "course.problem.unclosed-front-matter");
            return Optional.empty();
        }
        String frontMatter = String.join("\n", lines.subList(1, end));
        String body = String.join("\n", lines.subList(end + 1, lines.size()));
        Optional<YamlFile.Mapping> parsed = YamlFile.parse(file, frontMatter, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFile.Mapping front = parsed.get();
        front.allowOnly(FRONT_MATTER_KEYS);
        Optional<String> title = front.text("title", true);
        Optional<Integer> minutes = front.integer("minutes", true, 1, 240);
        List<PracticeTask> practice = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlFile.Mapping task : front.mappings("practice", false)) {
            task(task, file, problems).ifPresent(parsedTask -> {
                if (!ids.add(parsedTask.id())) {
                    problems.add(file, task.line("id"), "course.problem.duplicate-task", parsedTask.id());
                }
                practice.add(parsedTask);
            });
        }
        if (body.isBlank()) {
            problems.add(file, end + 2, "course.problem.empty-lesson");
        }
        ContentVariables.check(body, file, end + 2, problems);
        SafeMarkdown.check(body, file, end + 2, files.folder(), path, problems);
        if (title.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LessonText(fill(title.get()), minutes.get(), List.copyOf(practice), fillMarkdown(body)));
    }

    private Optional<PracticeTask> task(YamlFile.Mapping task, String file, ContentProblems problems) {
        task.allowOnly(TASK_KEYS);
        Optional<String> id = task.text("id", true);
        if (id.isPresent() && !KEBAB.matcher(id.get()).matches()) {
            problems.add(file, task.line("id"), "course.problem.task-id-format", id.get());
        }
        Optional<String> title = task.text("title", true);
        Optional<String> instructions = task.text("instructions", true);
        boolean required = task.bool("required", false).orElse(false);
        Optional<TaskCompletion> completion = task.text("completion", true).flatMap(value -> {
            Optional<TaskCompletion> kind = TaskCompletion.byId(value);
            if (kind.isEmpty()) {
                problems.add(file, task.line("completion"), "course.problem.task-completion", value);
            }
            return kind;
        });
        PracticeEvidence evidence = null;
        if (completion.isPresent()) {
            Optional<String> evidenceId = task.text("evidence", completion.get() != TaskCompletion.SUBMISSION);
            if (completion.get() == TaskCompletion.SUBMISSION && evidenceId.isPresent()) {
                problems.add(file, task.line("evidence"), "course.problem.evidence-not-allowed");
            } else if (evidenceId.isPresent()) {
                evidence = PracticeEvidence.byId(evidenceId.get())
                        .filter(found -> found.completion() == completion.get()).orElse(null);
                if (evidence == null) {
                    problems.add(file, task.line("evidence"), "course.problem.evidence", evidenceId.get(),
                            completion.get().id(), String.join(", ", java.util.Arrays.stream(PracticeEvidence.values())
                                    .filter(e -> e.completion() == completion.get()).map(PracticeEvidence::id)
                                    .toList()));
                }
            }
        }
        SubmissionLength length = null;
        Optional<YamlFile.Mapping> lengthEntry = task.mapping("length", false);
        if (lengthEntry.isPresent() && completion.isPresent() && completion.get() != TaskCompletion.SUBMISSION) {
            problems.add(file, task.line("length"), "course.problem.length-not-allowed");
        } else if (lengthEntry.isPresent()) {
            length = length(lengthEntry.get(), file, problems).orElse(null);
            if (length == null) {
                return Optional.empty();
            }
        }
        if (id.isEmpty() || title.isEmpty() || instructions.isEmpty() || completion.isEmpty()
                || (completion.get() != TaskCompletion.SUBMISSION && evidence == null)) {
            return Optional.empty();
        }
        return Optional.of(new PracticeTask(id.get(), fill(title.get()), fill(instructions.get()), completion.get(),
                evidence, required, length));
    }

    private Optional<SubmissionLength> length(YamlFile.Mapping length, String file, ContentProblems problems) {
        length.allowOnly(LENGTH_KEYS);
        int before = problems.size();
        boolean[] configured = new boolean[1];
        Integer min = bound(length, "min", file, problems, configured);
        Integer max = bound(length, "max", file, problems, configured);
        SubmissionLength.Unit unit = length.text("unit", false).map(value -> SubmissionLength.Unit.byId(value)
                .orElseGet(() -> {
                    problems.add(file, length.line("unit"), "course.problem.length-unit", value);
                    return null;
                })).orElse(SubmissionLength.Unit.CHARACTERS);
        if (problems.size() > before || unit == null) {
            return Optional.empty();
        }
        if (min == null && max == null && !configured[0]) {
            problems.add(file, length.line(), "course.problem.length-empty");
            return Optional.empty();
        }
        if (min != null && max != null && min > max) {
            problems.add(file, length.line("min"), "course.problem.length-order", min, max);
            return Optional.empty();
        }
        return Optional.of(new SubmissionLength(min, max, unit));
    }

    /**
     * A length bound: a number, or a variable whose configured figure is the bound
     * ({@code min: "{{audit-about-long-chars}}"}), so the task asks for what the audit counts. Without values (the
     * command-line validator) a variable bound is checked by name only.
     */
    private Integer bound(YamlFile.Mapping length, String key, String file, ContentProblems problems,
            boolean[] configured) {
        Optional<String> text = length.text(key, false);
        if (text.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher variable = ContentVariables.VARIABLE.matcher(text.get());
        if (variable.matches()) {
            configured[0] = true;
            if (variables == null || !ContentVariables.NAMES.contains(variable.group(1))) {
                return null; // an unknown name is reported already
            }
            Optional<Number> figure = variables.figure(variable.group(1));
            if (figure.isEmpty() || figure.get().intValue() < 1 || figure.get().intValue() > MAX_SUBMISSION) {
                problems.add(file, length.line(key), "course.problem.length-variable", variable.group(1));
                return null;
            }
            return figure.get().intValue();
        }
        return length.integer(key, false, 1, MAX_SUBMISSION).orElse(null);
    }

    private Optional<QuizDefinition> quiz(CourseFile files, Path path) {
        String file = files.relative(path);
        ContentProblems problems = files.problems();
        Optional<YamlFile.Mapping> parsed = files.read(path, file)
                .flatMap(text -> YamlFile.parse(file, text, 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        YamlFile.Mapping quiz = parsed.get();
        quiz.allowOnly(QUIZ_KEYS);
        Optional<String> title = quiz.text("title", true);
        Integer passMark = quiz.integer("passMark", false, 1, 100).orElse(null);
        Integer maxAttempts = quiz.integer("maxAttempts", false, 1, 100).orElse(null);
        int retryAfter = quiz.integer("retryAfterMinutes", false, 0, 7 * 24 * 60).orElse(0);
        List<QuestionDefinition> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        List<YamlFile.Mapping> entries = quiz.mappings("questions", true);
        if (entries.isEmpty() && quiz.has("questions")) {
            problems.add(file, quiz.line("questions"), "course.problem.no-questions");
        }
        for (YamlFile.Mapping question : entries) {
            question.allowOnly(QUESTION_KEYS);
            Optional<String> id = question.text("id", true);
            id.filter(value -> !questionIds.add(value)).ifPresent(value ->
                    problems.add(file, question.line("id"), "course.problem.duplicate-question", value));
            Optional<QuestionType> type = question.text("type", true).flatMap(value -> {
                Optional<QuestionType> known = QuestionType.byId(value);
                if (known.isEmpty()) {
                    problems.add(file, question.line("type"), "course.problem.question-type", value);
                }
                return known;
            });
            Optional<String> prompt = question.text("prompt", true);
            Optional<String> scenario = question.text("scenario", type.orElse(null) == QuestionType.SCENARIO);
            List<OptionDefinition> options = new ArrayList<>();
            Set<String> optionIds = new HashSet<>();
            List<YamlFile.Mapping> optionEntries = question.mappings("options", true);
            for (YamlFile.Mapping option : optionEntries) {
                option.allowOnly(OPTION_KEYS);
                Optional<String> optionId = option.text("id", true);
                optionId.filter(value -> !optionIds.add(value)).ifPresent(value ->
                        problems.add(file, option.line("id"), "course.problem.duplicate-option", value));
                Optional<String> text = option.text("text", true);
                boolean correct = option.bool("correct", false).orElse(false);
                Optional<String> explanation = option.text("explanation",
                        type.orElse(null) == QuestionType.SCENARIO);
                if (optionId.isPresent() && text.isPresent()) {
                    options.add(new OptionDefinition(optionId.get(), fill(text.get()), correct,
                            explanation.map(this::fill).orElse(null)));
                }
            }
            Set<String> readings = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                String said = options.get(i).text().strip().toLowerCase(Locale.ROOT);
                if (!readings.add(said)) {
                    problems.add(file, optionEntries.get(i).line("text"), "course.problem.options-alike",
                            id.orElse("?"), options.get(i).text());
                }
            }
            if (optionEntries.size() < 2 || optionEntries.size() > 8) {
                problems.add(file, question.line("options"), "course.problem.option-count", optionEntries.size());
            }
            long correctCount = options.stream().filter(OptionDefinition::correct).count();
            if (type.isPresent()) {
                if (type.get().singleAnswer() && correctCount != 1) {
                    problems.add(file, question.line(), "course.problem.single-correct", id.orElse("?"), correctCount);
                } else if (!type.get().singleAnswer() && correctCount < 1) {
                    problems.add(file, question.line(), "course.problem.no-correct", id.orElse("?"));
                }
            }
            if (id.isPresent() && type.isPresent() && prompt.isPresent()) {
                questions.add(new QuestionDefinition(id.get(), type.get(), scenario.map(this::fill).orElse(null),
                        fill(prompt.get()), List.copyOf(options)));
            }
        }
        if (problems.size() > before || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuizDefinition(fill(title.get()), passMark, maxAttempts, retryAfter,
                List.copyOf(questions)));
    }

    private static boolean sameTasks(List<PracticeTask> original, List<PracticeTask> translated) {
        if (original.size() != translated.size()) {
            return false;
        }
        for (int i = 0; i < original.size(); i++) {
            PracticeTask a = original.get(i);
            PracticeTask b = translated.get(i);
            if (!a.id().equals(b.id()) || a.completion() != b.completion() || a.evidence() != b.evidence()
                    || a.required() != b.required() || !Objects.equals(a.length(), b.length())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAnswers(QuizDefinition original, QuizDefinition translated) {
        if (original.questions().size() != translated.questions().size()
                || !Objects.equals(original.passMark(), translated.passMark())
                || !Objects.equals(original.maxAttempts(), translated.maxAttempts())
                || original.retryAfterMinutes() != translated.retryAfterMinutes()) {
            return false;
        }
        for (int i = 0; i < original.questions().size(); i++) {
            QuestionDefinition a = original.questions().get(i);
            QuestionDefinition b = translated.questions().get(i);
            if (!a.id().equals(b.id()) || a.type() != b.type() || a.options().size() != b.options().size()) {
                return false;
            }
            // options are compared by position: a translation may word (and name) them its own way, "#reklame" for
            // "#ad", as long as the same positions are correct
            for (int j = 0; j < a.options().size(); j++) {
                if (a.options().get(j).correct() != b.options().get(j).correct()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The files of one course folder: reading them strictly as UTF-8, never outside the folder. */
    private static final class CourseFile {

        private final Path root;
        private final Path folder;
        private final ContentProblems problems;

        CourseFile(Path root, Path folder, ContentProblems problems) {
            this.root = root;
            this.folder = folder.toAbsolutePath().normalize();
            this.problems = problems;
        }

        Path folder() {
            return folder;
        }

        ContentProblems problems() {
            return problems;
        }

        String relative(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            Path base = root.toAbsolutePath().normalize();
            return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
        }

        /** A file named in course.yml, which must exist inside the folder and have the expected extension. */
        Optional<Path> existing(String name, String extension, String referrer, int line) {
            Path path = folder.resolve(name).normalize();
            if (!path.startsWith(folder)) {
                problems.add(referrer, line, "course.problem.outside-folder", name);
                return Optional.empty();
            }
            if (!name.endsWith(extension)) {
                problems.add(referrer, line, "course.problem.file-extension", name, extension);
                return Optional.empty();
            }
            if (!Files.isRegularFile(path)) {
                problems.add(referrer, line, "course.problem.missing-file", name);
                return Optional.empty();
            }
            return Optional.of(path);
        }

        Optional<String> read(Path path, String file) {
            try {
                if (!Files.isRegularFile(path)) {
                    problems.add(file, 0, "content.problem.file-missing");
                    return Optional.empty();
                }
                if (!path.toRealPath().startsWith(folder.toRealPath())) {
                    problems.add(file, 0, "course.problem.outside-folder", file);
                    return Optional.empty();
                }
                if (Files.size(path) > MAX_FILE_BYTES) {
                    problems.add(file, 0, "course.problem.too-large", MAX_FILE_BYTES / 1024);
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(path);
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (CharacterCodingException e) {
                problems.add(file, 0, "course.problem.not-utf8");
                return Optional.empty();
            } catch (IOException e) {
                problems.add(file, 0, "content.problem.unreadable", e.getMessage());
                return Optional.empty();
            }
        }

        /** SHA-256 over every file's relative path and bytes, in path order: any edit makes a new version. */
        String contentHash() {
            try (Stream<Path> walk = Files.walk(folder)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                    digest.update((byte) 0);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("Cannot hash course folder " + folder, e);
            }
        }
    }

}
