package dev.podium.rollout;

/**
 * Where a wave of the rollout stands, following the programme's steps: objectives set (draft), plan made
 * (planned), launched (members enrolled; HR stays involved from the wave's page).
 */
public enum WaveState {
    DRAFT, PLANNED, LAUNCHED
}
