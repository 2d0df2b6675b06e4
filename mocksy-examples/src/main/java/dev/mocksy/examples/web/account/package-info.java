/** Accounts, password hashing, logins shared by every node, login rate limiting and uploaded resumes. */
package dev.mocksy.examples.web.account;
