package dev.podium.people;

import java.util.Optional;

/** What a person sees of their own record. */
public record MyProfile(String fullName, String email, String jobTitle, Optional<String> departmentName,
        String countryCode, Optional<String> lineManagerName) {
}
