package dk.ecei.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every JSON string the API reads is text a person could have typed: control characters (NUL, escape, the C1 block)
 * are refused where the body is read, with the field named, so they never reach the database, a page or a mail.
 * Line breaks and tabs stay allowed (notes, reports).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputBounds {

    @Bean
    Module refuseControlCharacters() {
        SimpleModule module = new SimpleModule("ecei-input-bounds");
        module.addDeserializer(String.class, new TextOnly());
        return module;
    }

    static boolean isText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static final class TextOnly extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !isText(value)) {
                return (String) context.handleWeirdStringValue(String.class, value, "control characters are not allowed");
            }
            return value;
        }
    }
}
