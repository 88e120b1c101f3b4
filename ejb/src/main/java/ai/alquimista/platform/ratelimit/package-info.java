/** Fixed-window rate limits shared by every instance, per tenant and per address. */
package ai.alquimista.platform.ratelimit;
