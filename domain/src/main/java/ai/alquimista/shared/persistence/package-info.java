/** JPA converters: instants, JSON objects and arrays, UUIDs. */
package ai.alquimista.shared.persistence;
