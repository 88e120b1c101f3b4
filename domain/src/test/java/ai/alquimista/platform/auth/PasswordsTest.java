package ai.alquimista.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ai.alquimista.fibonacci.events.Violation;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void theSeedsPolicyNamesEveryRuleAPasswordBreaks() {
        assertThat(Passwords.policyViolations("password", "Abcdefg1")).isEmpty();
        assertThat(Passwords.policyViolations("password", "abc"))
                .extracting(Violation::problem)
                .containsExactly(
                        "must have at least 8 characters", "must contain an upper-case letter", "must contain a digit");
        assertThat(Passwords.policyViolations("password", "ABCDEFGH1"))
                .extracting(Violation::problem)
                .containsExactly("must contain a lower-case letter");
        assertThat(Passwords.policyViolations("password", null)).hasSize(4);
    }

    @Test
    void aStoredPasswordMatchesOnlyTheRightPassword() {
        String stored = Passwords.hash("Segredo123");

        assertThat(stored).startsWith("pbkdf2-sha256$310000$").doesNotContain("Segredo123");
        assertThat(Passwords.matches("Segredo123", stored)).isTrue();
        assertThat(Passwords.matches("segredo123", stored)).isFalse();
        assertThat(Passwords.matches("Segredo123", "garbage")).isFalse();
        assertThat(Passwords.hash("Segredo123")).isNotEqualTo(stored);
    }

    @Test
    void generatedPasswordsSatisfyThePolicy() {
        for (int i = 0; i < 20; i++) {
            assertThat(Passwords.policyViolations("password", Passwords.generate()))
                    .isEmpty();
        }
    }
}
