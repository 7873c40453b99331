package dev.podium.people;

/** How a person's account stands, as HR sees it in the employee list. */
public enum AccountState {
    ACTIVE, NO_PASSWORD, LOCKED, DEACTIVATED, MISSING
}
