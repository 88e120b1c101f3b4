/** The application's {@code Clock}, injectable so time can be fixed in tests. */
package ai.alquimista.shared.time;
