/** Ids read from text, or absent. */
package ai.alquimista.shared.ids;
