package dk.ecei.web;

import dk.ecei.security.CurrentUser;
import dk.ecei.security.SecuritySettings;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout needs on every page: who is logged in, their navigation, the current path and the login mode.
 * Templates call it as {@code @page}, so error pages (which get no model from the controllers) have it too.
 */
@Component("page")
class PageModel {

    private final Navigation navigation;
    private final SecuritySettings security;

    PageModel(Navigation navigation, SecuritySettings security) {
        this.navigation = navigation;
        this.security = security;
    }

    public CurrentUser me() {
        return CurrentUser.get();
    }

    public List<Navigation.Entry> nav() {
        return navigation.entriesFor(CurrentUser.get());
    }

    public String path() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRequestURI() : "/";
    }

    /** The navigation entry of the current page (the longest path that starts the current one). */
    public boolean isCurrent(Navigation.Entry entry) {
        String path = path();
        return path.equals(entry.path()) || path.startsWith(entry.path() + "/");
    }

    public boolean demoLogin() {
        return security.demoLogin();
    }
}
