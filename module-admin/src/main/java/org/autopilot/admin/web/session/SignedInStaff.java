package org.autopilot.admin.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/** Who is signed in to /admin and which staff roles they hold; the menu and pages render from it. */
@Named("staff")
@RequestScoped
public class SignedInStaff {

    @Inject
    HttpServletRequest request;

    public String getUsername() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    public List<StaffRole> getRoles() {
        return Arrays.stream(StaffRole.values()).filter(r -> request.isUserInRole(r.roleName())).toList();
    }

    /** For the menu: {@code #{staff.has('admin')}}. */
    public boolean has(String roleName) {
        return request.isUserInRole(roleName);
    }
}
