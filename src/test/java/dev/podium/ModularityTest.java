package dev.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph as written in each module's {@code package-info.java} ({@code allowedDependencies}) and in
 * docs/architecture.md: the code keeps to the declaration, and the declaration keeps its shape.
 */
class ModularityTest {

    /** The longest dependency chain, counted in modules; docs/architecture.md draws eight floors. */
    private static final int MOST_FLOORS = 8;

    private final ApplicationModules modules = ApplicationModules.of(PodiumApplication.class);

    @Test
    void modules_depend_only_on_each_others_public_faces_and_form_no_cycles() {
        modules.verify();
    }

    @Test
    void every_module_declares_what_it_may_use_and_is_null_marked() throws ClassNotFoundException {
        for (ApplicationModule module : modules) {
            String name = module.getBasePackage().getName();
            Package declared = Class.forName(name + ".package-info").getPackage();
            assertThat(declared.getAnnotation(org.springframework.modulith.ApplicationModule.class))
                    .as("@ApplicationModule(allowedDependencies = …) on %s", name).isNotNull();
            assertThat(declared.getAnnotation(NullMarked.class)).as("@NullMarked on %s", name).isNotNull();
        }
    }

    @Test
    void the_graph_keeps_its_shape() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (ApplicationModule module : modules) {
            uses.put(module.getIdentifier().toString(), module.getDirectDependencies(modules).uniqueModules()
                    .map(used -> used.getIdentifier().toString()).collect(Collectors.toSet()));
        }
        Map<String, Integer> floors = new HashMap<>();
        uses.keySet().forEach(module -> floorOf(module, uses, floors));
        assertThat(floors.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("floors of %s", floors).isLessThanOrEqualTo(MOST_FLOORS);

        assertThat(uses).allSatisfy((module, used) -> assertThat(used).as(module).doesNotContain("reporting"));
        assertThat(uses.get("people")).as("people is the organisation only")
                .doesNotContain("course", "learning", "rollout", "activity", "audit", "coaching");
        assertThat(uses.get("policy")).as("learning listens to policy, not the reverse").doesNotContain("learning");
        assertThat(uses.get("content")).as("content is a kit that knows no feature").isEmpty();
        assertThat(uses).allSatisfy((module, used) -> assertThat(used).as(module).doesNotContain("shell"));
    }

    private static int floorOf(String module, Map<String, Set<String>> uses, Map<String, Integer> floors) {
        Integer known = floors.get(module);
        if (known != null) {
            return known;
        }
        int floor = 1 + uses.getOrDefault(module, Set.of()).stream()
                .mapToInt(used -> floorOf(used, uses, floors)).max().orElse(0);
        floors.put(module, floor);
        return floor;
    }

    @Test
    void module_documentation_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
