package dev.podium;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;
import dev.podium.activity.ActivityArchiveAnalyser;
import dev.podium.course.CourseValidatorCommand;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
public class PodiumApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // command-line modes run without starting the application (no database, no web server)
        if (args.length > 0 && args[0].equals("validate-courses")) {
            System.exit(CourseValidatorCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("analyse-activity")) {
            System.exit(ActivityArchiveAnalyser.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication.run(PodiumApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/podium.svg", "any");
    }
}
