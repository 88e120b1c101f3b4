/**
 * The data subject's rights (LGPD): a person named by a phone or an e-mail ({@link Titular}), the keyed hashes
 * ({@link Pseudonimos}, HMAC-SHA256 per tenant) that are all the suppression list keeps of an erased person, the
 * key generated once on an embedded install ({@link ChaveLocal}), and the legal basis of a lead's processing
 * ({@link BaseLegal}).
 */
package ai.alquimista.nigredo.titulares;
