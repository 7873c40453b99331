package dev.podium.activity;

/** Where an index total falls: 0–39 starting, 40–69 building, 70–100 leading (limits are configuration). */
public enum Band {
    STARTING, BUILDING, LEADING
}
