package dev.mocksy.resume.document;

import com.google.auto.service.AutoService;
import dev.mocksy.resume.ResumeParser;
import dev.mocksy.spi.ProviderConfig;
import dev.mocksy.spi.ProviderContext;
import dev.mocksy.spi.ResumeParserProvider;

/** Offers {@link DocumentResumeParser} as the {@code document} resume parser; limits come from the settings. */
@AutoService(ResumeParserProvider.class)
public final class DocumentResumeParserProvider implements ResumeParserProvider {

    @Override
    public String id() {
        return "document";
    }

    @Override
    public ResumeParser create(ProviderContext context) {
        ProviderConfig config = context.config();
        return new DocumentResumeParser(ResumeLimits.from(config));
    }
}
