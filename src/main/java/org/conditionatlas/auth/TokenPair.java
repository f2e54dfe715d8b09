package org.conditionatlas.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a log-in or a refresh answers: the OAuth 2.0 token response members. */
public record TokenPair(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("refresh_expires_in") long refreshExpiresIn) {}
