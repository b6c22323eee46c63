package dk.ecei.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;

/** The API tests' way to a task: the user's inbox of one assessment, as a client of the API finds it. */
public final class ApiTasks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiTasks() {
    }

    /** The id of the user's open task with this key of the assessment; fails the test when the inbox has none. */
    public static String taskOf(MockMvc mvc, Users user, long assessmentId, String key) throws Exception {
        String body = mvc.perform(get("/api/tasks").param("assessment", String.valueOf(assessmentId))
                .with(user.request())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode task : JSON.readTree(body).get("items")) {
            if (task.get("assessmentId").asLong() == assessmentId && task.get("key").asText().equals(key)) {
                return task.get("taskId").asText();
            }
        }
        throw new AssertionError(user.username() + " has no " + key + " for assessment " + assessmentId);
    }
}
