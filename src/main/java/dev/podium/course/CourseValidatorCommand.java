package dev.podium.course;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The validator as a command: {@code java -jar podium.jar validate-courses [DIR...]}. Prints every problem as
 * {@code file:line: message} and exits non-zero when there is any, without starting the application.
 */
public final class CourseValidatorCommand {

    private CourseValidatorCommand() {
    }

    /** Validates the directories (default {@code courses}); returns the process exit code. */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<Path> directories = arguments.isEmpty() ? List.of(Path.of("courses"))
                : arguments.stream().map(Path::of).toList();
        CourseFolderReader.Result result = new CourseFolderReader().readAll(directories);
        result.problems().forEach(problem -> err.println(problem.english()));
        out.printf("%d course(s) valid, %d problem(s)%n", result.courses().size(), result.problems().size());
        return result.problems().isEmpty() ? 0 : 1;
    }
}
