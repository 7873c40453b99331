/**
 * The kit for texts written as files, shared by {@code course} and {@code policy}: YAML read as nodes so every
 * problem names its line ({@link dev.podium.content.YamlFile}), Markdown checked and rendered safely
 * ({@link dev.podium.content.SafeMarkdown}), problems as translation keys {@code content.problem.*} with file and
 * line ({@link dev.podium.content.ContentProblem}), and the {@code {{variables}}} texts may use
 * ({@link dev.podium.content.ContentVariables}, filled from {@code podium.content.*} and from the figures other
 * modules declare through {@link dev.podium.content.ContentVariableSource}). Depends on {@code shared} only;
 * publishes and listens to no events.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.podium.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
