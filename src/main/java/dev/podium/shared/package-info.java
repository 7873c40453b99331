/**
 * The kernel every module shares: value types ({@code EmployeeId}, {@code CourseId}), who is acting and with which
 * role ({@code CurrentUser}, {@code SignedInUser}, {@code Role}/{@code Roles}, {@code SystemUser} for the system's
 * own {@code SYSTEM} role), the contracts modules implement for others ({@code PersonalDataEraser}, {@code PersonalDataExporter}; in {@code ui}
 * the home page's {@code HomeCard} and the top bar's {@code NavbarItem}), and the infrastructure every node needs: the embedded MariaDB for the
 * zero-install run, a cluster-wide lease for work that must run on one node only ({@code ClusterLock}, also around
 * Flyway's migration), the resubmission and clean-up of Spring Modulith's event publications with their health
 * indicator, and the migrations' adaptation to Galera.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package dev.podium.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
