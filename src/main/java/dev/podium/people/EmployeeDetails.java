package dev.podium.people;

import dev.podium.security.AccountStatus;
import dev.podium.shared.EmployeeId;
import java.util.Locale;
import java.util.Optional;

/** A person's full record, with their account as HR may see it. */
public record EmployeeDetails(EmployeeId id, EmployeeDraft draft, boolean active, Optional<EmployeeRef> lineManager,
        Optional<AccountStatus> account, long version) {

    public String fullName() {
        return draft.firstName() + " " + draft.lastName();
    }

    public Locale locale() {
        return draft.locale();
    }
}
