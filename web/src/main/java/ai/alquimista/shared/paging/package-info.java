/** Page and size of a list, bounded. */
package ai.alquimista.shared.paging;
