package dev.podium.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Debian Chromium sessions against the application of the running {@code @PodiumSpringTest}. One
 * Playwright driver serves a test class; every {@link #open()} starts a browser with a fresh profile of its own
 * (so two sessions never share cookies), which is closed and deleted after the test, with a screenshot in
 * {@code target/browser-screenshots/} first if the test failed.
 *
 * <pre>{@code @RegisterExtension static final Browsers browsers = new Browsers();}</pre>
 */
final class Browsers implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private String baseUrl;
    private final List<BrowserSession> sessions = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        // a page load on two busy cores can take seconds; Playwright's 5 s default makes flaky tests
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        deleteOldScreenshots(context.getRequiredTestClass().getSimpleName() + ".");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        baseUrl = "http://localhost:" + port + "/";
    }

    /** A new browser with an empty profile (no cookies, no session), showing a blank page. */
    BrowserSession open() {
        return openAt(baseUrl);
    }

    /** As {@link #open()}, reaching Podium by another name of this machine (e.g. {@code 127.0.0.1}). */
    BrowserSession openVia(String host) {
        return openAt(baseUrl.replace("//localhost:", "//" + host + ":"));
    }

    private BrowserSession openAt(String baseUrl) {
        Path profile;
        try {
            profile = Files.createTempDirectory("podium-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BrowserContext browser = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setLocale("en-US")
                        .setViewportSize(1280, 800)
                        .setArgs(CHROMIUM_ARGS));
        browser.setDefaultTimeout(15_000);
        browser.setDefaultNavigationTimeout(20_000);
        Page page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().getFirst();
        BrowserSession session = new BrowserSession(baseUrl, browser, page, profile);
        sessions.add(session);
        return session;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        boolean failed = context.getExecutionException().isPresent();
        try {
            for (int i = 0; i < sessions.size(); i++) {
                if (failed) {
                    screenshot(sessions.get(i), context, i + 1);
                }
            }
        } finally {
            sessions.forEach(Browsers::closeQuietly);
            sessions.clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }

    private static void screenshot(BrowserSession session, ExtensionContext context, int number) {
        String method = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        String invocation = display.startsWith(method) ? "" : "-" + display.replaceAll("[^A-Za-z0-9@._-]+", "_");
        String name = context.getRequiredTestClass().getSimpleName() + "." + method + invocation + "-" + number
                + ".png";
        try {
            Files.createDirectories(SCREENSHOTS);
            session.page().screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
            System.err.println("Browser screenshot: " + SCREENSHOTS.resolve(name).toAbsolutePath()
                    + " (page " + session.page().url() + ")");
        } catch (RuntimeException | IOException e) {
            System.err.println("No screenshot for " + name + ": " + e.getMessage());
        }
    }

    /** Screenshots of an earlier run would pass for this run's failures. */
    private static void deleteOldScreenshots(String prefix) {
        if (!Files.isDirectory(SCREENSHOTS)) {
            return;
        }
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(BrowserSession session) {
        try {
            session.browser().close();
        } catch (RuntimeException e) {
            System.err.println("Closing a browser failed: " + e.getMessage());
        } finally {
            deleteRecursively(session.profile());
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Chromium may still be writing a cache file while it exits; a leftover in /tmp does no harm
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete browser profile " + directory + ": " + e.getMessage());
        }
    }
}
