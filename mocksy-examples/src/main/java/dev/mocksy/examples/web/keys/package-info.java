/** Users' own language model keys (AES-GCM at rest), their model choice and the facade each request runs with. */
package dev.mocksy.examples.web.keys;
