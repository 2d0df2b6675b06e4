/** The platform's own tables beside the interview journal, with their own Flyway migrations. */
package dev.mocksy.examples.web.db;
