package ai.alquimista.nigredo.atendimento.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.alquimista.nigredo.atendimento.RedatorEmbutido;
import org.junit.jupiter.api.Test;

class RedatoresTest {

    private final RedatorBedrock bedrock = new RedatorBedrock();

    @Test
    void theEmbeddedWriterIsTheDefaultAndBedrockIsChosenByConfiguration() {
        assertThat(redatores("embedded").redator()).isInstanceOf(RedatorEmbutido.class);
        assertThat(redatores(" bedrock ").redator()).isSameAs(bedrock);
    }

    @Test
    void anUnknownProviderIsAConfigurationErrorNamingTheKey() {
        assertThatThrownBy(() -> redatores("openai").redator())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("alquimista.llm.provider must be embedded or bedrock: openai");
    }

    private Redatores redatores(String provider) {
        Redatores redatores = new Redatores();
        redatores.provider = provider;
        redatores.bedrock = bedrock;
        return redatores;
    }
}
