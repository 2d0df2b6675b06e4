/** A Spring Boot application that runs mock interviews over a small REST API on the Mocksy starter. */
package dev.mocksy.examples.spring;
