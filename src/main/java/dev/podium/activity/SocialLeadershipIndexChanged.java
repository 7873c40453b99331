package dev.podium.activity;

import dev.podium.shared.EmployeeId;

/**
 * The employee's Social Leadership Index was computed anew: after every import (even when the total stayed the
 * same) and after voice topics changed it. Carries no per-item detail: listeners learn the figure, not the posts.
 *
 * @param previousTotal the last stored total, 0 before the first computation
 */
public record SocialLeadershipIndexChanged(EmployeeId employee, int previousTotal, int total, Band band) {
}
