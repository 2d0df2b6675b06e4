package dev.mocksy.internal.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned prompt kept as a resource, e.g. {@code dev/mocksy/llm/prompts/evaluate-answer.v1.txt}, with
 * {@code {{name}}} placeholders.
 *
 * <p>Versions are part of the name so that a changed prompt is a new file and a stored evaluation can say which
 * prompt produced it.
 */
public final class PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9_]*)}}");

    private final String id;
    private final String text;

    private PromptTemplate(String id, String text) {
        this.id = id;
        this.text = text;
    }

    /**
     * Loads {@code dev/mocksy/llm/prompts/<name>.<version>.txt} from the class path.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static PromptTemplate load(String name, String version) {
        String id = name + "." + version;
        String path = "/dev/mocksy/llm/prompts/" + id + ".txt";
        try (InputStream in = PromptTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("prompt template " + path + " is missing from the class path");
            }
            return new PromptTemplate(id, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read prompt template " + path, e);
        }
    }

    /** The template's name and version, e.g. {@code evaluate-answer.v1}. */
    public String id() {
        return id;
    }

    /**
     * The prompt with every placeholder replaced.
     *
     * @throws IllegalArgumentException when a placeholder has no value or a value has no placeholder
     */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> used = new HashSet<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("prompt " + id + " needs a value for {{" + name + "}}");
            }
            used.add(name);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        Set<String> unused = new HashSet<>(values.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("prompt " + id + " has no placeholder for " + unused);
        }
        return out.toString().strip();
    }
}
