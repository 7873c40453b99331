package dev.podium.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.people.*}.
 *
 * @param initialAdmin the first HR administrator of a new installation, created once when nobody holds the HR
 *        role; its password comes from the environment and is never stored anywhere but as a hash
 * @param retentionAfterLeaving how long a leaver's personal data is kept after they left; then
 *        {@code LeaverRetention} erases it
 * @param hrisMaxUploadBytes the largest HRIS file HR may upload
 * @param demoSize how many people the demo organisation has (demo profile only)
 */
@ConfigurationProperties("podium.people")
public record PeopleProperties(@DefaultValue InitialAdmin initialAdmin,
        @DefaultValue("P2Y") java.time.Period retentionAfterLeaving,
        @DefaultValue("52428800") long hrisMaxUploadBytes, @DefaultValue("300") int demoSize) {

    public record InitialAdmin(String email, String password, @DefaultValue("HR") String firstName,
            @DefaultValue("Administrator") String lastName, @DefaultValue("DK") String country) {

        boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
