package dk.ecei.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo login's password check with a memory of the credentials it verified: HTTP Basic sends the password with
 * every API call, and a bcrypt check costs tens of milliseconds each time (issue 15 measured 6 to 11 times the bare
 * engine's step). A password once verified against a stored hash is accepted again from a bounded cache (10 minutes,
 * 1,000 entries) keyed by a SHA-256 of the hash and the password, so a changed hash never matches an old entry; a
 * wrong password is never remembered and costs the full check every time.
 */
final class VerifiedCredentials implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> verified;

    VerifiedCredentials(PasswordEncoder delegate, Duration remember, long maximum) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maximum).build();
    }

    VerifiedCredentials(PasswordEncoder delegate) {
        this(delegate, Duration.ofMinutes(10), 1_000);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(key, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String key(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
