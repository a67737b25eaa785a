package social.woolly.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PkceTest {

    @Test
    void s256_rfc7636AppendixB_matches() {
        // The worked example of RFC 7636, Appendix B.
        Pkce pkce = Pkce.ofVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(pkce.method()).isEqualTo("S256");
    }

    @Test
    void create_verifier_isLongRandomAndUrlSafe() {
        Pkce a = Pkce.create();
        Pkce b = Pkce.create();

        assertThat(a.verifier()).hasSizeBetween(43, 128).matches("[A-Za-z0-9_-]+");
        assertThat(a.verifier()).isNotEqualTo(b.verifier());
    }

    @Test
    void toString_neverShowsTheVerifier() {
        Pkce pkce = Pkce.create();

        assertThat(pkce.toString()).doesNotContain(pkce.verifier()).doesNotContain(pkce.challenge());
    }
}
