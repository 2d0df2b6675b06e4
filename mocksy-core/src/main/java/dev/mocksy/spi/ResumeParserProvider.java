package dev.mocksy.spi;

import dev.mocksy.resume.ResumeParser;

/** Creates {@link ResumeParser}s that read resume files. */
public interface ResumeParserProvider extends ProviderFactory<ResumeParser> {}
