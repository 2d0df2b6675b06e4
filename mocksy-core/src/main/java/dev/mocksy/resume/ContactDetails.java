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

    /** A builder for {@link ContactDetails}; every field is checked when {@link Builder#build()} runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this value's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ContactDetails}. */
    public static final class Builder {
        private String name;
        private String email;
        private String phone;
        private String location;
        private List<String> links = List.of();

        private Builder() {}

        private Builder(ContactDetails source) {
            name = source.name;
            email = source.email;
            phone = source.phone;
            location = source.location;
            links = source.links;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder links(List<String> links) {
            this.links = links;
            return this;
        }

        /**
         * Builds the value.
         *
         * @throws IllegalArgumentException or {@link NullPointerException} naming the field that is missing or
         *     out of range
         */
        public ContactDetails build() {
            return new ContactDetails(name, email, phone, location, links);
        }
    }
}
