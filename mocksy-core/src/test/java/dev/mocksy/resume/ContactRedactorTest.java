package dev.mocksy.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContactRedactorTest {

    static final String RESUME = String.join(
            "\n",
            "Zofia Kowalczyk-Nakamura",
            "Backend Engineer",
            "zofia.kn@example.com | +48 601 234 567 | 12 Baker Street, London | https://github.com/zofiakn",
            "linkedin.com/in/zofia-kn · zofia.dev",
            "",
            "Summary",
            "Zofia builds payment APIs in Java. Call (415) 555-0199 or 415-555-0123 for references.",
            "",
            "Experience",
            "Backend Engineer, Fintech Sp. z o.o. | Jan 2020 - Present",
            "- Mail second.address@example.org for the portfolio at www.zofia-portfolio.com/work");

    final CandidateProfile profile = new HeuristicProfileExtractor(
                    SkillTaxonomy.standard(), Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC))
            .extract(new ResumeDocument(RESUME, "text/plain", 1), null);

    @Test
    void should_put_contact_details_in_their_own_fields() {
        ContactDetails contact = profile.contact();

        assertThat(contact.name()).isEqualTo("Zofia Kowalczyk-Nakamura");
        assertThat(contact.email()).isEqualTo("zofia.kn@example.com");
        assertThat(contact.phone()).isEqualTo("+48 601 234 567");
        assertThat(contact.location()).isEqualTo("12 Baker Street, London");
        assertThat(contact.links()).contains("https://github.com/zofiakn", "linkedin.com/in/zofia-kn", "zofia.dev");
    }

    @Test
    void should_remove_every_contact_detail_from_text_for_a_language_model() {
        String redacted = ContactRedactor.redact(RESUME, profile.contact());

        assertThat(redacted)
                .doesNotContain("zofia.kn@example.com", "second.address@example.org")
                .doesNotContain("601 234 567", "555-0199", "415-555-0123")
                .doesNotContain("Baker Street")
                .doesNotContain("github.com", "linkedin.com", "zofia.dev", "zofia-portfolio.com")
                .doesNotContain("Zofia", "Kowalczyk")
                .contains(ContactRedactor.EMAIL, ContactRedactor.PHONE, ContactRedactor.LINK, ContactRedactor.NAME)
                .contains("builds payment APIs in Java", "Backend Engineer, Fintech");
    }

    @Test
    void should_redact_by_pattern_even_without_known_details() {
        assertThat(ContactRedactor.redact("write to a@b.io or call +1 (212) 555-0100"))
                .isEqualTo("write to [email] or call [phone]");
    }

    @Test
    void should_not_take_technologies_with_dots_for_links() {
        assertThat(ContactRedactor.redact("Built with ASP.NET, Socket.IO and Node.js; portfolio at jane.dev"))
                .isEqualTo("Built with ASP.NET, Socket.IO and Node.js; portfolio at [link]");
    }

    @Test
    void should_keep_contact_details_out_of_the_profile_shared_with_a_model() {
        CandidateProfile shared = profile.withoutContact();

        assertThat(shared.name()).isNull();
        assertThat(shared.contact()).isEqualTo(ContactDetails.NONE);
        assertThat(shared.toString()).doesNotContain("zofia", "601 234", "Baker");
        assertThat(profile.contact().toString()).doesNotContain("zofia", "601");
    }
}
