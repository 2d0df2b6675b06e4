/** The platform under load: simulated candidates over HTTP against a loopback language model, run as a main class. */
package dev.mocksy.examples.web.bench;
