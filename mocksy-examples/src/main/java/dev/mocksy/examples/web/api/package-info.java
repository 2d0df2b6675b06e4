/** The JSON API's routes: accounts, resume, set-up, interviews, reports, settings, shares and leaderboards. */
package dev.mocksy.examples.web.api;
