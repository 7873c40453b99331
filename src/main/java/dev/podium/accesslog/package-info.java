/**
 * The access log (in the UI "HR audit log"; "audit" alone means profile audits here): an append-only record of the
 * HR, coach and line-manager actions that touch people's data, and of the system's erasures. Implements the kernel's
 * {@link dev.podium.shared.AccessLog} port, which every module calls; serves HR's lazy, filterable, exportable view
 * ({@link dev.podium.accesslog.AccessLogService}); purges rows older than {@code podium.access-log.retention} daily on
 * one node. The database refuses every other change or deletion (triggers, see V23). Uses only {@code shared}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package dev.podium.accesslog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
