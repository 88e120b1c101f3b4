/** Business exceptions every component may throw, each becoming one problem status (400, 403, 404, 409, 413, 429). */
package ai.alquimista.shared.errors;
