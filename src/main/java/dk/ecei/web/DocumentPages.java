package dk.ecei.web;

import dk.ecei.document.AuditReports;
import dk.ecei.document.BenchmarkReports;
import dk.ecei.document.CertificateView;
import dk.ecei.document.Certificates;
import dk.ecei.document.PdfRenderer;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The documents a cluster receives, each a page and a PDF from the same template fragment ({@code content} of
 * templates/documents/*): the Bronze benchmarking report, the Silver and Gold reports, the certificate; and the
 * public verification page of a certificate number. Who may read each is decided by the document services.
 */
@Controller
class DocumentPages {

    private final BenchmarkReports benchmarkReports;
    private final AuditReports auditReports;
    private final Certificates certificates;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final ConversionService conversions;
    private final RuleErrors rules;

    DocumentPages(BenchmarkReports benchmarkReports, AuditReports auditReports, Certificates certificates,
            PdfRenderer pdf, ITemplateEngine templates, ApplicationContext context,
            @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService") ConversionService conversions,
            RuleErrors rules) {
        this.benchmarkReports = benchmarkReports;
        this.auditReports = auditReports;
        this.certificates = certificates;
        this.pdf = pdf;
        this.templates = templates;
        this.context = context;
        this.conversions = conversions;
        this.rules = rules;
    }

    @GetMapping("/assessments/{id}/benchmark-report")
    String benchmarkReport(@PathVariable Long id, Model model) {
        model.addAttribute("r", benchmarkReports.report(id));
        return page(model, "benchmark-report", "documents.benchmark.title");
    }

    @GetMapping("/assessments/{id}/benchmark-report.pdf")
    ResponseEntity<byte[]> benchmarkReportPdf(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
        return pdf(Map.of("r", benchmarkReports.report(id)), "benchmark-report", "benchmark-report-" + id, request, response);
    }

    @GetMapping("/assessments/{id}/silver-report")
    String silverReport(@PathVariable Long id, Model model) {
        model.addAttribute("r", auditReports.report(id, LabelLevel.SILVER));
        return page(model, "audit-report", "documents.silver.title");
    }

    @GetMapping("/assessments/{id}/silver-report.pdf")
    ResponseEntity<byte[]> silverReportPdf(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
        return pdf(Map.of("r", auditReports.report(id, LabelLevel.SILVER)), "audit-report", "silver-report-" + id, request, response);
    }

    @GetMapping("/assessments/{id}/gold-report")
    String goldReport(@PathVariable Long id, Model model) {
        model.addAttribute("r", auditReports.report(id, LabelLevel.GOLD));
        return page(model, "audit-report", "documents.gold.title");
    }

    @GetMapping("/assessments/{id}/gold-report.pdf")
    ResponseEntity<byte[]> goldReportPdf(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response) {
        return pdf(Map.of("r", auditReports.report(id, LabelLevel.GOLD)), "audit-report", "gold-report-" + id, request, response);
    }

    @GetMapping("/certificates/{number}")
    String certificate(@PathVariable String number, Model model) {
        CertificateView c = certificates.get(number);
        model.addAttribute("c", c);
        if (!model.containsAttribute("dateForm")) {
            CertificateDateForm form = new CertificateDateForm();
            form.setValidFrom(c.validFrom());
            form.setValidUntil(c.validUntil());
            model.addAttribute("dateForm", form);
        }
        return page(model, "certificate", "documents.certificate.title");
    }

    /** Support staff date the certificate otherwise (start and end), with a reason (audited by the service). */
    @PostMapping("/certificates/{number}/valid-from")
    String redate(@PathVariable String number, @Valid @ModelAttribute("dateForm") CertificateDateForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                certificates.redate(number, form.getValidFrom(), form.getValidUntil(), form.getReason());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/certificates/" + number;
            } catch (BusinessRuleException e) {
                rules.reject(e, result);
            }
        }
        response.setStatus(422);
        return certificate(number, model);
    }

    @GetMapping("/certificates/{number}.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable String number, HttpServletRequest request, HttpServletResponse response) {
        CertificateView c = certificates.get(number);
        return pdf(Map.of("c", c), "certificate", "certificate-" + c.number(), request, response);
    }

    /** The certificate of a label, for the pages that know the label but not its number. */
    @GetMapping("/labels/{labelId}/certificate")
    String certificateOfLabel(@PathVariable Long labelId) {
        CertificateView c = certificates.ofLabel(labelId)
                .orElseThrow(() -> dk.ecei.shared.NotFoundException.of("certificateOfLabel", labelId));
        return "redirect:/certificates/" + c.number();
    }

    /** Public: whether the certificate holds today, and what it states. */
    @GetMapping("/verify/{number}")
    String verify(@PathVariable String number, Model model) {
        model.addAttribute("v", certificates.verify(number));
        return "documents/verify";
    }

    private static String page(Model model, String document, String titleKey) {
        model.addAttribute("document", document);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("pdf", false);
        return "documents/page";
    }

    /** The document's fragment in the PDF frame, rendered in the reader's language, as an attachment to download. */
    private ResponseEntity<byte[]> pdf(Map<String, Object> variables, String document, String fileName,
            HttpServletRequest request, HttpServletResponse response) {
        WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), LocaleContextHolder.getLocale());
        web.setVariables(variables);
        web.setVariable("document", document);
        web.setVariable("pdf", true);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, conversions));
        String xhtml = templates.process("documents/pdf", web);
        byte[] bytes = pdf.render(xhtml, request.getRequestURL().toString());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName + ".pdf").build().toString())
                .body(bytes);
    }
}
