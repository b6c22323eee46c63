package dk.ecei.web;

import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.AssessorView;
import dk.ecei.assessor.Qualification;
import dk.ecei.assessor.TieKind;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterSort;
import dk.ecei.cluster.ClusterView;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.PageQuery;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessor register's forms for support staff: register and update an assessor, add or renew a qualification,
 * declare and end a tie to a cluster, deactivate. The assessor module checks and audits every change; a rule it
 * refuses lands next to the field it concerns, with everything typed kept.
 */
@Controller
@PreAuthorize("hasRole('support-staff')")
class AssessorPages {

    private final AssessorService assessors;
    private final ClusterService clusters;
    private final AuditTrail trail;
    private final Formats formats;

    AssessorPages(AssessorService assessors, ClusterService clusters, AuditTrail trail, Formats formats) {
        this.formats = formats;
        this.assessors = assessors;
        this.clusters = clusters;
        this.trail = trail;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allQualifications", Qualification.values());
        model.addAttribute("allTieKinds", TieKind.values());
    }

    @GetMapping("/assessors/new")
    String newForm(Model model) {
        model.addAttribute("form", new AssessorForms.Details());
        return "assessors/form";
    }

    @PostMapping("/assessors/new")
    String register(@Valid @ModelAttribute("form") AssessorForms.Details form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "assessors/form";
        }
        try {
            AssessorView created = assessors.register(form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/assessors/" + created.id();
        } catch (ConflictException e) {
            result.rejectValue("username", "assessor.duplicate");
            return "assessors/form";
        }
    }

    @GetMapping("/assessors/{id}")
    String show(@PathVariable Long id, Model model) {
        AssessorView assessor = assessors.get(id);
        model.addAttribute("assessor", assessor);
        Map<Long, ClusterView> choosable = clusters.page(null, null, null, ClusterSort.NAME, new PageQuery(0, PageQuery.MAX_SIZE))
                .items().stream().collect(Collectors.toMap(ClusterView::id, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));
        model.addAttribute("allClusters", choosable.values());
        model.addAttribute("clusters", clusters.byIds(assessor.ties().stream().map(AssessorView.TieView::clusterId)
                .collect(Collectors.toSet())));
        model.addAttribute("trail", trail.of(AuditTrail.ASSESSOR, id));
        for (String name : new String[] {"grantForm", "tieForm", "endForm"}) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, switch (name) {
                    case "grantForm" -> new AssessorForms.Grant();
                    case "tieForm" -> new AssessorForms.Tie();
                    default -> new AssessorForms.TieEnd();
                });
            }
        }
        return "assessors/show";
    }

    @GetMapping("/assessors/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        AssessorView assessor = assessors.get(id);
        model.addAttribute("assessor", assessor);
        model.addAttribute("form", AssessorForms.Details.of(assessor));
        return "assessors/form";
    }

    @PostMapping("/assessors/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AssessorForms.Details form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AssessorView assessor = assessors.get(id);
        model.addAttribute("assessor", assessor);
        if (result.hasErrors()) {
            return "assessors/form";
        }
        if (assessor.version() != form.getVersion()) {
            result.reject("assessor.stale");
            return "assessors/form";
        }
        try {
            assessors.update(id, form.getVersion(), form.details());
        } catch (ConflictException e) {
            // The version was checked above, so what is left is a user name another assessor has.
            result.rejectValue("username", "assessor.duplicate");
            return "assessors/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assessors/" + id;
    }

    @PostMapping("/assessors/{id}/qualifications")
    String grant(@PathVariable Long id, @Valid @ModelAttribute("grantForm") AssessorForms.Grant form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            AssessorView assessor = assessors.get(id);
            Optional<AssessorView.QualificationView> held = assessor.qualifications().stream()
                    .filter(q -> q.kind() == form.getKind()).findFirst();
            // The module refuses a renewal that does not run beyond the current day; said here by field and day.
            if (held.isPresent() && !form.getValidUntil().isAfter(held.get().validUntil())) {
                result.rejectValue("validUntil", "assessor.renewalNotLater", new Object[] {formats.date(held.get().validUntil())}, null);
            } else {
                try {
                    assessors.grantQualification(id, form.getKind(), form.getValidUntil());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/assessors/" + id;
                } catch (IllegalStateChangeException e) {
                    result.rejectValue("validUntil", "assessor.renewalRaced");
                }
            }
        }
        return show(id, model);
    }

    @PostMapping("/assessors/{id}/ties")
    String declareTie(@PathVariable Long id, @Valid @ModelAttribute("tieForm") AssessorForms.Tie form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("fromDate") && !result.hasFieldErrors("toDate") && form.getToDate() != null
                && form.getToDate().isBefore(form.getFromDate())) {
            result.rejectValue("toDate", "assessor.tieEndsBeforeStart");
        }
        if (!result.hasFieldErrors("clusterId") && form.getClusterId() != null && !clusters.exists(form.getClusterId())) {
            result.rejectValue("clusterId", "assessor.unknownCluster");
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        assessors.declareTie(id, form.declaration());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assessors/" + id;
    }

    @PostMapping("/assessors/{id}/ties/end")
    String endTie(@PathVariable Long id, @Valid @ModelAttribute("endForm") AssessorForms.TieEnd form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            AssessorView.TieView tie = assessors.get(id).ties().stream().filter(t -> t.id().equals(form.getTieId()))
                    .findFirst().orElseThrow(() -> dk.ecei.shared.NotFoundException.of("tieOfForm", form.getTieId()));
            if (form.getToDate().isBefore(tie.fromDate())) {
                result.rejectValue("toDate", "assessor.tieEndsBeforeStart");
            } else {
                assessors.endTie(id, tie.id(), form.getToDate());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/assessors/" + id;
            }
        }
        return show(id, model);
    }

    @PostMapping("/assessors/{id}/deactivate")
    String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
        assessors.deactivate(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/assessors/" + id;
    }
}
