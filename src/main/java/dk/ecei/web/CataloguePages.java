package dk.ecei.web;

import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.GoldPassBasis;
import dk.ecei.indicator.Scheme;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing a new catalogue version, for support staff: the version in force is the base, and the page changes
 * what the schemes' rules are made of (the Gold pass rule, thresholds, minimum requirements, points). Assessments
 * already started keep the version they started with; new ones take the new version.
 */
@Controller
@PreAuthorize("hasRole('support-staff')")
class CataloguePages {

    private final CatalogueService catalogue;
    private final RuleErrors rules;

    CataloguePages(CatalogueService catalogue, RuleErrors rules) {
        this.catalogue = catalogue;
        this.rules = rules;
    }

    @GetMapping("/catalogue/new")
    String newForm(Model model) {
        CatalogueView current = catalogue.current();
        model.addAttribute("form", CatalogueForm.basedOn(current));
        return form(current, model);
    }

    @PostMapping("/catalogue/new")
    String publish(@Valid @ModelAttribute("form") CatalogueForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CatalogueView current = catalogue.current();
        Map<String, CatalogueView.IndicatorView> gold = current.indicators(Scheme.GOLD).stream()
                .collect(java.util.stream.Collectors.toMap(CatalogueView.IndicatorView::code, i -> i));
        List<CatalogueForm.Row> rows = form.getIndicators();
        for (int n = 0; n < rows.size(); n++) {
            CatalogueView.IndicatorView indicator = gold.get(rows.get(n).getCode());
            boolean needsValue = indicator != null && indicator.thresholdOperator() != null
                    && indicator.thresholdOperator().needsValue();
            if (needsValue && rows.get(n).getThresholdValue() == null
                    && !result.hasFieldErrors("indicators[" + n + "].thresholdValue")) {
                result.rejectValue("indicators[" + n + "].thresholdValue", "catalogue.thresholdMissing");
            }
        }
        if (result.hasErrors()) {
            return form(current, model);
        }
        try {
            CatalogueView published = catalogue.publish(form.version(current));
            redirect.addFlashAttribute("saved", true);
            redirect.addFlashAttribute("publishedCode", published.code());
            return "redirect:/catalogue";
        } catch (ConflictException e) {
            result.rejectValue("code", "catalogue.duplicateCode");
        } catch (BusinessRuleException e) {
            rules.reject(e, result);
        }
        return form(current, model);
    }

    private static String form(CatalogueView current, Model model) {
        model.addAttribute("base", current);
        model.addAttribute("gold", current.indicators(Scheme.GOLD).stream()
                .collect(java.util.stream.Collectors.toMap(CatalogueView.IndicatorView::code, i -> i)));
        model.addAttribute("allBases", GoldPassBasis.values());
        return "catalogue-form";
    }
}
