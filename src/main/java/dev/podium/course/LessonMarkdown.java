package dev.podium.course;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Lessons' Markdown: checked for anything unsafe when a course is validated, and rendered to HTML that is
 * sanitised again by jsoup's allow-list, so even a lesson that slipped past validation cannot run script.
 */
final class LessonMarkdown {

    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("(?i)[\\s/\"']on[a-z]+\\s*=");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final String SANITISER_BASE = "https://podium.invalid/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .preserveRelativeLinks(true)
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private LessonMarkdown() {
    }

    /**
     * Reports raw HTML, unsafe links and missing or external images. {@code firstLine} is the file line the
     * Markdown starts on; {@code lessonFile} is the lesson's path inside {@code courseFolder}.
     */
    static void check(String markdown, String file, int firstLine, Path courseFolder, Path lessonFile,
            Problems problems) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                reportHtml(html.getLiteral(), html);
            }

            @Override
            public void visit(HtmlInline html) {
                reportHtml(html.getLiteral(), html);
            }

            @Override
            public void visit(Link link) {
                if (!safeLink(link.getDestination())) {
                    problems.add(file, line(link), "course.problem.unsafe-link", link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                if (scheme(destination) != null || destination.startsWith("/") || destination.startsWith("//")) {
                    problems.add(file, line(image), "course.problem.external-image", destination);
                } else {
                    Path target = lessonFile.getParent().resolve(destination).normalize();
                    String extension = extension(target.getFileName().toString());
                    if (!target.startsWith(courseFolder) || !Files.isRegularFile(target)) {
                        problems.add(file, line(image), "course.problem.missing-image", destination);
                    } else if (!IMAGE_TYPES.contains(extension)) {
                        problems.add(file, line(image), "course.problem.image-type", destination);
                    } else if (extension.equals("svg") && !safeSvg(target)) {
                        problems.add(file, line(image), "course.problem.unsafe-svg", destination);
                    }
                }
                visitChildren(image);
            }

            private void reportHtml(String literal, Node node) {
                String lower = literal.toLowerCase(Locale.ROOT);
                if (lower.strip().startsWith("</")) {
                    return; // a closing tag: its opening tag is reported already
                }
                if (lower.contains("<script")) {
                    problems.add(file, line(node), "course.problem.html-script");
                } else if (EVENT_ATTRIBUTE.matcher(literal).find()) {
                    problems.add(file, line(node), "course.problem.html-event-attribute");
                } else {
                    problems.add(file, line(node), "course.problem.raw-html", abbreviate(literal.strip()));
                }
            }

            private int line(Node node) {
                return node.getSourceSpans().isEmpty() ? firstLine
                        : firstLine + node.getSourceSpans().getFirst().getLineIndex();
            }
        });
    }

    /**
     * Safe HTML for a lesson. Relative image paths become URLs from {@code imageUrl} (given the image's path
     * inside the course folder, or null when it leaves the folder, which drops the image).
     */
    static String render(String markdown, Path courseFolder, Path lessonFile, Function<String, String> imageUrl) {
        Node document = PARSER.parse(markdown);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Image image) {
                        String destination = image.getDestination();
                        String url = null;
                        if (scheme(destination) == null && !destination.startsWith("/")) {
                            Path target = lessonFile.getParent().resolve(destination).normalize();
                            if (target.startsWith(courseFolder)) {
                                url = imageUrl.apply(courseFolder.relativize(target).toString().replace('\\', '/'));
                            }
                        }
                        attributes.put("src", url == null ? "" : url);
                        attributes.put("loading", "lazy");
                    }
                })
                .build();
        String html = renderer.render(document);
        return Jsoup.clean(html, SANITISER_BASE, SAFELIST);
    }

    /** An SVG opened on its own runs its scripts: course SVGs may carry none, nor links out of the image. */
    static boolean safeSvg(Path svg) {
        try {
            String text = Files.readString(svg).toLowerCase(Locale.ROOT);
            return !text.contains("<script") && !text.contains("javascript:") && !text.contains("<foreignobject")
                    && !EVENT_ATTRIBUTE.matcher(text).find() && !text.contains("<!entity");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    static boolean safeLink(String destination) {
        String scheme = scheme(destination);
        return scheme == null || SAFE_SCHEMES.contains(scheme);
    }

    /** The URL scheme, lower-case, ignoring the whitespace and control characters browsers ignore; or null. */
    static String scheme(String destination) {
        String compact = destination.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        var matcher = SCHEME.matcher(compact);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
