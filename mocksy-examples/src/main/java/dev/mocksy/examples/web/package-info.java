/** The web platform behind {@code ./mocksy serve}: a Javalin server whose API, pages and live-audio socket reach
 * everything through the {@code Mocksy} facade. */
package dev.mocksy.examples.web;
