package dev.podium.load;

import dev.podium.load.LoadDriver.Stats;
import dev.podium.load.LoadDriver.Stop;
import dev.podium.load.VaadinClient.VaadinError;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * What one person does in Podium, step by step with a pause to read between steps, each step checked for what the
 * click should have done (an element of the opened view is there, the lesson shows as done …). A step that fails is
 * recorded as an error and ends that person's run.
 */
final class Scenario {

    /** The course the employees work in: self-enrolment, lessons with quizzes (courses/social-leadership). */
    static final String COURSE = "courses/social-leadership";
    private static final List<String> LESSONS = List.of("your-own-voice", "trust-and-mutual-gain", "starting-from-zero",
            "programme-from-your-side", "personal-learning-network");

    final VaadinClient client;
    private final Stats stats;
    private final Random random;
    private final Duration think;

    private final boolean writes;

    /**
     * @param writes whether this person enrols, marks lessons complete and submits quizzes; the load test reuses
     *        accounts, and only the first session of each account writes, so that two sessions of one person never
     *        complete the same lesson at the same moment
     */
    Scenario(VaadinClient client, Stats stats, Random random, Duration think, boolean writes) {
        this.writes = writes;
        this.client = client;
        this.stats = stats;
        this.random = random;
        this.think = think;
    }

    /** Home, the catalogue, the course, a lesson, mark it complete, answer its quiz, My voice. */
    void employee() {
        step("home", () -> {
            client.navigate("");
            expect("home-greeting");
        });
        step("catalogue", () -> {
            client.navigate("courses");
            expect("catalogue-cards");
        });
        step("course", () -> {
            client.navigate(COURSE);
            expect("course-title");
        });
        if (writes && client.has("course-enrol")) {
            step("enrol", () -> {
                client.click("course-enrol");
                if (writes && client.has("course-enrol")) {
                    throw new VaadinError("Enrolling left the enrol button in place");
                }
            });
        }
        if (client.has("course-enrol")) {
            // not enrolled, and this session does not enrol (see the constructor): the lessons stay closed to it
            step("my voice", () -> client.navigate("voice"));
            return;
        }
        List<String> links = client.links(COURSE + "/");
        String lesson = links.isEmpty() ? COURSE + "/" + LESSONS.get(random.nextInt(LESSONS.size()))
                : links.get(random.nextInt(links.size()));
        step("lesson", () -> {
            client.navigate(lesson);
            expect("lesson-title");
        });
        if (writes && client.has("lesson-complete")) {
            step("mark complete", () -> {
                client.click("lesson-complete");
                expect("lesson-done");
            });
        }
        if (writes && client.has("quiz-submit")) {
            for (String question : client.idsStartingWith("quiz-q-")) {
                String tag = client.tree().byId(question).map(n -> n.string("tag")).orElse("");
                if (tag.equals("vaadin-radio-group")) {
                    step("quiz answer", () -> client.chooseRadio(question, random.nextInt(4)));
                } else if (tag.equals("vaadin-checkbox-group")) {
                    step("quiz answer", () -> client.tickBoxes(question, List.of(0, 1 + random.nextInt(3))));
                }
            }
            step("quiz submit", () -> {
                client.click("quiz-submit");
                expect("quiz-score");
            });
        }
        step("my voice", () -> {
            client.navigate("voice");
            if (!client.has("voice-total") && !client.has("voice-no-import")) {
                throw new VaadinError("My voice shows neither an index nor the call to import");
            }
        });
    }

    /** Home, the review inbox, the programme board, renewals to sign off. */
    void coach() {
        step("home", () -> {
            client.navigate("");
            expect("home-greeting");
        });
        step("coach inbox", () -> {
            client.navigate("coach/audits");
            expect("audit-inbox");
        });
        step("coach programmes", () -> {
            client.navigate("coach/programmes");
            expect("coach-participants");
        });
        step("coach renewals", () -> client.navigate("coach/renewals"));
    }

    /** The dashboard, a department filter, a drill-down, the employee grid scrolled down two pages. */
    void hr() {
        step("dashboard", () -> {
            client.navigate("dashboard");
            expect("dashboard-figures");
        });
        step("dashboard filter", () -> client.chooseComboItem("filter-department", random.nextInt(5)));
        List<String> drills = client.idsStartingWith("drill-").stream()
                .filter(id -> !id.equals("drill-down") && !id.equals("drill-grid")).toList();
        if (!drills.isEmpty()) {
            String drill = drills.get(random.nextInt(drills.size()));
            step("drill-down", () -> {
                client.click(drill);
                expect("drill-grid");
            });
        }
        step("employees", () -> {
            client.navigate("employees");
            expect("employee-grid");
        });
        step("employee scroll", () -> client.scrollGrid("employee-grid", 50, 100));
        step("employee scroll", () -> client.scrollGrid("employee-grid", 150, 100));
    }

    /**
     * The ceiling: the same person's session fetching a small static file from the same JVM under the same load, no
     * Vaadin involved. Printed beside the steps, left out of "all steps".
     */
    void ceiling() {
        step(Stats.CEILING, () -> client.fetch("styles.css"));
    }

    void step(String name, Runnable action) {
        timed(name, action);
        pause();
    }

    /** The tab's heartbeat, on its own timer beside the clicks, as the browser's; stops with the person. */
    Thread heartbeats() {
        return Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Thread.sleep(client.heartbeatSeconds() * 1000L);
                    timed(Stats.HEARTBEAT, client::heartbeat);
                }
            } catch (InterruptedException | Stop e) {
                // the person left
            }
        });
    }

    private void timed(String name, Runnable action) {
        long start = System.nanoTime();
        try {
            action.run();
            stats.record(name, System.nanoTime() - start);
        } catch (VaadinError | IllegalStateException e) {
            stats.error(name, e.getMessage());
            throw new Stop();
        }
    }

    private void expect(String elementId) {
        if (!client.has(elementId)) {
            throw new VaadinError("#" + elementId + " is not on the page after the step");
        }
    }

    private void pause() {
        long millis = think.toMillis();
        if (millis > 0) {
            LoadDriver.sleep(millis / 2 + (long) (random.nextDouble() * millis));
        }
    }
}
