package social.woolly.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInViewModelTest {

    private final SignInViewModel viewModel = new SignInViewModel();

    @Test
    void server_atStart_isEmpty() {
        assertThat(viewModel.getServer()).isEmpty();
    }

    @Test
    void setServer_anyText_isKeptAsTyped() {
        viewModel.setServer(" mastodon.social ");

        assertThat(viewModel.serverProperty().get()).isEqualTo(" mastodon.social ");
    }

    @Test
    void canSignIn_beforeSignInIsBuilt_staysFalseWhateverTheServer() {
        viewModel.setServer("mastodon.social");

        assertThat(viewModel.canSignIn()).isFalse();
        assertThat(viewModel.canSignInProperty().get()).isFalse();
    }
}
