package org.conditionatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NextPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/conditions/M61.28",
                "/search?q=migraine&category=G43",
                "/subscribe?next=%2Fconditions%2FM61.28",
                "/conditions/M61.28#treatment"
            })
    void aPathOfThisSiteIsKept(String next) {
        assertEquals(next, NextPath.of(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "//evil.example/phish",
                "/\\evil.example",
                "\\\\evil.example",
                "https://evil.example/",
                "http:evil.example",
                "javascript:alert(1)",
                "evil.example",
                "conditions/M61.28",
                "/\tevil",
                "/ /evil",
                "/a\\b",
                " /conditions/M61.28"
            })
    void anythingElseGoesHome(String next) {
        assertEquals("/", NextPath.of(next));
    }
}
