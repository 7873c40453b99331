package dev.podium.content;

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
 * Markdown written as files (lessons, policies): checked for anything unsafe when the files are validated, and
 * rendered to HTML that is sanitised again by jsoup's allow-list, so even a text that slipped past validation cannot
 * run script. Images are files beside the text inside its folder (a course's); a text without a folder of images
 * (a policy) has every image reported and dropped.
 */
public final class SafeMarkdown {

    /** The image files a text may show, by extension. */
    public static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
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

    private static final Path NO_FOLDER = Path.of("/podium-text-without-images").toAbsolutePath();

    private SafeMarkdown() {
    }

    /** Reports every problem of a text without images, {@code firstLine} being the file line it starts on. */
    public static void check(String markdown, String file, int firstLine, ContentProblems problems) {
        check(markdown, file, firstLine, NO_FOLDER, NO_FOLDER.resolve("text.md"), problems);
    }

    /** Sanitised HTML of a text without images; any image is dropped. */
    public static String render(String markdown) {
        return render(markdown, NO_FOLDER, NO_FOLDER.resolve("text.md"), image -> null);
    }

    /**
     * Reports raw HTML, unsafe links and missing or external images. {@code firstLine} is the file line the
     * Markdown starts on; {@code markdownFile} is the text's path inside {@code folder}, where its images must be.
     */
    public static void check(String markdown, String file, int firstLine, Path folder, Path markdownFile,
            ContentProblems problems) {
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
                    problems.add(file, line(link), "content.problem.unsafe-link", link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                if (scheme(destination) != null || destination.startsWith("/") || destination.startsWith("//")) {
                    problems.add(file, line(image), "content.problem.external-image", destination);
                } else {
                    Path target = markdownFile.getParent().resolve(destination).normalize();
                    String extension = extension(target.getFileName().toString());
                    if (!target.startsWith(folder) || !Files.isRegularFile(target)) {
                        problems.add(file, line(image), "content.problem.missing-image", destination);
                    } else if (!IMAGE_TYPES.contains(extension)) {
                        problems.add(file, line(image), "content.problem.image-type", destination);
                    } else if (extension.equals("svg") && !safeSvg(target)) {
                        problems.add(file, line(image), "content.problem.unsafe-svg", destination);
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
                    problems.add(file, line(node), "content.problem.html-script");
                } else if (EVENT_ATTRIBUTE.matcher(literal).find()) {
                    problems.add(file, line(node), "content.problem.html-event-attribute");
                } else {
                    problems.add(file, line(node), "content.problem.raw-html", abbreviate(literal.strip()));
                }
            }

            private int line(Node node) {
                return node.getSourceSpans().isEmpty() ? firstLine
                        : firstLine + node.getSourceSpans().getFirst().getLineIndex();
            }
        });
    }

    /**
     * Safe HTML for a text with images in its folder. Relative image paths become URLs from {@code imageUrl} (given
     * the image's path inside {@code folder}; an image that leaves the folder, or gets null, is dropped).
     */
    public static String render(String markdown, Path folder, Path markdownFile,
            Function<String, String> imageUrl) {
        Node document = PARSER.parse(markdown);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Image image) {
                        String destination = image.getDestination();
                        String url = null;
                        if (scheme(destination) == null && !destination.startsWith("/")) {
                            Path target = markdownFile.getParent().resolve(destination).normalize();
                            if (target.startsWith(folder)) {
                                url = imageUrl.apply(folder.relativize(target).toString().replace('\\', '/'));
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

    /** An SVG opened on its own runs its scripts: SVGs beside a text may carry none, nor links out of the image. */
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

    /** A file name's extension, lower-case, or empty. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
