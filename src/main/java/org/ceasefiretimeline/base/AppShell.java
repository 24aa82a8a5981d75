package org.ceasefiretimeline.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;

/**
 * Page-level settings shared by every view. The document language ({@code <html lang="en">}) comes
 * from {@link EnglishLocale}: Vaadin writes the first provided locale into the page.
 *
 * <p>Every view's components load with the first page: in the production bundle a lazily loaded
 * chunk failed ("Cannot read properties of undefined (reading 'initLazy')") and the round page's
 * embed panel came up without its select and text areas.
 */
@LoadDependenciesOnStartup
public class AppShell implements AppShellConfigurator {

    public static final String TITLE = "Ceasefire Timeline";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(TITLE);
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
