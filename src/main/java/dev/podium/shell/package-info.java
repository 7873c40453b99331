/**
 * The application shell: the role-aware main layout with navigation, language and colour-scheme switches, and
 * the home page, which each module fills with {@link dev.podium.shell.HomeCard}s telling the person what to do
 * next. Depends on {@code security}; knows no feature module.
 */
package dev.podium.shell;
