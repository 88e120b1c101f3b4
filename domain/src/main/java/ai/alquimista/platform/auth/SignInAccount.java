package ai.alquimista.platform.auth;

/** What sign-in needs of an account, a tenant's user or a platform operator. */
public interface SignInAccount {

    String getPasswordHash();

    /** Names the account in sign-in guards and rate limits: {@code user:<id>} or {@code operator:<id>}. */
    String accountKey();
}
