package dev.podium.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Rendering is the second line of defence: whatever slipped past validation must come out inert. */
class SafeMarkdownTest {

    private static final Path COURSE = Path.of("/courses/demo").toAbsolutePath();
    private static final Path LESSON = COURSE.resolve("lessons/01-intro.md");

    private static String render(String markdown) {
        return SafeMarkdown.render(markdown, COURSE, LESSON, image -> "course-assets/demo/abc/" + image);
    }

    @Test
    void markdown_with_tables_and_emphasis_renders_to_html() {
        String html = render("## Why\n\n**Trust** grows.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html).contains("<h2>Why</h2>", "<strong>Trust</strong>", "<table>", "<td>1</td>");
    }

    @Test
    void script_elements_and_event_attributes_never_reach_the_page() {
        String html = render("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "<a href=\"#\" onclick=\"alert(3)\">x</a>");
        // escaped as text at most: no element, no attribute of the page carries them
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, [onclick], [onerror]")).isEmpty();
        assertThat(page.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void javascript_and_data_links_lose_their_target() {
        String html = render("[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](https://ok.example)");
        assertThat(html).doesNotContain("javascript:", "data:text").contains("href=\"https://ok.example\"");
        assertThat(html).contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void relative_images_become_course_asset_urls_and_escaping_images_are_dropped() {
        String html = render("![ok](../images/a.png) ![escape](../../../etc/passwd.png) "
                + "![remote](https://tracker.example/pixel.png)");
        assertThat(html).contains("src=\"course-assets/demo/abc/images/a.png\"").doesNotContain("etc/passwd");
    }

    @Test
    void a_link_scheme_is_found_through_the_whitespace_browsers_ignore() {
        assertThat(SafeMarkdown.safeLink("java\tscript:alert(1)")).isFalse();
        assertThat(SafeMarkdown.safeLink(" JAVASCRIPT:alert(1)")).isFalse();
        assertThat(SafeMarkdown.safeLink("vbscript:x")).isFalse();
        assertThat(SafeMarkdown.safeLink("mailto:a@b.example")).isTrue();
        assertThat(SafeMarkdown.safeLink("../images/a.png")).isTrue();
        assertThat(SafeMarkdown.safeLink("#section")).isTrue();
    }
}
