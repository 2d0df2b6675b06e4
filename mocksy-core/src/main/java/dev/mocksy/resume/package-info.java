/**
 * Resumes and job descriptions: the parser and profile extractor SPIs, the candidate profile, and the offline
 * heuristic extractor with its skill taxonomy.
 */
package dev.mocksy.resume;
