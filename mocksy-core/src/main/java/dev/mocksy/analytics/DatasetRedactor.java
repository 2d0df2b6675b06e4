package dev.mocksy.analytics;

import dev.mocksy.resume.CandidateProfile;
import dev.mocksy.resume.ContactDetails;
import dev.mocksy.resume.ContactRedactor;
import dev.mocksy.resume.ExperienceEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what identifies a candidate from answer text before it goes into a research dataset: e-mail addresses,
 * web links, phone numbers and street addresses ({@link ContactRedactor}); the name and employers the profile
 * knows; a name introduced as "my name is ..." or "I'm First Last", wherever it recurs; and company names with a legal suffix (Acme Inc., Foo GmbH).
 *
 * <p>Limits: without a profile a name is only found when introduced; an employer named without a suffix and unknown
 * to the profile stays.
 */
public final class DatasetRedactor {

    /** What a company name becomes. */
    public static final String COMPANY = "[company]";

    private static final Pattern INTRODUCED_NAME =
            Pattern.compile("\\b(?:(?i:my name is)\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2})"
                    + "|(?:I'm|I am|I’m)\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){1,2}))");
    private static final Pattern COMPANY_WITH_SUFFIX = Pattern.compile(
            "\\b(?:\\p{Lu}[\\p{L}&\\-]*\\s+){1,3}(?:Inc|Ltd|LLC|GmbH|Corp|Corporation|PLC|AG|SA|BV|Co)\\b\\.?");

    private final ContactDetails contact;
    private final List<String> companies;

    private DatasetRedactor(ContactDetails contact, List<String> companies) {
        this.contact = contact;
        this.companies = companies;
    }

    /** A redactor that also knows the profile's name, contact details and employers; {@code profile} may be null. */
    public static DatasetRedactor forProfile(CandidateProfile profile) {
        if (profile == null) {
            return new DatasetRedactor(ContactDetails.NONE, List.of());
        }
        List<String> companies = new ArrayList<>();
        for (ExperienceEntry entry : profile.experience()) {
            if (entry.company() != null && entry.company().strip().length() > 1) {
                companies.add(entry.company().strip());
            }
        }
        companies.sort(Comparator.comparingInt(String::length).reversed());
        ContactDetails contact = profile.contact();
        if (contact.name() == null && profile.name() != null) {
            contact = new ContactDetails(
                    profile.name(), contact.email(), contact.phone(), contact.location(), contact.links());
        }
        return new DatasetRedactor(contact, List.copyOf(companies));
    }

    /** The text with identifying details replaced by placeholders such as {@code [name]} and {@code [company]}. */
    public String redact(String text) {
        String result = ContactRedactor.redact(text, contact);
        for (String company : companies) {
            result = Pattern.compile(
                            "(?<![\\p{L}])" + Pattern.quote(company) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
                    .matcher(result)
                    .replaceAll(Matcher.quoteReplacement(COMPANY));
        }
        result = COMPANY_WITH_SUFFIX.matcher(result).replaceAll(Matcher.quoteReplacement(COMPANY));
        Matcher introduced = INTRODUCED_NAME.matcher(result);
        List<String> names = new ArrayList<>();
        while (introduced.find()) {
            names.add(introduced.group(1) != null ? introduced.group(1) : introduced.group(2));
        }
        for (String name : names) {
            result = ContactRedactor.redact(result, new ContactDetails(name, null, null, null, List.of()));
        }
        return result;
    }
}
