package dk.ecei.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** An empty form field means "not given" (null), not an empty text that then fails a pattern. */
@ControllerAdvice(basePackageClasses = FormDefaults.class)
class FormDefaults {

    @InitBinder
    void emptyIsNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
