package dev.podium.course;

import dev.podium.content.SafeMarkdown;
import dev.podium.shared.CourseId;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the images of published courses to signed-in people at {@code course-assets/<course>/<version>/<path>}.
 * Only image files inside the course folder are served; the version segment changes with every edit so browsers
 * may cache each URL for a day.
 */
class CourseAssetServlet extends HttpServlet {

    static final String PATH = "/course-assets";
    private static final Map<String, String> CONTENT_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

    private final transient CourseLibrary library;

    CourseAssetServlet(CourseLibrary library) {
        this.library = library;
    }

    /** The relative URL of an image inside a course folder (relative to the application's base URL). */
    static String url(CourseDefinition course, String pathInCourse) {
        return PATH.substring(1) + "/" + course.id() + "/" + course.contentHash().substring(0, 12) + "/"
                + pathInCourse;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> image = resolve(request.getPathInfo());
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = image.get();
        response.setContentType(CONTENT_TYPES.get(SafeMarkdown.extension(file.getFileName().toString())));
        response.setContentLengthLong(Files.size(file));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // an SVG opened on its own must not run anything, even if one slipped past validation
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=86400");
        Files.copy(file, response.getOutputStream());
    }

    Optional<Path> resolve(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.replaceFirst("^/", "").split("/", 3);
        if (parts.length < 3 || !CourseId.isValid(parts[0])) {
            return Optional.empty();
        }
        return library.course(CourseId.of(parts[0])).flatMap(course -> {
            Path file = course.folder().resolve(parts[2]).normalize();
            String extension = SafeMarkdown.extension(file.getFileName().toString());
            if (!file.startsWith(course.folder()) || !CONTENT_TYPES.containsKey(extension)
                    || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(file);
        });
    }
}
