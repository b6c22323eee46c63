package dk.ecei.config;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The texts of pages, problems, mails and exports: messages_da (the default) and messages_en, with ICU plurals. */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    MessageSource messageSource() {
        IcuMessageSource messages = new IcuMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        // Only Danish and English are read: another locale falls back to messages.properties, never to the machine's.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
