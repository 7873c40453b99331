/**
 * The draft workspace: an employee writes drafts (headline, About, a post, a comment) that Podium never posts
 * anywhere, with a live count against the platform's limit and a pre-flight check that advises and never blocks
 * ({@link dev.podium.drafts.DraftService#check}); shares a draft with the coach of their open coaching programme, who
 * comments on passages; every changed save is a kept version. A draft can be handed in as the answer to a practice
 * task ({@code learning}). HR keeps the check's word lists ({@link dev.podium.drafts.WatchListService}) but never
 * reads drafts; line managers never do either. Uses {@code activity} (the index's classification rules and the
 * person's voice topics), {@code policy} (disclosure markings and sections), {@code coaching} (who coaches whom, now),
 * {@code learning}, {@code notification} and the kernel. Publishes no events; erases its data through
 * {@link dev.podium.shared.PersonalDataEraser}.
 */
@ApplicationModule(allowedDependencies = {"activity", "coaching", "learning", "notification", "policy", "shared"})
@NullMarked
package dev.podium.drafts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
