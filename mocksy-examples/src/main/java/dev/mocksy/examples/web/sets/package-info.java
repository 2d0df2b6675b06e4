/** Each account's own question sets: uploaded, kept, run from the set-up, and ranked on boards of their own. */
package dev.mocksy.examples.web.sets;
