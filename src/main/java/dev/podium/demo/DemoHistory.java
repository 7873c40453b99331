package dev.podium.demo;

import dev.podium.activity.ActivityImportService;
import dev.podium.activity.UploadedArchive;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditService;
import dev.podium.audit.CoachReview;
import dev.podium.audit.ManualAnswers;
import dev.podium.coaching.CoachTask;
import dev.podium.coaching.CoachTaskKind;
import dev.podium.coaching.CoachingService;
import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.course.LessonOutline;
import dev.podium.learning.LearningService;
import dev.podium.people.ActiveCoach;
import dev.podium.people.DemoOrganisationSeeded;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.SystemUser;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's history: without it the HR dashboard of a first start is all "fewer than 5" and zeros.
 * Runs once, right after the organisation was seeded, on a thread of its own so the application is ready at once
 * (the dashboard fills within a minute or so); drawn from a fixed seed and dated relative to the application's
 * {@link Clock}, so every fresh start tells the same story ending today. Off with {@code podium.demo.history=false}.
 */
@Component
@Profile("demo")
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final CourseId GUIDELINES = CourseId.of("social-media-guidelines");
    static final CourseId SOCIAL_LEADERSHIP = CourseId.of("social-leadership");
    private static final String POLICY = "social-media-guidelines";
    private static final long SEED = 18;

    private final LearningService learning;
    private final CourseService courses;
    private final PolicyService policies;
    private final ActivityImportService activity;
    private final EmployeeService employees;
    private final AuditService audits;
    private final CoachingService coaching;
    private final UserDetailsService users;
    private final Clock clock;
    private final boolean enabled;

    DemoHistory(LearningService learning, CourseService courses, PolicyService policies,
            ActivityImportService activity, EmployeeService employees, AuditService audits, CoachingService coaching,
            UserDetailsService users, Clock clock,
            @Value("${podium.demo.history:true}") boolean enabled) {
        this.learning = learning;
        this.courses = courses;
        this.policies = policies;
        this.activity = activity;
        this.employees = employees;
        this.audits = audits;
        this.coaching = coaching;
        this.users = users;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener
    void seeded(DemoOrganisationSeeded organisation) {
        if (!enabled) {
            return;
        }
        Thread.ofPlatform().name("podium-demo-history").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                Figures figures = write(organisation);
                log.info("Demo history written in {} ms: {} course assignments, {} courses begun, {} people who"
                        + " completed the guidelines, {} further attestations, {} activity imports ({} items); {}"
                        + " coaching programmes ({} with topics agreed); {} profile audits ({} approved, {} sent back"
                        + " for revision), the audits and coaching taking {} ms",
                        (System.nanoTime() - started) / 1_000_000, figures.assigned, figures.reading,
                        figures.completed, figures.attested, figures.imports, figures.items, figures.programmes,
                        figures.topicsAgreed, figures.audits, figures.approved, figures.revisions,
                        figures.auditMillis);
            } catch (RuntimeException e) {
                log.warn("The demo history stopped early; the demo works, with fewer figures", e);
            }
        });
    }

    /** How much history was written, for the log. */
    static final class Figures {
        int assigned;
        int reading;
        int attested;
        int imports;
        int items;
        int completed;
        int skipped;
        int programmes;
        int topicsAgreed;
        int audits;
        int approved;
        int revisions;
        long auditMillis;
    }

    Figures write(DemoOrganisationSeeded organisation) {
        Figures figures = new Figures();
        Random random = new Random(SEED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<EmployeeId> everyone = organisation.people();
        List<EmployeeId> guidelines = new ArrayList<>();
        List<EmployeeId> leadership = new ArrayList<>();
        List<Engagement> engagement = new ArrayList<>();
        for (EmployeeId person : everyone) {
            Engagement level = Engagement.draw(random);
            engagement.add(level);
            if (random.nextDouble() < 0.85) {
                guidelines.add(person);
            }
            if (level != Engagement.DORMANT && random.nextDouble() < 0.7) {
                leadership.add(person);
            }
        }
        SystemUser.run(() -> {
            figures.assigned += learning.assign(guidelines, GUIDELINES, today.plusDays(28), organisation.hr());
            figures.assigned += learning.assign(leadership, SOCIAL_LEADERSHIP, today.plusDays(56),
                    organisation.hr());
        });
        // audits and coaching draw from a seed of their own, so the course and activity history stays as it was
        Random auditRandom = new Random(SEED + 1);
        long auditsStarted = System.nanoTime();
        startProgrammes(everyone, engagement, auditRandom, figures);
        figures.auditMillis += (System.nanoTime() - auditsStarted) / 1_000_000;
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i++) {
            EmployeeId person = everyone.get(i);
            Engagement level = engagement.get(i);
            Optional<EmployeeDetails> details = SystemUser.call(() -> Optional.of(employees.get(person)));
            if (details.isEmpty()) {
                continue;
            }
            String email = details.get().draft().email();
            emails.add(email);
            Locale language = details.get().locale();
            try {
                asPerson(email, () -> {
                boolean finishes = guidelines.contains(person) && random.nextDouble() < level.completion;
                if (finishes) {
                    // the whole course: every lesson, both quizzes answered as the course teaches, the attestation
                    completeGuidelines(language);
                    figures.reading++;
                    figures.completed++;
                } else if (guidelines.contains(person) && level.lessonShare > 0 && readLessons(GUIDELINES, language,
                        level.lessonShare, random)) {
                    figures.reading++;
                }
                if (leadership.contains(person) && readLessons(SOCIAL_LEADERSHIP, language, level.lessonShare / 2,
                        random)) {
                    figures.reading++;
                }
                if (!finishes && random.nextDouble() < level.attestation && attest(language)) {
                    figures.attested++;
                }
                if (level.activeWeekChance > 0) {
                    DemoActivity archive = DemoActivity.draw(level.activeWeekChance, level.ownShare,
                            clock.instant(), random);
                    if (archive.items() > 0) {
                        UploadedArchive upload = activity.receiveUpload("Basic_LinkedInDataExport_demo.zip",
                                new ByteArrayInputStream(archive.zip()));
                        activity.confirm(upload, written -> { }).join();
                        figures.imports++;
                        figures.items += archive.items();
                    }
                }
                return null;
                });
            } catch (RuntimeException e) {
                // one person's history that does not fit (a course edited since) leaves the others theirs
                figures.skipped++;
                log.debug("Demo history of {} left out", person, e);
            }
        }
        auditsStarted = System.nanoTime();
        submitAndReviewAudits(emails, engagement, auditRandom, figures);
        agreeTopics(auditRandom, figures);
        figures.auditMillis += (System.nanoTime() - auditsStarted) / 1_000_000;
        return figures;
    }

    /**
     * Some of the keener people are put on the coaching programme as HR would, before the rest of their history, so
     * the guidelines, attestations and approved audits that follow reach the programme's milestones as they happen.
     */
    private void startProgrammes(List<EmployeeId> everyone, List<Engagement> engagement, Random random,
            Figures figures) {
        for (int i = 0; i < everyone.size(); i++) {
            if (random.nextDouble() >= engagement.get(i).coaching) {
                continue;
            }
            EmployeeId person = everyone.get(i);
            try {
                SystemUser.run(() -> coaching.assign(person));
                figures.programmes++;
            } catch (RuntimeException e) {
                figures.skipped++;
                log.debug("Demo coaching programme of {} left out", person, e);
            }
        }
    }

    /**
     * Profile audits as they happen: the person submits their export (read and scored by the audit module), and the
     * coach the workflow assigned reviews it, most approving with their points, some asking for a revision, the rest
     * still waiting in review; profile quality and coach points follow how engaged the person is.
     */
    private void submitAndReviewAudits(List<String> emails, List<Engagement> engagement, Random random,
            Figures figures) {
        Map<EmployeeId, String> coachEmails = new java.util.HashMap<>();
        for (int i = 0; i < emails.size(); i++) {
            Engagement level = engagement.get(i);
            if (random.nextDouble() >= level.audit) {
                continue;
            }
            String email = emails.get(i);
            double quality = Math.clamp(level.profileQuality + (random.nextDouble() - 0.5) / 2, 0.0, 1.0);
            double decision = random.nextDouble();
            byte[] export = DemoProfile.zip("Demo", "Person", quality, random);
            try {
                AuditDetails submitted = asPerson(email, () -> {
                    long id = audits.submit("Basic_LinkedInDataExport_demo.zip", new ByteArrayInputStream(export),
                            new ManualAnswers(quality > 0.4 ? "https://www.linkedin.com/in/demo-" + email.hashCode() : "",
                                    quality > 0.6 ? "A talk on our customer work" : "", quality > 0.5));
                    return audits.audit(id);
                });
                figures.audits++;
                if (decision >= 0.88) {
                    continue; // still waiting for its coach
                }
                String coach = coachEmails.computeIfAbsent(submitted.coach(),
                        id -> SystemUser.call(() -> employees.get(id).draft().email()));
                asPerson(coach, () -> {
                    AuditDetails audit = audits.audit(submitted.auditId());
                    List<CoachReview> reviews = new ArrayList<>();
                    audit.currentRound().items().stream().filter(item -> item.coachMax() > 0).forEach(item ->
                            reviews.add(new CoachReview(item.item(), (int) Math.round(item.coachMax()
                                    * Math.clamp(quality + (random.nextDouble() - 0.5) / 2, 0.0, 1.0)), null)));
                    if (decision < 0.76) {
                        audits.approve(audit.auditId(), reviews);
                        figures.approved++;
                    } else {
                        CoachReview first = reviews.getFirst();
                        reviews.set(0, new CoachReview(first.item(), null,
                                "Could you say more here about the work you do with customers?"));
                        audits.requestRevision(audit.auditId(), reviews);
                        figures.revisions++;
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                figures.skipped++;
                log.debug("Demo audit of {} left out", email, e);
            }
        }
    }

    /** Each coach agrees the voice topics with about two in three of the participants waiting for that. */
    private void agreeTopics(Random random, Figures figures) {
        for (ActiveCoach coach : SystemUser.call(employees::activeCoaches)) {
            String email = SystemUser.call(() -> employees.get(coach.id()).draft().email());
            try {
                asPerson(email, () -> {
                    for (CoachTask task : coaching.myCoachTasks()) {
                        if (task.kind() == CoachTaskKind.AGREE_TOPICS && random.nextDouble() < 0.67) {
                            coaching.agreeTopics(task.programmeId());
                            figures.topicsAgreed++;
                        }
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                figures.skipped++;
                log.debug("Demo coaching of {} left out", email, e);
            }
        }
    }

    /**
     * Completes the guidelines course as a learner who took it in: each lesson in order, the two quizzes answered
     * right (the answers the course teaches, in the learner's language), and the attestation its last task asks for.
     */
    private void completeGuidelines(Locale language) {
        Optional<CourseOutline> outline = courses.outline(GUIDELINES, language);
        if (outline.isEmpty()) {
            return;
        }
        boolean danish = language.getLanguage().equals("da");
        for (LessonOutline lesson : outline.get().lessons()) {
            learning.completeLesson(GUIDELINES, lesson.id(), language);
            Map<String, Set<String>> answers = switch (lesson.id()) {
                case "disclosure" -> Map.of("disclose-where", Set.of("c"),
                        "disclosures-that-work", Set.of("a", "b", danish ? "reklame" : "c"),
                        "headline-not-enough", Set.of("b"), "when-to-disclose", Set.of("a", "b", "d"),
                        "bottom-of-hashtags", Set.of("b"), "views-are-my-own", Set.of("c"));
                case "when-things-go-wrong" -> Map.of("supplier-thread", Set.of("a"), "watch-this-space", Set.of("c"),
                        "salary-post", Set.of("b"), "recruiter-link", Set.of("c"), "public-complaint", Set.of("d"),
                        "wrong-figure", Set.of("a"), "adviser-about", Set.of("c"), "ai-anecdote", Set.of("a"));
                default -> Map.of();
            };
            if (lesson.hasQuiz() && !answers.isEmpty()) {
                learning.submitQuiz(GUIDELINES, lesson.id(), answers, language);
            }
        }
        attest(language);
    }

    /** Reads the first share of a course's lessons, in order, as the signed-in person; whether any was read. */
    private boolean readLessons(CourseId course, Locale language, double share, Random random) {
        Optional<CourseOutline> outline = courses.outline(course, language);
        if (outline.isEmpty() || share <= 0) {
            return false;
        }
        List<LessonOutline> lessons = outline.get().lessons();
        int read = (int) Math.round(lessons.size() * Math.min(1.0, share * (0.5 + random.nextDouble())));
        for (int i = 0; i < read; i++) {
            learning.completeLesson(course, lessons.get(i).id(), language);
        }
        return read > 0;
    }

    private boolean attest(Locale language) {
        Optional<PolicyPage> page = policies.policy(POLICY, language);
        if (page.isEmpty() || !page.get().attestationDue()) {
            return false;
        }
        policies.attest(POLICY, page.get().version(), page.get().textSha256(), language);
        return true;
    }

    /** Does the work signed in as that person on this thread, as behind their own request. */
    private <T> T asPerson(String email, Supplier<T> work) {
        UserDetails person = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asPerson = SecurityContextHolder.createEmptyContext();
        asPerson.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(asPerson);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * How involved one person is: a share of the organisation each, as in a real rollout's first quarter.
     *
     * @param lessonShare roughly how much of an assigned course they have read
     * @param attestation the chance they attested the guidelines
     * @param activeWeekChance the chance that a week of the last twelve had them posting or commenting
     * @param ownShare the share of their items that are their own words rather than bare reshares
     * @param completion the chance they completed the guidelines course (and so hold its certificate)
     * @param audit the chance they submitted their profile for an audit
     * @param profileQuality how complete their profile is, around which their audit scores spread
     * @param coaching the chance HR put them on the coaching programme
     */
    enum Engagement {
        DORMANT(0.0, 0.15, 0.0, 0.0, 0.0, 0.05, 0.2, 0.0),
        OCCASIONAL(0.3, 0.5, 0.2, 0.4, 0.1, 0.35, 0.4, 0.03),
        REGULAR(0.6, 0.8, 0.55, 0.7, 0.45, 0.7, 0.6, 0.12),
        CHAMPION(1.0, 0.95, 0.9, 0.9, 0.85, 0.95, 0.8, 0.25);

        final double lessonShare;
        final double attestation;
        final double activeWeekChance;
        final double ownShare;
        final double completion;
        final double audit;
        final double profileQuality;
        final double coaching;

        Engagement(double lessonShare, double attestation, double activeWeekChance, double ownShare,
                double completion, double audit, double profileQuality, double coaching) {
            this.lessonShare = lessonShare;
            this.attestation = attestation;
            this.activeWeekChance = activeWeekChance;
            this.ownShare = ownShare;
            this.completion = completion;
            this.audit = audit;
            this.profileQuality = profileQuality;
            this.coaching = coaching;
        }

        static Engagement draw(Random random) {
            double r = random.nextDouble();
            return r < 0.25 ? DORMANT : r < 0.6 ? OCCASIONAL : r < 0.87 ? REGULAR : CHAMPION;
        }
    }
}
