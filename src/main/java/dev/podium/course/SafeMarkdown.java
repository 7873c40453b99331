package dev.podium.course;

import java.nio.file.Path;
import java.util.List;

/**
 * The courses' Markdown rules for other texts written as files (policies): the same checks (no raw HTML, no unsafe
 * links) and the same sanitised rendering. Such texts have no folder of images: any image is reported.
 */
public final class SafeMarkdown {

    private static final Path NO_FOLDER = Path.of("/podium-text-without-images").toAbsolutePath();

    private SafeMarkdown() {
    }

    /** Every problem of the text, {@code firstLine} being the file line it starts on. */
    public static List<CourseProblem> check(String markdown, String file, int firstLine) {
        Problems problems = new Problems();
        LessonMarkdown.check(markdown, file, firstLine, NO_FOLDER, NO_FOLDER.resolve("text.md"), problems);
        return problems.list();
    }

    /** Sanitised HTML; images are dropped. */
    public static String render(String markdown) {
        return LessonMarkdown.render(markdown, NO_FOLDER, NO_FOLDER.resolve("text.md"), image -> null);
    }
}
