/** Text a tenant sends that may be stored: no control characters, bounded length. */
package ai.alquimista.shared.text;
