package dev.podium.activity;

import dev.podium.shared.EmployeeId;

/** The employee saved their voice topics (always 3–5 of them); published inside the saving transaction. */
public record VoiceTopicsChosen(EmployeeId employee, int count) {
}
