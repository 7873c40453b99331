package dev.podium.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * One file upload with a progress bar, for views that take a file in and then work on it (the activity import, the
 * HRIS import). The browser refuses a file over {@code maxBytes} before sending it; the bytes that do come are
 * handed to the view's receiver on the upload request's thread, never the UI's, and the receiver is expected to
 * bound what it reads as well and to leave nothing behind when it throws. Work that follows runs off the UI thread
 * through {@link #run}, with the bar and a live count; the UI polls only while it runs (the application has no
 * server push).
 *
 * @param <T> what the receiver makes of an upload (a stored upload, a parsed file)
 */
public class UploadWithProgress<T> extends Composite<Div> {

    /** For {@link #run}: the amount of work is not known in advance, so the bar moves without a figure. */
    public static final long UNKNOWN_TOTAL = -1;
    private static final int POLL_MILLIS = 500;

    /** Takes an upload's bytes in, on the upload request's thread. */
    @FunctionalInterface
    public interface Receiver<T> {
        /** @throws RuntimeException when the file is refused; it must then have stored nothing */
        T receive(String fileName, InputStream content);
    }

    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private Consumer<T> onReceived = received -> { };
    private BiConsumer<String, RuntimeException> onRefused = (fileName, refused) -> { };
    private Runnable onTooLarge = () -> { };

    /**
     * @param id the prefix of the element ids: {@code <id>-upload} and {@code <id>-progress-text}
     * @param maxBytes the largest file the browser sends
     */
    public UploadWithProgress(String id, long maxBytes, Receiver<T> receiver) {
        Objects.requireNonNull(receiver, "receiver");
        upload = new Upload(new Receiving(receiver));
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> onTooLarge.run());
        progress.setVisible(false);
        progressText.setId(id + "-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        getContent().add(upload, new Div(progress, progressText));
    }

    /** The texts of the choose button, the drop area and the progress bar (for screen readers). */
    public UploadWithProgress<T> withTexts(String choose, String drop, String progressLabel) {
        upload.setUploadButton(new Button(choose, VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(drop));
        progress.getElement().setAttribute("aria-label", progressLabel);
        return this;
    }

    /** File name endings and MIME types offered in the browser's file chooser. */
    public UploadWithProgress<T> accepting(String... fileTypes) {
        upload.setAcceptedFileTypes(fileTypes);
        return this;
    }

    /** Runs on the UI thread with what the receiver made of a file. */
    public UploadWithProgress<T> onReceived(Consumer<T> then) {
        this.onReceived = Objects.requireNonNull(then);
        return this;
    }

    /**
     * Runs on the UI thread with the file's name and what the receiver threw: the view says why, in the person's
     * language.
     */
    public UploadWithProgress<T> onRefused(BiConsumer<String, RuntimeException> then) {
        this.onRefused = Objects.requireNonNull(then);
        return this;
    }

    /** Runs on the UI thread when the browser refused a file for its size (nothing was sent). */
    public UploadWithProgress<T> onTooLarge(Runnable then) {
        this.onTooLarge = Objects.requireNonNull(then);
        return this;
    }

    /**
     * Runs work off the UI thread with the upload disabled and the bar showing, then hands the result (or the
     * failure, unwrapped from the future's {@link CompletionException}) to {@code done} on the UI thread.
     *
     * @param startText shown until the work reports its first count
     * @param total the count at which the work is done, for a bar that fills; {@link #UNKNOWN_TOTAL} for a moving one
     * @param countText the text for a count the work reported
     * @param work starts the work, given where to report its count (from any thread)
     */
    public <R> void run(UI ui, String startText, long total, LongFunction<String> countText,
            Function<LongConsumer, CompletableFuture<R>> work, BiConsumer<R, Throwable> done) {
        working(ui, true, startText);
        progress.setIndeterminate(total == UNKNOWN_TOTAL);
        progress.setValue(0);
        double expected = Math.max(1, total);
        work.apply(count -> ui.access(() -> {
            if (total != UNKNOWN_TOTAL) {
                progress.setValue(Math.min(1.0, count / expected));
            }
            progressText.setText(countText.apply(count));
        })).whenComplete((result, failure) -> ui.access(() -> {
            working(ui, false, "");
            done.accept(result, failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure);
        }));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(-1);
    }

    private void working(UI ui, boolean on, String text) {
        ui.setPollInterval(on ? POLL_MILLIS : -1);
        upload.setEnabled(!on);
        progress.setVisible(on);
        progressText.setText(text);
    }

    private final class Receiving implements UploadHandler {
        private final Receiver<T> receiver;

        Receiving(Receiver<T> receiver) {
            this.receiver = receiver;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            T received;
            try {
                received = receiver.receive(event.getFileName(), event.getInputStream());
            } catch (RuntimeException e) {
                event.reject(e.getMessage());
                ui.access(() -> {
                    upload.clearFileList();
                    onRefused.accept(event.getFileName(), e);
                });
                return;
            }
            ui.access(() -> {
                upload.clearFileList();
                onReceived.accept(received);
            });
        }
    }
}
