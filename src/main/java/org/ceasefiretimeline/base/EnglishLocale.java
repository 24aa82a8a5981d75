package org.ceasefiretimeline.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The app is in English only. Without a provider Vaadin would set {@code <html lang>} and the UI
 * locale from the browser's or the server's default locale; with it they are always "en". Texts are
 * not translated: a key is its own text.
 */
@Component
public class EnglishLocale implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return params.length == 0 ? key : String.format(locale, key, params);
    }
}
