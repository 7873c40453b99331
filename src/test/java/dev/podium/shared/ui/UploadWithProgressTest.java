package dev.podium.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared upload on its own, without Spring or a browser: work runs off the UI thread with the bar showing. */
class UploadWithProgressTest {

    private UploadWithProgress<String> upload;
    private final List<Object> done = new ArrayList<>();

    @BeforeEach
    void open() {
        MockVaadin.setup();
        upload = new UploadWithProgress<>("test", 1024, (name, content) -> name)
                .withTexts("Choose", "Drop here", "Progress");
        UI.getCurrent().add(upload);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void work_with_a_known_total_fills_the_bar_and_gives_the_upload_back_when_done() {
        CompletableFuture<String> work = new CompletableFuture<>();
        LongConsumer[] progress = new LongConsumer[1];
        upload.run(UI.getCurrent(), "starting", 10, count -> count + " of 10", reported -> {
            progress[0] = reported;
            return work;
        }, (result, failure) -> done.add(failure == null ? result : failure));

        assertThat(_get(upload, Upload.class).isEnabled()).as("no second file while working").isFalse();
        ProgressBar bar = _get(upload, ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.isIndeterminate()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(text()).isEqualTo("starting");

        Thread worker = Thread.ofPlatform().start(() -> progress[0].accept(5));
        join(worker);
        MockVaadin.clientRoundtrip(false);
        assertThat(bar.getValue()).isEqualTo(0.5);
        assertThat(text()).isEqualTo("5 of 10");

        work.complete("imported");
        MockVaadin.clientRoundtrip(false);
        assertThat(done).containsExactly("imported");
        assertThat(_get(upload, Upload.class).isEnabled()).isTrue();
        assertThat(bar.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no polling once the work is done").isEqualTo(-1);
    }

    @Test
    void work_of_unknown_size_moves_the_bar_and_a_failure_arrives_unwrapped() {
        CompletableFuture<String> work = new CompletableFuture<>();
        upload.run(UI.getCurrent(), "reading", UploadWithProgress.UNKNOWN_TOTAL, count -> count + " read",
                reported -> work, (result, failure) -> done.add(failure));
        assertThat(_get(upload, ProgressBar.class).isIndeterminate()).isTrue();

        IllegalStateException cause = new IllegalStateException("broken file");
        work.completeExceptionally(new CompletionException(cause));
        MockVaadin.clientRoundtrip(false);
        assertThat(done).containsExactly(cause);
        assertThat(_get(upload, Upload.class).isEnabled()).isTrue();
    }

    private String text() {
        return _get(upload, Span.class, spec -> spec.withId("test-progress-text")).getText();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
