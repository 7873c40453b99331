/**
 * Accounts and signing in: accounts with hashed passwords and their roles, password and single sign-on login,
 * invitation and sign-in links, lockout after repeated failures, session ending on deactivation, the login and
 * account views. Its principals tell the kernel who is signed in ({@link dev.podium.shared.SignedInPrincipal}), so
 * other modules ask {@link dev.podium.shared.CurrentUser} and name {@link dev.podium.shared.Roles} without depending
 * on this module; only the modules that manage accounts ({@code people}, {@code rollout}'s invitations,
 * {@code notification}'s mail contacts, {@code audit}'s coach accounts, {@code shell}'s preferences) use it.
 * Depends on nothing but {@code shared}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package dev.podium.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
