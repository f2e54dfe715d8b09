package org.conditionatlas.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.conditionatlas.system.Problem;

/** The sign-up form as the reader filled it in, with a message per field that needs fixing. */
@TemplateData
record SignUpForm(
        String email,
        String displayName,
        String emailError,
        String passwordError,
        String displayNameError,
        String formError) {

    static SignUpForm empty() {
        return new SignUpForm("", "", null, null, null, null);
    }

    SignUpForm withFieldErrors(List<Problem.FieldError> errors) {
        SignUpForm form = this;
        for (Problem.FieldError error : errors) {
            form = form.withFieldError(error.field(), error.message());
        }
        return form;
    }

    SignUpForm withFieldError(String field, String message) {
        return switch (field) {
            case "email" ->
                new SignUpForm(
                        email,
                        displayName,
                        "Email address " + message + ".",
                        passwordError,
                        displayNameError,
                        formError);
            case "password" ->
                new SignUpForm(
                        email, displayName, emailError, "Password " + message + ".", displayNameError, formError);
            case "displayName" ->
                new SignUpForm(email, displayName, emailError, passwordError, "Name " + message + ".", formError);
            default -> withFormError("The " + field + " " + message + ".");
        };
    }

    SignUpForm withFormError(String message) {
        return new SignUpForm(email, displayName, emailError, passwordError, displayNameError, message);
    }

    /** Any message, for the summary at the top of the form. */
    public boolean hasErrors() {
        return emailError != null || passwordError != null || displayNameError != null || formError != null;
    }
}
