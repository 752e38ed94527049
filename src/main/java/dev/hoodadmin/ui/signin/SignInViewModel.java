package dev.hoodadmin.ui.signin;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.account.Account;
import dev.hoodadmin.account.SignInRequest;
import dev.hoodadmin.account.SignInResult;
import dev.hoodadmin.account.SignInService;
import dev.hoodadmin.account.TokenCheck;
import dev.hoodadmin.api.ApiToken;
import dev.hoodadmin.api.Endpoint;
import dev.hoodadmin.ui.common.BackgroundTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * State and commands of the sign-in screen; touches no nodes. Input problems show as the person
 * types and keep "Sign in" disabled; server answers land under the field they concern.
 */
public final class SignInViewModel {
    private static final System.Logger LOG = System.getLogger(SignInViewModel.class.getName());

    private final SignInService service;
    private final BackgroundTasks tasks;
    private final SignInListener listener;

    private final StringProperty apiUrl = new SimpleStringProperty(Endpoint.DEFAULT_URL);
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty accountName = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper serverUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper serverTokenError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final StringBinding urlError;
    private final StringBinding tokenError;
    private final BooleanBinding signInDisabled;
    private String existingAccountId;

    /** @param tasks checks the token in the background; its outcomes must arrive on the JavaFX thread */
    public SignInViewModel(SignInService service, BackgroundTasks tasks, SignInListener listener) {
        this.service = service;
        this.tasks = tasks;
        this.listener = listener;
        remember.set(canRemember());
        StringBinding urlProblem = Bindings.createStringBinding(() -> InputRules.urlProblem(apiUrl.get()), apiUrl);
        StringBinding tokenProblem = Bindings.createStringBinding(() -> InputRules.tokenProblem(token.get()), token);
        urlError = firstNonEmpty(urlProblem, serverUrlError);
        tokenError = firstNonEmpty(tokenProblem, serverTokenError);
        // a server complaint is about the text that was sent: editing the field clears it
        apiUrl.addListener((o, was, now) -> serverUrlError.set(""));
        token.addListener((o, was, now) -> serverTokenError.set(""));
        signInDisabled = urlProblem.isNotEmpty().or(tokenProblem.isNotEmpty())
                .or(Bindings.createBooleanBinding(() -> token.get() == null || token.get().isBlank(), token))
                .or(checking);
    }

    private static StringBinding firstNonEmpty(StringBinding first, ReadOnlyStringWrapper second) {
        return Bindings.createStringBinding(() -> first.get().isEmpty() ? second.get() : first.get(), first, second);
    }

    public StringProperty apiUrlProperty() { return apiUrl; }
    public StringProperty tokenProperty() { return token; }
    public StringProperty accountNameProperty() { return accountName; }
    public BooleanProperty rememberProperty() { return remember; }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    public StringBinding urlErrorProperty() { return urlError; }
    public StringBinding tokenErrorProperty() { return tokenError; }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public BooleanBinding signInDisabledProperty() { return signInDisabled; }

    public boolean canRemember() {
        return service.rememberUnavailableReason().isEmpty();
    }

    /** Shown beside the disabled "Remember" box when no keychain is reachable; empty otherwise. */
    public String rememberUnavailableReason() {
        return service.rememberUnavailableReason().orElse("");
    }

    /** Signing in again to a known account (its token was not remembered, or was refused). */
    public void prefill(Account account) {
        existingAccountId = account.id();
        apiUrl.set(account.endpointUrl());
        accountName.set(account.displayName());
    }

    public void signIn() {
        if (signInDisabled.get()) return;
        SignInRequest request = new SignInRequest(Endpoint.parse(apiUrl.get()), ApiToken.of(token.get()),
                accountName.get(), remember.get() && canRemember(), Optional.ofNullable(existingAccountId));
        checking.set(true);
        formError.set("");
        tasks.call(() -> service.signIn(request))
                .onSuccess(this::show)
                .onFailure(e -> show(failed(e)))
                .start();
    }

    public void tryDemo() {
        listener.onDemo();
    }

    private static SignInResult failed(Exception e) {
        if (e instanceof InterruptedException) return new SignInResult.NotSaved(Texts.get("signin.interrupted"));
        LOG.log(Level.ERROR, "Sign-in failed unexpectedly", e);
        return new SignInResult.NotSaved(Texts.get("signin.unexpected", e.getClass().getSimpleName()));
    }

    private void show(SignInResult result) {
        checking.set(false);
        if (result instanceof SignInResult.SignedIn) {
            SignInResult.SignedIn signedIn = (SignInResult.SignedIn) result;
            token.set(""); // the screen may be shown again for another account
            listener.onSignedIn(signedIn.account(), signedIn.token());
        } else if (result instanceof SignInResult.NotSaved) {
            formError.set(((SignInResult.NotSaved) result).message());
        } else {
            TokenCheck check = ((SignInResult.CheckFailed) result).check();
            if (check instanceof TokenCheck.Refused) {
                serverTokenError.set(((TokenCheck.Refused) check).message());
            } else if (check instanceof TokenCheck.Unreachable) {
                serverUrlError.set(((TokenCheck.Unreachable) check).message());
            } else if (check instanceof TokenCheck.Failed) {
                formError.set(((TokenCheck.Failed) check).message());
            }
        }
    }
}
