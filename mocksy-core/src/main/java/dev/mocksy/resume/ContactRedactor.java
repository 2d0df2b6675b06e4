package dev.mocksy.resume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes contact details from text before it leaves the machine (e.g. in a prompt to a language model).
 *
 * <pre>{@code
 * String safe = ContactRedactor.redact(document.text(), profile.contact());
 * }</pre>
 *
 * <p>Every e-mail address, web link, phone number and street address the patterns recognise is replaced, anywhere in
 * the text, whether or not it was the one kept in the profile; the candidate's name and location as found are
 * replaced too.
 */
public final class ContactRedactor {

    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";
    public static final String LINK = "[link]";
    public static final String ADDRESS = "[address]";
    public static final String NAME = "[name]";
    public static final String LOCATION = "[location]";

    private ContactRedactor() {}

    /** The text with contact details found by pattern replaced by placeholders such as {@code [email]}. */
    public static String redact(String text) {
        return redact(text, ContactDetails.NONE);
    }

    /** The text with contact details replaced, including the given ones wherever they occur. */
    public static String redact(String text, ContactDetails contact) {
        Objects.requireNonNull(text, "text");
        ContactDetails known = contact == null ? ContactDetails.NONE : contact;
        String result = text;
        result = ContactExtractor.EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(EMAIL));
        result = ContactExtractor.URL.matcher(result).replaceAll(Matcher.quoteReplacement(LINK));
        result = replaceLiteral(result, known.phone(), PHONE);
        result = ContactExtractor.PHONE_MARKED.matcher(result).replaceAll(Matcher.quoteReplacement(PHONE));
        result = ContactExtractor.PHONE_NANP.matcher(result).replaceAll(Matcher.quoteReplacement(PHONE));
        result = ContactExtractor.street().matcher(result).replaceAll(Matcher.quoteReplacement(ADDRESS));
        result = replaceLiteral(result, known.location(), LOCATION);
        List<String> names = new ArrayList<>();
        if (known.name() != null) {
            names.add(known.name());
            for (String part : known.name().split("\\s+")) {
                if (part.length() > 2) {
                    names.add(part);
                }
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            result = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])", Pattern.UNICODE_CASE)
                    .matcher(result)
                    .replaceAll(Matcher.quoteReplacement(NAME));
        }
        return result;
    }

    private static String replaceLiteral(String text, String value, String placeholder) {
        return value == null || value.isBlank() ? text : text.replace(value, placeholder);
    }
}
