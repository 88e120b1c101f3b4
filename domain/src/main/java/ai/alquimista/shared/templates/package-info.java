/** The sandboxed template language tenants write messages in: a strict Mustache subset over a fixed vocabulary per template kind. */
package ai.alquimista.shared.templates;
