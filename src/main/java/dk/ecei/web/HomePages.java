package dk.ecei.web;

import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page (the labels valid today), the login page and the start page of each role. */
@Controller
class HomePages {

    private final LabelRegister labels;
    private final Navigation navigation;
    private final Clock clock;

    HomePages(LabelRegister labels, Navigation navigation, Clock clock) {
        this.labels = labels;
        this.navigation = navigation;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.DANISH_TIME));
        List<LabelView> valid = labels.search(null, null, null, today);
        Map<LabelLevel, Long> counts = new EnumMap<>(LabelLevel.class);
        for (LabelLevel level : LabelLevel.values()) {
            counts.put(level, valid.stream().filter(l -> l.level() == level).count());
        }
        model.addAttribute("today", today);
        model.addAttribute("labels", valid);
        model.addAttribute("counts", counts);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** After login: the first page of the user's role. */
    @GetMapping("/start")
    String start() {
        return "redirect:" + navigation.startPage(CurrentUser.get());
    }
}
