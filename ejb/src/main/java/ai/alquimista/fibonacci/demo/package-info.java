/** The demo queue's consumer: the smallest agent, for trying the spine by hand. */
package ai.alquimista.fibonacci.demo;
