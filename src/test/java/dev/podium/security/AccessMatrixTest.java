package dev.podium.security;

import dev.podium.shared.Role;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The documented access matrix (docs/access-matrix.md) is the truth; every view's annotations must agree with
 * it, and every route must be in it.
 */
public class AccessMatrixTest {

    /** The matrix's columns, in order: who may open a route. */
    public static final List<String> AUDIENCES = List.of("Anonymous", "Employee", "Coach", "Line manager",
            "HR admin");
    private static final Map<String, Role> ROLE_OF = Map.of("Employee", Role.EMPLOYEE, "Coach", Role.COACH,
            "Line manager", Role.LINE_MANAGER, "HR admin", Role.HR_ADMIN);

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void every_route_is_in_the_matrix_and_the_matrix_lists_only_real_routes() throws Exception {
        Map<String, Class<?>> routes = routes();
        Map<String, Map<String, Boolean>> matrix = matrix();
        assertThat(matrix.keySet()).containsExactlyInAnyOrderElementsOf(routes.keySet());
    }

    @Test
    void each_audience_opens_exactly_the_routes_the_matrix_gives_it() throws Exception {
        Map<String, Class<?>> routes = routes();
        List<String> disagreements = new ArrayList<>();
        matrix().forEach((route, allowed) -> allowed.forEach((audience, expected) -> {
            Class<?> view = routes.get(route);
            boolean actual = view != null && hasAccess(view, audience);
            if (actual != expected) {
                disagreements.add("route '" + route + "' for " + audience + ": matrix says " + expected
                        + ", annotations say " + actual);
            }
        }));
        assertThat(disagreements).isEmpty();
    }

    private boolean hasAccess(Class<?> view, String audience) {
        if (audience.equals("Anonymous")) {
            return checker.hasAccess(view, null, role -> false);
        }
        Role role = ROLE_OF.get(audience);
        Principal principal = () -> audience;
        return checker.hasAccess(view, principal, roleName -> roleName.equals(role.roleName()));
    }

    private static Map<String, Class<?>> routes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("dev.podium")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routes.put(view.getAnnotation(Route.class).value(), view);
        }
        return routes;
    }

    /** Route → audience → allowed, parsed from the first table of docs/access-matrix.md (the browser checks use it too). */
    public static Map<String, Map<String, Boolean>> matrix() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/access-matrix.md"));
        Map<String, Map<String, Boolean>> matrix = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("| Route")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (!inTable || line.startsWith("|--")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String route = cells[1].strip().replace("`", "");
            route = route.equals("(empty)") ? "" : route;
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < AUDIENCES.size(); i++) {
                String cell = cells[3 + i].strip();
                assertThat(Set.of("yes", "no")).as("cell for %s / %s", route, AUDIENCES.get(i)).contains(cell);
                allowed.put(AUDIENCES.get(i), cell.equals("yes"));
            }
            matrix.put(route, allowed);
        }
        assertThat(matrix).as("access matrix table in docs/access-matrix.md").isNotEmpty();
        return matrix;
    }
}
