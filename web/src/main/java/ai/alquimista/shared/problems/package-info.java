/** RFC 9457 problem answers ({@code application/problem+json}) for every refusal, the container's included. */
package ai.alquimista.shared.problems;
