/**
 * Gives the demo organisation a history on its first start (demo profile only): course assignments, lessons read,
 * the guidelines attested, twelve weeks of posting activity imported, profile audits submitted and reviewed by the
 * coaches, coaching programmes started, each through the owning module's public
 * service as the person or HR would, so every figure on the HR dashboard means something. Listens to
 * {@link dev.podium.people.DemoOrganisationSeeded}; publishes nothing of its own.
 */
@ApplicationModule(allowedDependencies = {"activity", "audit", "coaching", "course", "learning", "people", "policy",
        "shared"})
@NullMarked
package dev.podium.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
