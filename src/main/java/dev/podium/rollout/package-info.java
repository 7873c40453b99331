/**
 * The programme rollout in waves ({@link dev.podium.rollout.WaveService}): objectives, a plan (who by department,
 * country or list; courses, the coaching programme, a due date), the launch, and staying involved (progress and
 * reminders). One orchestrator ({@code WaveLauncher}) launches a wave: it pages through the members once, off the
 * caller's thread and resumably, and calls {@code learning} (bulk assignment of the courses with the due date) and
 * {@code coaching} (the programme for each member). Uses {@code people} (who a plan reaches, pasted lists),
 * {@code course} (the catalogue), {@code learning} (assignment, progress, who has not started), {@code coaching},
 * {@code notification} (reminders) and {@code security}. Publishes {@link dev.podium.rollout.WaveLaunched} and
 * {@link dev.podium.rollout.WaveMembersLaunched} (a page of members enrolled, the wave's cohort), which only
 * {@code reporting} listens to.
 */
@ApplicationModule(allowedDependencies = {
        "coaching", "course", "learning", "notification", "people", "security", "shared"})
@NullMarked
package dev.podium.rollout;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
