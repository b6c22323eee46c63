package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestAdmissionTests {

    private static MockHttpServletRequest get(String uri) {
        return new MockHttpServletRequest("GET", uri);
    }

    /** Runs a request through the filter on its own thread; the chain waits for {@code release} (if given). */
    private static CompletableFuture<Void> serve(RequestAdmission admission, MockHttpServletRequest request,
            AtomicBoolean entered, CountDownLatch release) {
        FilterChain chain = (req, res) -> {
            entered.set(true);
            try {
                if (release != null) {
                    release.await(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        return CompletableFuture.runAsync(() -> {
            try {
                admission.doFilter(request, new MockHttpServletResponse(), chain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitWaiting(RequestAdmission admission, int waiting) throws InterruptedException {
        for (int i = 0; i < 500 && admission.waiting() < waiting; i++) {
            Thread.sleep(10);
        }
        assertThat(admission.waiting()).isEqualTo(waiting);
    }

    @Test
    void aRequestBeyondTheLimitWaitsUntilOneAtWorkIsDone() throws Exception {
        RequestAdmission admission = new RequestAdmission(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstIn = new AtomicBoolean();
        AtomicBoolean secondIn = new AtomicBoolean();
        CompletableFuture<Void> first = serve(admission, get("/tasks"), firstIn, releaseFirst);
        for (int i = 0; i < 500 && !firstIn.get(); i++) {
            Thread.sleep(10);
        }
        assertThat(firstIn).isTrue();

        CompletableFuture<Void> second = serve(admission, get("/dashboard"), secondIn, null);
        awaitWaiting(admission, 1);
        assertThat(secondIn).isFalse();

        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(secondIn).isTrue();
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void uploadsDownloadsAndHealthDoNotWaitBehindTheLimit() throws Exception {
        RequestAdmission admission = new RequestAdmission(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean busyIn = new AtomicBoolean();
        CompletableFuture<Void> busy = serve(admission, get("/assessments"), busyIn, release);
        for (int i = 0; i < 500 && !busyIn.get(); i++) {
            Thread.sleep(10);
        }

        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/assessments/1/evidence");
        upload.setContentType("multipart/form-data; boundary=x");
        for (MockHttpServletRequest paced : new MockHttpServletRequest[] {upload,
                get("/assessments/1/evidence/2/content"), get("/api/assessments/1/evidence/2/content"),
                get("/actuator/health/liveness")}) {
            AtomicBoolean in = new AtomicBoolean();
            serve(admission, paced, in, null).get(10, TimeUnit.SECONDS);
            assertThat(in).as(paced.getRequestURI()).isTrue();
        }
        release.countDown();
        busy.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        RequestAdmission admission = new RequestAdmission(1);
        assertThatThrownBy(() -> admission.doFilter(get("/tasks"), new MockHttpServletResponse(), (req, res) -> {
            throw new ServletException("broken");
        })).isInstanceOf(ServletException.class);
        AtomicBoolean in = new AtomicBoolean();
        serve(admission, get("/tasks"), in, null).get(10, TimeUnit.SECONDS);
        assertThat(in).isTrue();
    }

    @Test
    void theDefaultIsAsManyAsTheProcessorsAndAtLeastTwo() {
        assertThat(RequestAdmission.byProcessors(1)).isEqualTo(2);
        assertThat(RequestAdmission.byProcessors(2)).isEqualTo(2);
        assertThat(RequestAdmission.byProcessors(8)).isEqualTo(8);
        assertThatThrownBy(() -> new RequestAdmission(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
