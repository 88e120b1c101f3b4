package ai.alquimista.platform.auth;

import ai.alquimista.fibonacci.events.Violation;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The seed's password policy (at least 8 characters with lower case, upper case and a digit) and
 * password storage with PBKDF2-HMAC-SHA256, salted, at OWASP's iteration count. The stored form
 * names its algorithm and cost ({@code pbkdf2-sha256$310000$salt$hash}) so it can be raised later.
 */
public final class Passwords {

    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final int ITERATIONS = 310_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    public static List<Violation> policyViolations(String field, String password) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.length() < 8) {
            violations.add(new Violation(field, "must have at least 8 characters"));
        }
        if (password == null || password.chars().noneMatch(Character::isLowerCase)) {
            violations.add(new Violation(field, "must contain a lower-case letter"));
        }
        if (password == null || password.chars().noneMatch(Character::isUpperCase)) {
            violations.add(new Violation(field, "must contain an upper-case letter"));
        }
        if (password == null || password.chars().noneMatch(Character::isDigit)) {
            violations.add(new Violation(field, "must contain a digit"));
        }
        return violations;
    }

    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Constant-time comparison; a malformed stored hash never matches. */
    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A password that satisfies the policy, for generated accounts. */
    public static String generate() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder("Aa1");
        for (int i = 0; i < 13; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }
}
