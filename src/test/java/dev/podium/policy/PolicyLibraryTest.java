package dev.podium.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.content.ContentProblem;
import dev.podium.content.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files read with content's kit: every problem names the file and line it is on. */
class PolicyLibraryTest {

    @TempDir
    Path folder;

    @Test
    void the_shipped_guidelines_have_no_problems() {
        PolicyLibrary library = new PolicyLibrary(new PolicyProperties(Path.of("policies")), TestContent.variables());
        assertThat(library.snapshot().problems()).extracting(ContentProblem::english).isEmpty();
        assertThat(library.snapshot().policies()).containsKey("social-media-guidelines");
    }

    @Test
    void a_problem_in_policy_yml_names_its_line() throws IOException {
        write("id: house-rules\nversion: \"1\"\nlanguages: [en, fr]\ntitle:\n  en: House rules\nrenewalMonths: 99\n"
                + "owner: hr\n");
        assertThat(problems()).contains(
                "house-rules/policy.yml:3: The language \"fr\" is not supported; use one of: en, da.",
                "house-rules/policy.yml:6: \"renewalMonths\" is 99; it must be between 1 and 60.",
                "house-rules/policy.yml:7: Unknown key \"owner\" (check the spelling against docs/course-format.md).");
    }

    @Test
    void the_id_must_match_the_folder_and_a_title_its_languages() throws IOException {
        write("id: other-rules\nversion: \"1\"\nlanguages: [en]\ntitle:\n  en: House rules\nrenewalMonths: 12\n");
        assertThat(problems()).containsExactly(
                "house-rules/policy.yml:1: The id \"other-rules\" must equal its folder name \"house-rules\".");

        write("id: house-rules\nversion: \"1\"\nlanguages: [en]\ntitle:\n  da: Husregler\nrenewalMonths: 12\n");
        assertThat(problems()).containsExactly(
                "house-rules/policy.yml:5: \"title\" has no text for the language \"en\".");
    }

    @Test
    void an_unknown_variable_in_a_title_names_its_line_and_raw_html_in_the_text_is_refused() throws IOException {
        write("id: house-rules\nversion: \"1\"\nlanguages: [en]\ntitle:\n  en: Rules of {{compnay}}\n"
                + "renewalMonths: 12\n");
        Files.writeString(folder.resolve("house-rules/policy.en.md"), "## Rules\n\n<div>Be kind.</div>\n");
        PolicyLibrary library = new PolicyLibrary(new PolicyProperties(folder), TestContent.variables());
        assertThat(library.snapshot().policies()).isEmpty();
        assertThat(library.snapshot().problems()).extracting(ContentProblem::english).anyMatch(problem -> problem
                .startsWith("house-rules/policy.yml:5: Unknown variable \"{{compnay}}\"; known variables close to it: "
                        + "company"))
                .contains("house-rules/policy.en.md:3: Raw HTML is not allowed: \"<div>Be kind.</div>\". "
                        + "Write Markdown instead.");
    }

    private void write(String yaml) throws IOException {
        Path policy = folder.resolve("house-rules");
        Files.createDirectories(policy);
        Files.writeString(policy.resolve("policy.yml"), yaml);
        if (!Files.exists(policy.resolve("policy.en.md"))) {
            Files.writeString(policy.resolve("policy.en.md"), "## Rules\n\nBe kind.\n");
        }
    }

    private List<String> problems() {
        return new PolicyLibrary(new PolicyProperties(folder), TestContent.variables()).snapshot().problems()
                .stream().map(ContentProblem::english).toList();
    }
}
