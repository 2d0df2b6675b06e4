/** Read-only, revocable links to reports and the comments of the people they were shared with. */
package dev.mocksy.examples.web.share;
