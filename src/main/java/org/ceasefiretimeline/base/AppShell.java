package org.ceasefiretimeline.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Page-level settings shared by every view. The document language ({@code <html lang="en">}) comes
 * from {@link EnglishLocale}: Vaadin writes the first provided locale into the page.
 */
public class AppShell implements AppShellConfigurator {

    public static final String TITLE = "Ceasefire Timeline";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle(TITLE);
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
