package dev.ismsdecider.server.security;

import dev.ismsdecider.records.ApiKey;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** A request made with a valid API key: the key is the principal, its role the one authority. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient ApiKey key;

    ApiKeyAuthentication(ApiKey key) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + key.role().name())));
        this.key = key;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ApiKey getPrincipal() {
        return key;
    }

    @Override
    public String getName() {
        return key.name();
    }
}
