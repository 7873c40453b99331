/**
 * Who may do what: accounts with hashed passwords, roles, lockout after repeated failures, session ending on
 * deactivation, the login view and the current user. Depends on nothing but {@code shared}; every other
 * module uses its {@link dev.podium.security.CurrentUser} and {@link dev.podium.security.Roles}.
 */
package dev.podium.security;
