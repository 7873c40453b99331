package dev.podium.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ActivityGoal;
import dev.podium.activity.ActivityIndexService;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.learning.CourseCompleted;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who sees what: a coach sees a participant only while assigned in an open programme, HR sees stages but no
 * details, an employee sees only their own. Each test tries the forbidden read.
 */
@PodiumSpringTest
class CoachingAccessIntegrationTest {

    @Autowired
    CoachingService coaching;
    @Autowired
    EmployeeService employees;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    ActivityIndexService activity;
    @Autowired
    VoiceTopicService voiceTopics;

    EmployeeId participant;
    String participantEmail;
    long programme;
    String assignedCoach;
    String otherCoach;

    @BeforeEach
    void aProgrammeWithACoach() {
        participantEmail = "access." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@coaching.podium.test";
        participant = AsHr.call(() -> employees.register(new EmployeeDraft("Ole", "Open", participantEmail,
                null, null, "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.forLanguageTag("da"))));
        programme = AsHr.call(() -> coaching.assign(participant));
        ProgrammeRow row = AsHr.call(() -> coaching.programmes(PageRequest.of(0, 200))).stream()
                .filter(r -> r.programmeId() == programme).findFirst().orElseThrow();
        assignedCoach = AsHr.call(() -> employees.get(row.coach()).draft().email());
        EmployeeId other = AsHr.call(() -> coaching.coaches()).stream().map(c -> c.id())
                .filter(id -> !id.equals(row.coach())).findFirst().orElseThrow();
        otherCoach = AsHr.call(() -> employees.get(other).draft().email());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_assigned_coach_sees_the_participant_with_counts_but_no_texts() {
        SignIn.as(users, assignedCoach);
        Participant details = coaching.participant(programme);
        assertThat(details.employee()).isEqualTo(participant);
        assertThat(details.evidence()).isNotNull();
        assertThat(coaching.myParticipants()).extracting(ProgrammeRow::programmeId).contains(programme);
    }

    @Test
    void another_coach_cannot_read_the_participant() {
        SignIn.as(users, otherCoach);
        assertThatThrownBy(() -> coaching.participant(programme)).isInstanceOf(AccessDeniedException.class);
        assertThat(coaching.myParticipants()).extracting(ProgrammeRow::programmeId).doesNotContain(programme);
    }

    @Test
    void only_the_assigned_coach_reads_the_participant_s_activity_counts_from_the_activity_services() {
        SignIn.as(users, assignedCoach);
        assertThat(activity.evidenceFor(participant)).isNotNull();
        assertThat(activity.weeksOf(participant)).isNotNull();
        assertThat(activity.conversationsOf(participant)).isNotNull();
        activity.meets(participant, ActivityGoal.sliAtLeast(1));
        assertThat(voiceTopics.voiceTopicsOf(participant)).isEmpty();

        // a coach of another programme goes straight to the activity services, past the coaching screens
        SignIn.as(users, otherCoach);
        assertThatThrownBy(() -> activity.evidenceFor(participant)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.weeksOf(participant)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.conversationsOf(participant)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.meets(participant, ActivityGoal.sliAtLeast(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> voiceTopics.voiceTopicsOf(participant)).isInstanceOf(AccessDeniedException.class);

        // once the programme is closed, the coach who had it reads no more
        AsHr.run(() -> employees.deactivate(participant));
        SignIn.as(users, assignedCoach);
        assertThatThrownBy(() -> activity.evidenceFor(participant)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_coach_cannot_act_in_the_programme() {
        reachVoiceTopics();
        SignIn.as(users, otherCoach);
        assertThatThrownBy(() -> coaching.agreeTopics(programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.recordMidpointCheckIn(programme, "notes"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_coach_loses_sight_of_the_participant_once_the_programme_is_closed() {
        AsHr.run(() -> employees.deactivate(participant));
        SignIn.as(users, assignedCoach);
        assertThatThrownBy(() -> coaching.participant(programme)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_coach_loses_sight_of_the_participant_after_reassignment() {
        EmployeeId other = AsHr.call(() -> employees.activeCoaches()).stream()
                .filter(c -> emailOf(c.id()).equals(otherCoach)).findFirst().orElseThrow().id();
        AsHr.run(() -> coaching.reassignCoach(programme, other));
        SignIn.as(users, assignedCoach);
        assertThatThrownBy(() -> coaching.participant(programme)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, otherCoach);
        assertThat(coaching.participant(programme).employee()).isEqualTo(participant);
    }

    @Test
    void hr_sees_the_stage_but_cannot_read_a_participant_s_details() {
        String hr = "hr." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@coaching.podium.test";
        AsHr.run(() -> employees.register(new EmployeeDraft("Hanne", "Hr", hr, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE, Role.HR_ADMIN), Locale.ENGLISH)));
        SignIn.as(users, hr);
        assertThat(coaching.programmes(PageRequest.of(0, 200))).extracting(ProgrammeRow::programmeId)
                .contains(programme);
        assertThatThrownBy(() -> coaching.participant(programme)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_employee_sees_only_their_own_programme() {
        SignIn.as(users, participantEmail);
        assertThat(coaching.myProgramme().orElseThrow().programmeId()).isEqualTo(programme);
        assertThatThrownBy(() -> coaching.participant(programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.programmes(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);

        String stranger = "stranger." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@coaching.podium.test";
        AsHr.run(() -> employees.register(new EmployeeDraft("Sten", "Stranger", stranger, null, null, "DK", null,
                EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
        SignIn.as(users, stranger);
        assertThat(coaching.myProgramme()).isEmpty();
    }

    @Test
    void a_coach_cannot_list_everyone_s_programmes() {
        SignIn.as(users, assignedCoach);
        assertThatThrownBy(() -> coaching.programmes(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.assign(participant)).isInstanceOf(AccessDeniedException.class);
    }

    private void reachVoiceTopics() {
        events.publishEvent(new CourseCompleted(participant, CourseId.of("social-media-guidelines"), "1", "h", true,
                90, clock.instant()));
        events.publishEvent(new PolicyAttested(participant, "social-media-guidelines", "1", clock.instant()));
        events.publishEvent(new ProfileAuditApproved(participant, 1L, 80, null, clock.instant()));
    }

    private String emailOf(EmployeeId id) {
        return AsHr.call(() -> employees.get(id).draft().email());
    }
}
