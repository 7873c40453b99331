package dev.podium.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.people.*}.
 *
 * @param initialAdmin the first HR administrator of a new installation, created once when nobody holds the HR
 *        role; its password comes from the environment and is never stored anywhere but as a hash
 */
@ConfigurationProperties("podium.people")
public record PeopleProperties(@DefaultValue InitialAdmin initialAdmin) {

    public record InitialAdmin(String email, String password, @DefaultValue("HR") String firstName,
            @DefaultValue("Administrator") String lastName, @DefaultValue("DK") String country) {

        boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }
}
