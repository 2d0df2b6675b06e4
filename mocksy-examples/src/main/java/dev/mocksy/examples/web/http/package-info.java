/** Route registration, the OpenAPI document, cookies, CSRF, security headers and error mapping. */
package dev.mocksy.examples.web.http;
