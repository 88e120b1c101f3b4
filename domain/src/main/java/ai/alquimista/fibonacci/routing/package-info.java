/** Seed 001's routing rules: which queue an event's source goes to. */
package ai.alquimista.fibonacci.routing;
