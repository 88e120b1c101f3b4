package ai.alquimista.nigredo.enriquecimento;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PerfilEmpresaTest {

    @Test
    void readsBrasilApisCompanyProfileAndFlagsAnInactiveRegistration() {
        var json = Json.createReader(new StringReader("""
                {"cnpj": "11444777000161", "razao_social": "OFICINA BOA VISTA ME", "nome_fantasia": "",
                 "cnae_fiscal": 4520001, "cnae_fiscal_descricao": "Servicos de manutencao", "porte": "MICRO EMPRESA",
                 "situacao_cadastral": 8, "descricao_situacao_cadastral": "BAIXADA", "uf": "MG",
                 "municipio": "BELO HORIZONTE", "qsa": []}
                """)).readObject();

        PerfilEmpresa perfil = PerfilEmpresa.fromBrasilApi(json, "brasilapi");

        assertThat(perfil.razaoSocial()).isEqualTo("OFICINA BOA VISTA ME");
        assertThat(perfil.nomeFantasia()).isEmpty();
        assertThat(perfil.cnaeFiscal()).contains("4520001");
        assertThat(perfil.situacaoCadastral()).isEqualTo("BAIXADA");
        assertThat(perfil.ativa()).isFalse();
        assertThat(perfil.toJson().getBoolean("ativa")).isFalse();
    }

    @Test
    void aNumericStatusWithoutItsDescriptionIsStillUnderstood() {
        var json = Json.createObjectBuilder()
                .add("cnpj", "11222333000181")
                .add("razao_social", "PADARIA")
                .add("situacao_cadastral", 2)
                .build();

        assertThat(PerfilEmpresa.fromBrasilApi(json, "offline").ativa()).isTrue();
    }
}
