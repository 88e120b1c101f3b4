/** Sentimento, the agent that reads a reply's sentiment: its typed input ({@code AnaliseSolicitada}), consumer, service and catalog entry. */
package ai.alquimista.nigredo.sentimento;
