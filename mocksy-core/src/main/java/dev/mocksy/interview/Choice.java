package dev.mocksy.interview;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum value users type: a short id, a display name and the other words people use for it. */
public interface Choice {

    /**
     * The words for one constant.
     *
     * @param id the canonical id, lower case, e.g. {@code "devops"}
     * @param displayName a human name, e.g. {@code "DevOps / SRE"}
     * @param aliases other spellings accepted by {@link #parse}, lower case
     */
    record Labels(String id, String displayName, List<String> aliases) {

        public Labels(String id, String displayName, String... aliases) {
            this(id, displayName, List.of(aliases));
        }

        public Labels {
            aliases = List.copyOf(aliases);
        }
    }

    /** The constant's words. */
    Labels labels();

    /** The canonical id, lower case, e.g. {@code "devops"}. */
    default String id() {
        return labels().id();
    }

    /** A human name, e.g. {@code "DevOps / SRE"}. */
    default String displayName() {
        return labels().displayName();
    }

    /** Other spellings accepted by {@link #parse}, lower case. */
    default List<String> aliases() {
        return labels().aliases();
    }

    /**
     * Finds the constant whose id, name or alias matches {@code text}, ignoring case, spaces, dashes and slashes.
     *
     * @throws IllegalArgumentException naming the field and listing the accepted values when nothing matches
     */
    static <E extends Enum<E> & Choice> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank; choose one of " + ids(type));
        }
        String wanted = normalize(text);
        for (E value : type.getEnumConstants()) {
            if (normalize(value.id()).equals(wanted)
                    || normalize(value.name()).equals(wanted)
                    || normalize(value.displayName()).equals(wanted)
                    || value.aliases().stream().map(Choice::normalize).anyMatch(wanted::equals)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + field + " '" + text.strip() + "'; choose one of " + ids(type));
    }

    /** The ids of all constants, comma separated, for messages and help. */
    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_/\\-.]+", "");
    }
}
