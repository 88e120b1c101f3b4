package ai.alquimista.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void nulAndOtherC0ControlsAreRefusedTabAndLineBreaksAreNot() {
        assertThat(StorableText.isStorable("Padaria Pão Quente\tLtda\r\nFilial"))
                .isTrue();
        assertThat(StorableText.isStorable(null)).isTrue();
        assertThat(StorableText.isStorable("")).isTrue();
        for (char c = 0; c < 0x20; c++) {
            boolean allowed = c == '\t' || c == '\n' || c == '\r';
            assertThat(StorableText.isStorable("a" + c + "b"))
                    .as("U+%04X", (int) c)
                    .isEqualTo(allowed);
        }
        assertThat(StorableText.firstForbidden("ab\u0000c")).isEqualTo(2);
    }

    @Test
    void unpairedSurrogatesAreRefusedPairsAndOtherUnicodeAreNot() {
        assertThat(StorableText.isStorable("Café 😀 ção \u007F \u0085 \u200B")).isTrue();
        assertThat(StorableText.isStorable("a\uD83D")).isFalse();
        assertThat(StorableText.isStorable("\uDE00a")).isFalse();
        assertThat(StorableText.isStorable("\uD83D\uD83D\uDE00")).isFalse();
    }

    @Test
    void informationIsSanitizedAndCutToItsColumnNeverInsideAPair() {
        assertThat(StorableText.sanitized("curl/8\u0000\u0001x", 100)).isEqualTo("curl/8\uFFFD\uFFFDx");
        assertThat(StorableText.sanitized("a".repeat(600), 512)).hasSize(512);
        assertThat(StorableText.sanitized("abc😀", 4)).isEqualTo("abc");
        assertThat(StorableText.sanitized("abc😀", 5)).isEqualTo("abc😀");
        assertThat(StorableText.sanitized(null, 5)).isNull();
    }
}
