package dev.mocksy.resume;

import java.util.List;

/**
 * How to reach the candidate: kept apart from the rest of the profile and never sent to a language model.
 *
 * @param name the candidate's name, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number as written, or {@code null}
 * @param location the city, region or postal address as written, or {@code null}
 * @param links web addresses (LinkedIn, GitHub, a homepage)
 */
public record ContactDetails(String name, String email, String phone, String location, List<String> links) {

    /** No contact details at all. */
    public static final ContactDetails NONE = new ContactDetails(null, null, null, null, List.of());

    public ContactDetails {
        links = List.copyOf(links == null ? List.of() : links);
    }

    @Override
    public String toString() {
        // Personal data stays out of logs and exception messages.
        return "ContactDetails[" + (email == null ? "no email" : "email present") + ", " + links.size() + " links]";
    }
}
