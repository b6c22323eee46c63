package dk.ecei.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.support.IntegrationTest;
import dk.ecei.support.TestClock;
import dk.ecei.support.Users;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard on the reference data (the 8 Gold and 5 Silver labels of the end of 2016, all valid until
 * 30 June 2018) and on labels and assessments a test writes straight into the tables, in years no other test uses.
 */
@IntegrationTest
class DashboardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> clusters = new ArrayList<>();
    private final List<Long> assessedClusters = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        TestClock.reset();
        for (Long id : assessedClusters) {
            jdbc.update("delete from assessment where requested_by = 'dashboard-test' and cluster_id = ?", id);
        }
        for (Long id : clusters) {
            jdbc.update("delete from label where cluster_id = ?", id);
            jdbc.update("delete from cluster_field where cluster_id = ?", id);
            jdbc.update("delete from cluster where id = ?", id);
        }
    }

    @Test
    void reproducesThePublishedCountsAtTheEndOf2016AgainstTheGoal() throws Exception {
        mvc.perform(get("/api/dashboard/counts").param("date", "2016-12-31").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.gold").value(8))
                .andExpect(jsonPath("$.total.silver").value(5))
                .andExpect(jsonPath("$.goal.goldGoal").value(10))
                .andExpect(jsonPath("$.goal.goldMet").value(false))
                .andExpect(jsonPath("$.goal.goldMissing").value(2))
                .andExpect(jsonPath("$.goal.silverMissing").value(5))
                .andExpect(jsonPath("$.byField[?(@.key == 'HEALTH_MEDTECH')].gold").value(3))
                .andExpect(jsonPath("$.byField[?(@.key == 'ICT')].gold").value(1))
                .andExpect(jsonPath("$.byField[?(@.key == 'ICT')].silver").value(2))
                // CLEAN spans Energy and Environment: it counts in both fields, once nationally.
                .andExpect(jsonPath("$.byField[?(@.key == 'ENERGY')].gold").value(2))
                .andExpect(jsonPath("$.byField[?(@.key == 'ENVIRONMENT')].gold").value(2))
                .andExpect(jsonPath("$.byRegion[?(@.key == 'UNKNOWN')].gold").value(8));
    }

    @Test
    void aLabelValidUntilTheLastOfTheMonthCountsThatDayAndNotTheNext() throws Exception {
        // The reference labels end on 30 June 2018.
        expectGoldSilver("2018-06-30", 8, 5);
        expectGoldSilver("2018-07-01", 0, 0);
        expectGoldSilver("2016-06-14", 0, 0);
        expectGoldSilver("2016-06-15", 8, 5);

        Long cluster = cluster("Kantklynge", "SJAELLAND", "FOOD");
        label(cluster, "BRONZE", "2011-01-10", "2013-01-31", null);
        label(cluster, "SILVER", "2011-01-10", "2013-01-31", "2012-05-01");
        assertThat(bronzeAndSilver("2013-01-31")).containsExactly(1, 0);
        assertThat(bronzeAndSilver("2013-02-01")).containsExactly(0, 0);
        assertThat(bronzeAndSilver("2012-04-30")).containsExactly(1, 1);
        assertThat(bronzeAndSilver("2012-05-01")).containsExactly(1, 0);
    }

    @Test
    void theMonthlySeriesCountsTheLastDayOfEveryMonthAndMergesRenewals() throws Exception {
        mvc.perform(get("/api/dashboard/series").param("from", "2016-05").param("to", "2018-07")
                        .with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(27)))
                .andExpect(jsonPath("$.points[0].date").value("2016-05-31"))
                .andExpect(jsonPath("$.points[0].gold").value(0))
                .andExpect(jsonPath("$.points[1].date").value("2016-06-30"))
                .andExpect(jsonPath("$.points[1].gold").value(8))
                .andExpect(jsonPath("$.points[7].date").value("2016-12-31"))
                .andExpect(jsonPath("$.points[7].silver").value(5))
                .andExpect(jsonPath("$.points[25].date").value("2018-06-30"))
                .andExpect(jsonPath("$.points[25].gold").value(8))
                .andExpect(jsonPath("$.points[26].gold").value(0))
                .andExpect(jsonPath("$.goldGoal").value(10));

        Long cluster = cluster("Serieklynge", "SJAELLAND", "TRANSPORT");
        label(cluster, "BRONZE", "2010-03-01", "2012-03-31", null);
        label(cluster, "BRONZE", "2012-02-01", "2014-02-28", null); // early renewal: one cluster, not two
        mvc.perform(get("/api/dashboard/series").param("from", "2012-02").param("to", "2014-03").param("by", "region")
                        .param("region", "SJAELLAND").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.by").value("region"))
                .andExpect(jsonPath("$.points[0].group").value("SJAELLAND"))
                .andExpect(jsonPath("$.points[0].bronze").value(1))
                .andExpect(jsonPath("$.points[24].date").value("2014-02-28"))
                .andExpect(jsonPath("$.points[24].bronze").value(1))
                .andExpect(jsonPath("$.points[25].bronze").value(0));
        mvc.perform(get("/api/dashboard/series").param("from", "2012-02").param("to", "2012-01")
                .with(Users.SUPPORT.request())).andExpect(status().isBadRequest());
    }

    private int pipeline(String date, int level) throws Exception {
        String body = mvc.perform(get("/api/dashboard/forecast").param("date", date).with(Users.SUPPORT.request()))
                .andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.levels[" + level + "].fromPipeline");
    }

    /** How many assessments of the level wait in the status now (other tests may have left some in progress). */
    private int stepCount(String level, String status) throws Exception {
        String body = mvc.perform(get("/api/dashboard/pipeline").with(Users.SUPPORT.request()))
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> counts = com.jayway.jsonpath.JsonPath.read(body,
                "$.steps[?(@.level == '" + level + "' && @.status == '" + status + "')].count");
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private int goldLoad(String expert) throws Exception {
        List<Integer> gold = all("/api/dashboard/workload", "experts", "page").read("$[?(@.expert == '" + expert + "')].gold");
        return gold.isEmpty() ? 0 : gold.get(0);
    }

    /**
     * Every item of a paged list of a dashboard API, read page by page (100 a page), as one JSON array: the shared
     * database holds other tests' assessments, so an item may be on any page.
     */
    private com.jayway.jsonpath.DocumentContext all(String path, String list, String pageParameter) throws Exception {
        List<Object> items = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            String body = mvc.perform(get(path).param(pageParameter, String.valueOf(page)).param("size", "100")
                    .with(Users.SUPPORT.request())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Object> found = com.jayway.jsonpath.JsonPath.read(body, "$." + list + ".items");
            Number total = com.jayway.jsonpath.JsonPath.read(body, "$." + list + ".total");
            items.addAll(found);
            if (found.isEmpty() || items.size() >= total.longValue()) {
                return com.jayway.jsonpath.JsonPath.parse(items);
            }
        }
    }

    @Test
    void aGoldAuditCountsForBothExperts() throws Exception {
        int firstBefore = goldLoad("assessor1");
        int secondBefore = goldLoad("assessor2");
        Long cluster = cluster("Guldpar", "HOVEDSTADEN", "ICT");
        assessment(cluster, "GOLD", "AUDIT", "assessor1", "2030-05-01", "2026-01-10 09:00:00", "2026-02-01 09:00:00");
        jdbc.update("update assessment set second_expert_username = 'assessor2' where cluster_id = ?", cluster);

        assertThat(goldLoad("assessor1")).isEqualTo(firstBefore + 1);
        assertThat(goldLoad("assessor2")).isEqualTo(secondBefore + 1);
        List<String> second = all("/api/dashboard/pipeline", "assessments", "page")
                .read("$[?(@.clusterId == " + cluster + ")].secondExpert");
        assertThat(second).containsExactly("assessor2");
    }

    @Test
    void forecastsTheCountsIfThePipelineIsAwardedAndExpiringLabelsAreNotRenewed() throws Exception {
        TestClock.set(Instant.parse("2018-03-01T10:00:00Z"));
        // Other tests may have left assessments in progress in the shared database: count from what is there.
        int goldBefore = pipeline("2018-12-31", 0);
        int goldAuditsBefore = stepCount("GOLD", "AUDIT");
        int silverBefore = pipeline("2018-12-31", 1);
        int goldBeforeApril = pipeline("2018-04-30", 0);
        int assessor2GoldBefore = goldLoad("assessor2");
        Long gold = cluster("Guldkandidat", "MIDTJYLLAND", "ENERGY");
        assessment(gold, "GOLD", "AUDIT", "assessor2", "2018-05-01", "2018-01-10 09:00:00", "2018-02-01 09:00:00");
        // BrainsBusiness (Gold until 30 June 2018) renews: counted once.
        assessment(10L, "GOLD", "SELF_ASSESSMENT", "assessor1", null, "2018-02-01 09:00:00", "2018-02-20 09:00:00");
        Long late = cluster("Sen kandidat", "MIDTJYLLAND", "ENERGY");
        assessment(late, "SILVER", "REQUESTED", null, "2019-06-01", "2018-02-25 09:00:00", "2018-02-25 09:00:00");

        mvc.perform(get("/api/dashboard/forecast").param("date", "2018-12-31").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value("2018-03-01"))
                .andExpect(jsonPath("$.levels[0].level").value("GOLD"))
                .andExpect(jsonPath("$.levels[0].today").value(8))
                .andExpect(jsonPath("$.levels[0].expiring").value(8))
                .andExpect(jsonPath("$.levels[0].fromPipeline").value(goldBefore + 2))
                .andExpect(jsonPath("$.levels[0].forecast").value(goldBefore + 2))
                .andExpect(jsonPath("$.levels[0].goalMet").value(false))
                .andExpect(jsonPath("$.levels[1].level").value("SILVER"))
                .andExpect(jsonPath("$.levels[1].today").value(5))
                .andExpect(jsonPath("$.levels[1].forecast").value(silverBefore));
        mvc.perform(get("/api/dashboard/forecast").param("date", "2018-04-30").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.levels[0].expiring").value(0))
                .andExpect(jsonPath("$.levels[0].fromPipeline").value(goldBeforeApril))
                .andExpect(jsonPath("$.levels[0].forecast").value(8 + goldBeforeApril));
        mvc.perform(get("/api/dashboard/forecast").param("date", "2018-02-28").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest());

        // Expiring within 6 months of 1 March 2018: all 13 reference labels; BrainsBusiness has a Gold in progress.
        mvc.perform(get("/api/dashboard/expiring").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.until").value("2018-09-01"))
                .andExpect(jsonPath("$.labels.total").value(13))
                .andExpect(jsonPath("$.labels.items", hasSize(13)))
                .andExpect(jsonPath("$.labels.items[?(@.clusterId == 10)].renewal").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.labels.items[?(@.clusterId == 1)].renewal").value("NOT_STARTED"))
                .andExpect(jsonPath("$.labels.items[0].daysLeft").value(121));
        // A page of them: the total stays the whole list's.
        mvc.perform(get("/api/dashboard/expiring").param("page", "1").param("size", "10").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.labels.total").value(13))
                .andExpect(jsonPath("$.labels.page").value(1))
                .andExpect(jsonPath("$.labels.items", hasSize(3)));

        // Pipeline and workload on 1 March 2018: the Gold scoring waits since 1 February (28 days, past the 14 days of
        // its step), the Silver request since 25 February (4 days of 7), the Gold self-assessment 9 days (of 21).
        var pipeline = all("/api/dashboard/pipeline", "assessments", "page");
        assertThat(pipeline.read("$[?(@.clusterId == " + gold + ")].holder", List.class)).containsExactly("assessor2");
        assertThat(pipeline.read("$[?(@.clusterId == " + gold + ")].ageDays", List.class)).containsExactly(50);
        assertThat(pipeline.read("$[?(@.clusterId == 10 && @.level == 'GOLD')].holder", List.class)).containsExactly("cluster-manager");
        assertThat(pipeline.read("$[?(@.clusterId == " + late + ")].holder", List.class)).containsExactly("support-staff");
        mvc.perform(get("/api/dashboard/pipeline").with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.steps[?(@.level == 'GOLD' && @.status == 'AUDIT')].count").value(goldAuditsBefore + 1))
                .andExpect(jsonPath("$.assessments.size").value(25));
        TestClock.set(Instant.parse("2018-03-10T10:00:00Z"));
        var experts = all("/api/dashboard/workload", "experts", "page");
        assertThat(experts.read("$[?(@.expert == 'assessor2')].gold", List.class)).containsExactly(assessor2GoldBefore + 1);
        assertThat(experts.read("$[?(@.expert == 'assessor2')].overdue", List.class)).containsExactly(1);
        assertThat(experts.read("$[?(@.expert == 'assessor1')].overdue", List.class)).containsExactly(0);
        List<Integer> overdue = all("/api/dashboard/workload", "overdue", "overduePage").read("$[*].clusterId");
        assertThat(overdue).contains(gold.intValue(), late.intValue());
    }

    @Test
    void exportsTheTablesAsCsvAndAsAWorkbook() throws Exception {
        byte[] csv = mvc.perform(get("/api/dashboard/counts").param("date", "2016-12-31").param("format", "csv")
                        .with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"label-counts-2016-12-31.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        // Danish by default: semicolons, Danish headers, dates and words, as Danish Excel opens it.
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "Dato;Guld;Sølv;Bronze;Mål for Guld;Mål for Sølv;Guld-målet nået;Sølv-målet nået\r\n"
                        + "31-12-2016;8;5;0;10;10;Nej;Nej\r\n");
        String english = mvc.perform(get("/api/dashboard/counts").param("date", "2016-12-31").param("format", "csv")
                        .param("lang", "en").with(Users.SUPPORT.request()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).isEqualTo("\uFEFFDate,Gold,Silver,Bronze,Gold goal,Silver goal,Gold goal met,Silver goal met\r\n"
                + "31/12/2016,8,5,0,10,10,No,No\r\n");

        String register = new String(mvc.perform(get("/api/register").param("validOn", "2016-12-31")
                        .param("level", "SILVER").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(register.lines()).hasSize(6).element(0).isEqualTo("\uFEFFKlynge nr.;Klynge;Niveau;Tildelt;Gyldigt til;Region;Fagområder");
        assertThat(register).contains("31;Innovationsnetværket RoboCluster;Sølv;15-06-2016;30-06-2018;;Produktion, materialer og design");

        byte[] xlsx = mvc.perform(get("/api/dashboard/export").param("date", "2016-12-31").with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet counts = workbook.getSheet("Antal 31. dec. 2016");
            assertThat(counts.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Guld");
            assertThat(counts.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(8.0);
            assertThat(counts.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(5.0);
            assertThat(workbook.getSheet("Efter fagområde")).isNotNull();
            assertThat(workbook.getSheet("Udvikling")).isNotNull();
            Sheet register2016 = workbook.getSheet("Mærkeregister 31. dec. 2016");
            assertThat(register2016.getLastRowNum()).isEqualTo(13);
            assertThat(register2016.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Guld");
            assertThat(register2016.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2016, 6, 15));
        }
        byte[] series = mvc.perform(get("/api/dashboard/series").param("from", "2016-12").param("to", "2016-12")
                        .param("format", "xlsx").with(Users.SUPPORT.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(series))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(8.0);
        }
        mvc.perform(get("/api/dashboard/counts").param("format", "pdf").with(Users.SUPPORT.request()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardIsForTheSupportFunctionOnly() throws Exception {
        mvc.perform(get("/api/dashboard/counts")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/dashboard/counts").with(Users.managerOf(1L).request())).andExpect(status().isForbidden());
        mvc.perform(get("/api/dashboard/workload").with(Users.ASSESSOR1.request())).andExpect(status().isForbidden());
        mvc.perform(get("/api/dashboard/counts").with(new Users("admin", List.of("admin"), null).request()))
                .andExpect(status().isOk());
    }

    @Test
    void thePublicRegisterFiltersAndSearches() throws Exception {
        mvc.perform(get("/api/register").param("validOn", "2016-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(13)))
                .andExpect(jsonPath("$.items[0].level").value("GOLD"))
                .andExpect(jsonPath("$.items[0].clusterName").value("BrainsBusiness"));
        mvc.perform(get("/api/register").param("validOn", "2016-12-31").param("q", "medicon"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].clusterName").value("Medicon Valley Alliance"))
                .andExpect(jsonPath("$.items[0].validUntil").value("2018-06-30"));
        mvc.perform(get("/api/register").param("validOn", "2016-12-31").param("field", "ENVIRONMENT"))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[?(@.clusterName == 'CLEAN')].fields[*]", hasItem("ENERGY")));
        // A filtered page and its total from one read; past the last page the total still counts them all.
        mvc.perform(get("/api/register").param("validOn", "2016-12-31").param("level", "GOLD").param("size", "3")
                        .param("page", "1"))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.total").value(8));
        mvc.perform(get("/api/register").param("validOn", "2016-12-31").param("level", "GOLD").param("size", "3")
                        .param("page", "5"))
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(8));
        mvc.perform(get("/api/register").param("validOn", "2016-12-31").param("q", "100%"))
                .andExpect(jsonPath("$.items", hasSize(0)));
        // Only labels valid today by default: the reference labels ended in 2018.
        mvc.perform(get("/api/register").param("q", "Medicon")).andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/register").param("level", "PLATINUM")).andExpect(status().isBadRequest());
    }

    private void expectGoldSilver(String date, int gold, int silver) throws Exception {
        mvc.perform(get("/api/dashboard/counts").param("date", date).with(Users.SUPPORT.request()))
                .andExpect(jsonPath("$.total.gold").value(gold))
                .andExpect(jsonPath("$.total.silver").value(silver));
    }

    private List<Integer> bronzeAndSilver(String date) throws Exception {
        String json = mvc.perform(get("/api/dashboard/series").param("from", date.substring(0, 7))
                        .param("to", date.substring(0, 7)).param("region", "SJAELLAND").with(Users.SUPPORT.request()))
                .andReturn().getResponse().getContentAsString();
        com.jayway.jsonpath.DocumentContext doc = com.jayway.jsonpath.JsonPath.parse(json);
        String counts = mvc.perform(get("/api/dashboard/counts").param("date", date).with(Users.SUPPORT.request()))
                .andReturn().getResponse().getContentAsString();
        com.jayway.jsonpath.DocumentContext c = com.jayway.jsonpath.JsonPath.parse(counts);
        List<Integer> region = c.read("$.byRegion[?(@.key == 'SJAELLAND')].bronze");
        List<Integer> regionSilver = c.read("$.byRegion[?(@.key == 'SJAELLAND')].silver");
        int bronze = region.isEmpty() ? 0 : region.get(0);
        int silver = regionSilver.isEmpty() ? 0 : regionSilver.get(0);
        if (LocalDate.parse(date).equals(LocalDate.parse(date).withDayOfMonth(LocalDate.parse(date).lengthOfMonth()))) {
            // On the last day of a month the series says the same as the counts.
            assertThat((Integer) doc.read("$.points[0].bronze")).isEqualTo(bronze);
            assertThat((Integer) doc.read("$.points[0].silver")).isEqualTo(silver);
        }
        return List.of(bronze, silver);
    }

    private Long cluster(String name, String region, String field) {
        jdbc.update("insert into cluster (name, cluster_type, region, created_at, updated_at)"
                + " values (?, 'REGIONAL_CLUSTER', ?, current_timestamp, current_timestamp)", name + " " + System.nanoTime(), region);
        Long id = jdbc.queryForObject("select max(id) from cluster", Long.class);
        jdbc.update("insert into cluster_field (cluster_id, field) values (?, ?)", id, field);
        clusters.add(id);
        return id;
    }

    private void label(Long cluster, String level, String awarded, String validUntil, String withdrawn) {
        jdbc.update("insert into label (cluster_id, level, assessed_on, awarded_on, valid_until, status, withdrawn_on,"
                + " source, created_at) values (?, ?, ?, ?, ?, ?, ?, 'test', current_timestamp)", cluster, level,
                LocalDate.parse(awarded), LocalDate.parse(awarded), LocalDate.parse(validUntil),
                withdrawn == null ? "ACTIVE" : "WITHDRAWN", withdrawn == null ? null : LocalDate.parse(withdrawn));
    }

    private void assessment(Long cluster, String level, String status, String expert, String planned, String requested,
            String updated) {
        assessedClusters.add(cluster);
        jdbc.update("insert into assessment (cluster_id, level, status, catalogue_version_id, requested_by, requested_at,"
                + " expert_username, planned_interview_date, updated_at)"
                + " values (?, ?, ?, (select min(id) from catalogue_version), 'dashboard-test', ?, ?, ?, ?)", cluster, level,
                status, LocalDateTime.parse(requested.replace(' ', 'T')), expert,
                planned == null ? null : LocalDate.parse(planned), LocalDateTime.parse(updated.replace(' ', 'T')));
    }
}
