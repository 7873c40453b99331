package dev.podium.shell;

import dev.podium.shared.ui.NavbarItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.podium.security.AccountService;
import dev.podium.shared.CurrentUser;
import dev.podium.security.Preferences;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.Languages;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The frame around every signed-in view: navigation that fits the person's roles, and their own menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();

    MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
            java.util.List<NavbarItem> navbarItems) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        viewTitle.getStyle().set("font-size", "1.125rem").set("margin", "0");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle);
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        Div spacer = new Div();
        navbar.addAndExpand(spacer);
        currentUser.get().ifPresent(user -> {
            navbarItems.stream().sorted(java.util.Comparator.comparingInt(NavbarItem::order))
                    .forEach(item -> navbar.add(item.render(user)));
            navbar.add(userMenu(user));
        });
        navbar.getStyle().set("padding-inline-end", "var(--vaadin-padding-m, 0.75rem)");
        addToNavbar(navbar);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("podium-brand");
        addToDrawer(brand, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(getTranslation(entry.title()), entry.path())
                    : new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(SignedInUser user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        Avatar avatar = new Avatar(user.displayName());
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.displayName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = menu.addItem(label);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("menu.account"), e -> UI.getCurrent().navigate("account"));
        SubMenu languages = sub.addItem(getTranslation("menu.language")).getSubMenu();
        for (Locale locale : Languages.SUPPORTED) {
            MenuItem choice = languages.addItem(Languages.nativeName(locale), e -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        MenuItem dark = sub.addItem(getTranslation("menu.dark-mode"));
        dark.setCheckable(true);
        dark.setChecked(UI.getCurrent().getPage().getColorScheme() == ColorScheme.Value.DARK);
        dark.setId("dark-mode-toggle");
        dark.addClickListener(e -> switchColorScheme(dark.isChecked()));
        sub.addItem(getTranslation("menu.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    private void switchLanguage(Locale locale) {
        Preferences current = accounts.ownPreferences();
        accounts.saveOwnPreferences(new Preferences(locale, current.colorScheme()));
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        // every text on the page comes from the bundles; reloading renders them all in the new language
        ui.getPage().reload();
    }

    private void switchColorScheme(boolean dark) {
        var scheme = dark ? dev.podium.security.ColorScheme.DARK : dev.podium.security.ColorScheme.LIGHT;
        Preferences current = accounts.ownPreferences();
        accounts.saveOwnPreferences(new Preferences(current.locale(), scheme));
        UI.getCurrent().getPage().setColorScheme(UserPreferencesApplier.toPage(scheme));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
