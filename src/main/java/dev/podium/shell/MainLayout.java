package dev.podium.shell;

import dev.podium.shared.ui.NavbarItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
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
    private boolean firstPage = true;

    MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
            java.util.List<NavbarItem> navbarItems) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        viewTitle.addClassName("podium-view-title");
        // the first stop for the keyboard: past the top bar and the menu, straight to the page's content
        // every view is a <main> (the landmark of its content), the layout's only direct <main> child
        Anchor skip = new Anchor("#", getTranslation("shell.skip-to-content"));
        skip.addClassName("podium-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.querySelector('vaadin-app-layout > main');
                  if (main) {
                    main.setAttribute('tabindex', '-1');
                    main.focus();
                  }
                });""");
        HorizontalLayout navbar = new HorizontalLayout(skip, new DrawerToggle(), viewTitle);
        navbar.addClassName("podium-navbar");
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
        // the top bar with the page's one h1 is the banner landmark, the menu a navigation landmark
        Header header = new Header(navbar);
        header.addClassName("podium-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("podium-brand");
        // the name is decoration here (the page title carries it); the side navigation is the landmark
        brand.getElement().setAttribute("aria-hidden", "true");
        addToDrawer(brand, navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        // named, so that it stands apart from a page's own navigation (a lesson's list of lessons)
        nav.getElement().setAttribute("aria-label", getTranslation("shell.menu"));
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
        Span name = new Span(user.displayName());
        // on a phone the avatar alone stands for the person; the page title needs the width
        name.addClassName("podium-user-name");
        HorizontalLayout label = new HorizontalLayout(avatar, name);
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
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title);
        // the ellipsised title keeps its full text for a pointer's tooltip
        viewTitle.getElement().setAttribute("title", title);
        if (firstPage) {
            // a page just loaded starts at its top, where the skip link is the first stop
            firstPage = false;
            return;
        }
        // a person who chose a page in the menu continues in the page, not in the menu (nor at its toggle)
        getElement().executeJs("""
                const main = this.querySelector(':scope > main');
                const active = document.activeElement;
                if (main && (!active || active === document.body || active.closest('[slot=drawer]')
                    || active.localName === 'vaadin-drawer-toggle')) {
                  main.setAttribute('tabindex', '-1');
                  main.focus({preventScroll: true});
                }""");
    }
}
