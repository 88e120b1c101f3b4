package ai.alquimista.platform.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** An account seen from one address. */
@Embeddable
public class SignInGuardKey implements Serializable {

    @Column(name = "account_key")
    private String accountKey;

    private String address;

    protected SignInGuardKey() {}

    public SignInGuardKey(String accountKey, String address) {
        this.accountKey = Objects.requireNonNull(accountKey, "accountKey");
        this.address = Objects.requireNonNull(address, "address");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInGuardKey key && key.accountKey.equals(accountKey) && key.address.equals(address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountKey, address);
    }
}
