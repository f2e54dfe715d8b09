package org.conditionatlas.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conditionatlas.system.Sha256;

/** RSA key encoding: generation, DER/PEM, and the JWK form with its RFC 7638 thumbprint. */
final class RsaKeys {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private RsaKeys() {}

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAPrivateCrtKey privateKey(String base64Der) {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key cannot be read", e);
        }
    }

    static RSAPublicKey publicKey(String base64Der) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64Der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored verification key cannot be read", e);
        }
    }

    static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a PKCS#8 PEM ("BEGIN PRIVATE KEY") RSA key. */
    static RSAPrivateCrtKey readPem(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            if (!pem.contains("BEGIN PRIVATE KEY")) {
                throw new IllegalStateException(file + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
            }
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return privateKey(base64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the signing key file " + file, e);
        }
    }

    /** The public JWK members, in the lexical order RFC 7638 hashes them in. */
    static Map<String, String> jwk(RSAPublicKey key) {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("e", URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
        jwk.put("kty", "RSA");
        jwk.put("n", URL.encodeToString(unsigned(key.getModulus().toByteArray())));
        return jwk;
    }

    /** The RFC 7638 JWK thumbprint: a stable key id derived from the key itself. */
    static String thumbprint(RSAPublicKey key) {
        Map<String, String> jwk = jwk(key);
        String canonical = "{\"e\":\"" + jwk.get("e") + "\",\"kty\":\"RSA\",\"n\":\"" + jwk.get("n") + "\"}";
        return URL.encodeToString(Sha256.of(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] unsigned(byte[] bigEndian) {
        return bigEndian.length > 1 && bigEndian[0] == 0
                ? java.util.Arrays.copyOfRange(bigEndian, 1, bigEndian.length)
                : bigEndian;
    }
}
