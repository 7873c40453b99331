package dev.podium.audit;

import dev.podium.AsHr;
import dev.podium.SignIn;
import dev.podium.activity.VoiceTopicService;
import dev.podium.activity.LinkedInProfileArchives;
import dev.podium.activity.VoiceTopic;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Fresh people, signed in as needed, and their audits, for the audit tests (one shared Spring context). */
public final class AuditFixtures {

    public static final ManualAnswers ANSWERS = new ManualAnswers("https://www.linkedin.com/in/mette-privacy",
            "A talk on privacy by design", true);

    /** A demo HR admin. */
    public static final String HR = "hr@podium.local";

    private final EmployeeService employees;
    private final UserDetailsService users;
    private final VoiceTopicService activity;
    private final AuditService audits;
    private final JdbcTemplate jdbc;

    public AuditFixtures(EmployeeService employees, UserDetailsService users, VoiceTopicService activity,
            AuditService audits, JdbcTemplate jdbc) {
        this.employees = employees;
        this.users = users;
        this.activity = activity;
        this.audits = audits;
        this.jdbc = jdbc;
    }

    public record Person(EmployeeId id, String email) {
    }

    public Person person(String firstName, Locale locale, Role... roles) {
        String email = firstName.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@audit.podium.test";
        Set<Role> all = EnumSet.of(Role.EMPLOYEE, roles);
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft(firstName, "Audit", email, null,
                null, "DK", null, all, locale)));
        return new Person(id, email);
    }

    public void signIn(Person person) {
        signIn(person.email());
    }

    public void signIn(String email) {
        SignIn.as(users, email);
    }

    /** Signs in as whoever coaches the audit now. */
    public void signInAsCoachOf(long auditId) {
        signIn(coachEmail(auditId));
    }

    /** The e-mail of whoever coaches the audit now, as HR sees it. */
    public String coachEmail(long auditId) {
        signIn(HR);
        EmployeeId coach = audits.audit(auditId).coach();
        String email = employees.get(coach).draft().email();
        signOut();
        return email;
    }

    /** The person chooses voice topics (one is "Data privacy") and submits a complete export. */
    public long submitComplete(Person person) {
        signIn(person);
        activity.saveMyVoiceTopics(List.of(new VoiceTopic("Data privacy", List.of("privacy"), List.of("#privacy")),
                new VoiceTopic("Open banking", List.of("open banking"), List.of()),
                new VoiceTopic("Security", List.of("security"), List.of())));
        return submit(LinkedInProfileArchives.complete(), ANSWERS);
    }

    public long submit(LinkedInProfileArchives archive, ManualAnswers answers) {
        return audits.submit("Basic_LinkedInDataExport.zip", new ByteArrayInputStream(archive.zip()), answers);
    }

    /** Coach points for every coach item: full marks. */
    public static List<CoachReview> fullMarks(AuditDetails audit) {
        return audit.currentRound().items().stream().filter(item -> item.coachMax() > 0)
                .map(item -> new CoachReview(item.item(), item.coachMax(), null)).toList();
    }

    public long notifications(EmployeeId recipient, String messageKey) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ?",
                Long.class, recipient.value(), messageKey);
    }

    public static void signOut() {
        SignIn.out();
    }

}
