package dev.podium.activity;

import static dev.podium.activity.ActivityFixtures.read;
import static dev.podium.activity.ActivityFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.activity.ActivityFixtures.Read;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    @Test
    void a_blog_rss_item_with_a_title_of_its_own_is_an_article() {
        Read read = read(resource("feeds/blog.rss"));

        ActivityItem article = read.withKey("https://ada.example/why-we-write");
        assertThat(article.source()).isEqualTo(ActivitySource.RSS);
        assertThat(article.kind()).isEqualTo(ActivityKind.ARTICLE);
        assertThat(article.text()).isEqualTo("Why we write in public\n\nWriting in public turns private lessons into shared ones.");
        assertThat(article.occurredAt()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
    }

    @Test
    void items_without_a_date_are_skipped_and_counted() {
        Read read = read(resource("feeds/blog.rss"));

        assertThat(read.items()).hasSize(1);
        assertThat(read.report().itemsWithoutDate()).isEqualTo(1);
    }

    @Test
    void a_feed_where_nothing_has_a_date_is_refused() {
        assertThatThrownBy(() -> read(resource("feeds/no-dates.rss"))).isInstanceOfSatisfying(ArchiveRejected.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("activity.rejected.no-dates");
                    assertThat(e.fileName()).isEqualTo("no-dates.rss");
                });
    }

    @Test
    void a_mastodon_profile_feed_item_without_title_is_a_post() {
        ActivityItem post = read(resource("feeds/mastodon.rss")).withKey("https://social.example/@ada/111");

        assertThat(post.kind()).isEqualTo(ActivityKind.POST);
        assertThat(post.text()).isEqualTo("Public post about leadership & trust.");
    }

    @Test
    void an_atom_entry_is_read_with_its_published_date() {
        ActivityItem entry = read(resource("feeds/blog.atom")).items().getFirst();

        assertThat(entry.naturalKey()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
        assertThat(entry.link()).isEqualTo("https://ada.example/consistency");
        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-03-12T18:30:02Z"));
        assertThat(entry.kind()).isEqualTo(ActivityKind.ARTICLE);
    }

    @Test
    void a_feed_with_a_doctype_is_refused_so_external_entities_are_never_resolved() {
        assertThatThrownBy(() -> read(resource("feeds/xxe.rss"))).isInstanceOfSatisfying(ArchiveRejected.class,
                e -> {
                    assertThat(e.fileName()).isEqualTo("xxe.rss");
                    assertThat(e.messageKey()).isEqualTo("activity.rejected.unreadable");
                    assertThat(e.getMessage()).doesNotContain("root:");
                });
    }
}
