package ai.alquimista.nigredo.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContaTest {

    @Test
    void twoBranchesOfOneCompanyShareTheCnpjRoot() {
        Conta matriz = Conta.de("12.345.678/0001-90", "compras@padaria.com.br");
        Conta filial = Conta.de("12345678000271", null);

        assertThat(matriz.raizDoCnpj()).contains("12345678");
        assertThat(filial.raizDoCnpj()).isEqualTo(matriz.raizDoCnpj());
        assertThat(matriz.dominio()).contains("padaria.com.br");
    }

    @Test
    void aFreeMailboxTellsNothingAboutTheCompany() {
        Conta conta = Conta.de(null, "Maria.Silva@GMAIL.com");

        assertThat(conta.dominio()).isEmpty();
        assertThat(conta.conhecida()).isFalse();
    }

    @Test
    void aMalformedCnpjOrAddressIsIgnored() {
        Conta conta = Conta.de("123", "sem-arroba");

        assertThat(conta).isEqualTo(new Conta(Optional.empty(), Optional.empty()));
    }
}
