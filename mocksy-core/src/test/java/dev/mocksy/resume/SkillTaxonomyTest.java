package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillTaxonomyTest {

    final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    @Test
    void should_know_at_least_five_hundred_skills_each_with_a_category() {
        assertThat(taxonomy.size()).isGreaterThanOrEqualTo(500);
        assertThat(taxonomy.skills())
                .allSatisfy(skill -> assertThat(skill.category()).isNotBlank());
        assertThat(taxonomy.skills().stream().map(Skill::category).collect(Collectors.toSet()))
                .contains("language", "frontend", "backend", "database", "cloud", "devops", "data", "ml", "mobile");
    }

    @ParameterizedTest
    @CsvSource({
        "JS, JavaScript",
        "k8s, Kubernetes",
        "Postgres, PostgreSQL",
        "React.js, React",
        "Reactjs, React",
        "GCP, Google Cloud",
        "Golang, Go",
        "sklearn, scikit-learn",
        "RoR, Ruby on Rails",
        "dotnet, .NET"
    })
    void should_map_aliases_to_the_canonical_name(String alias, String canonical) {
        assertThat(names("Worked with " + alias + ", Docker and Linux")).contains(canonical);
        assertThat(taxonomy.lookup(alias)).map(Skill::name).contains(canonical);
    }

    @Test
    void should_keep_languages_with_symbols_apart() {
        assertThat(names("C, C++, C#, F#, Objective-C and .NET; ASP.NET Core; Node.js"))
                .containsExactlyInAnyOrder("C", "C++", "C#", "F#", "Objective-C", ".NET", "ASP.NET", "Node.js");
    }

    @Test
    void should_find_every_skill_of_a_dense_skills_line() {
        assertThat(names("Programming Languages: C++, C, Python, Java, SystemVerilog, Reactjs, SQLite (SQLAlchemy)"))
                .containsExactlyInAnyOrder(
                        "C++", "C", "Python", "Java", "SystemVerilog", "React", "SQLite", "SQLAlchemy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ansible", "Okta", "KiCad", "DPDK", "Active Directory", "Veeam", "Vivado", "UVM", "SCCM"})
    void should_know_the_tools_resumes_commonly_name(String tool) {
        assertThat(names("Tools: " + tool + ", Git, Linux")).contains(tool);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I like to go deep on problems before I go wide.",
                "Go to market strategy for a new product line.",
                "We decided to Go-live in March.",
                "Raised a Series C round of funding.",
                "Led the R&D team for three years.",
                "Reported to the C-level executives.",
                "Signed by John C. Smith.",
                "Spring 2019 semester exchange in Lyon.",
                "Grade: B, C and A in three modules"
            })
    void should_not_find_short_skill_names_in_ordinary_words(String sentence) {
        assertThat(names(sentence)).doesNotContain("Go", "C", "R", "Spring");
    }

    @Test
    void should_not_take_names_places_employers_or_verbs_for_skills() {
        String prose = String.join(
                "\n",
                "Made the go/no-go call on launches and helped the team react quickly to incidents.",
                "Express delivery coordinator in Phoenix, AZ before moving to Aurora, CO.",
                "Bootstrapped a startup; we had to make sure every sketch became a prototype.",
                "Led a swift response to outages. Our unity of purpose was a spark for the team.",
                "Worked at Oracle and later at Salesforce, then took the helm of the vault team.",
                "Volunteer: puppet shows for kids, an ant colony exhibit, storm chasing, hive inspections.",
                "References: Ruby Chen, Julia Ortiz, Jackson Park.",
                "Graded A, B and C in the final exams; Series A and Series C funding rounds. Vitamin C.",
                "I spent spring 2020 abroad.");

        assertThat(names(prose)).isEmpty();
    }

    @Test
    void should_find_go_written_as_the_language() {
        assertThat(names("Built services in Go and Rust")).contains("Go", "Rust");
        assertThat(names("Languages: Go, Python")).contains("Go", "Python");
    }

    @Test
    void should_find_c_and_r_only_in_a_list_of_languages() {
        assertThat(names("Languages: C, R, Python")).contains("C", "R", "Python");
        assertThat(names("Wrote firmware in C")).doesNotContain("C");
        assertThat(names("Used R for everything")).doesNotContain("R");
    }

    @Test
    void should_not_invent_skills_absent_from_the_text() {
        assertThat(names("Managed a bakery and trained apprentices in bread making."))
                .isEmpty();
    }

    @Test
    void should_prefer_the_longest_name_at_a_position() {
        assertThat(names("Spring Boot services and React Native apps")).containsExactly("Spring Boot", "React Native");
    }

    @Test
    void should_match_names_broken_across_a_line() {
        assertThat(names("Tools: Embedded\nLinux, Yocto")).contains("Embedded Linux");
    }

    @Test
    void should_order_skills_by_mentions_then_first_appearance() {
        assertThat(names("Java, Kotlin. Java again, and Java with Docker; Docker."))
                .containsExactly("Java", "Docker", "Kotlin");
    }

    @Test
    void should_reject_a_malformed_taxonomy_line_naming_it() {
        assertThatThrownBy(() -> SkillTaxonomy.parse(new StringReader("Java|language\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void should_reject_a_spelling_claimed_by_two_skills() {
        assertThatThrownBy(() -> SkillTaxonomy.parse(new StringReader("Go|language|golang|\nGolang|language||\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("Golang", "claimed by both");
    }

    private List<String> names(String text) {
        return taxonomy.find(text).stream().map(Skill::name).toList();
    }
}
