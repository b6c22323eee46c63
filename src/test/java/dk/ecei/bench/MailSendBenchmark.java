package dk.ecei.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The mail sender's cost per mail, with Jakarta Mail finding its stream provider by a ServiceLoader over the class
 * path (every message and part; jakartaee/mail-api#861) and with the provider named by its system property, as
 * {@code MailDelivery} names it. Each mail is built as the outbox's are (multipart, plain text and HTML, a Danish
 * name, UTF-8) and sent to an in-JVM GreenMail SMTP server; the two ways alternate A B A B in one run, since the
 * property is read on every look-up. Prints ms and the sending thread's CPU ms per mail and their ratios.
 * Not a test; see bench/README.md. Settings: bench.mails (300 per round), bench.rounds (4 of each).
 */
public final class MailSendBenchmark {

    private static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mails = Integer.getInteger("bench.mails", 300);
        int rounds = Integer.getInteger("bench.rounds", 4);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            JavaMailSenderImpl smtp = new JavaMailSenderImpl();
            smtp.setHost("127.0.0.1");
            smtp.setPort(port);
            System.clearProperty(PROPERTY);
            send(smtp, mails); // warm-up, both ways
            System.setProperty(PROPERTY, ANGUS);
            send(smtp, mails);
            double[] lookUp = new double[2];
            double[] named = new double[2];
            System.out.printf("%d mails per round (ms per mail: wall, the sending thread's CPU)%n", mails);
            System.out.printf("%-8s %22s %22s %9s %9s%n", "round", "ServiceLoader look-up", "provider named", "wall x", "CPU x");
            for (int r = 1; r <= rounds; r++) {
                System.clearProperty(PROPERTY);
                double[] a = send(smtp, mails);
                System.setProperty(PROPERTY, ANGUS);
                double[] b = send(smtp, mails);
                System.out.printf("%-8d %10.3f %11.3f %10.3f %11.3f %8.2fx %8.2fx%n", r, a[0], a[1], b[0], b[1],
                        a[0] / b[0], a[1] / b[1]);
                for (int k = 0; k < 2; k++) {
                    lookUp[k] += a[k] / rounds;
                    named[k] += b[k] / rounds;
                }
            }
            System.out.printf("%-8s %10.3f %11.3f %10.3f %11.3f %8.2fx %8.2fx%n", "mean", lookUp[0], lookUp[1], named[0],
                    named[1], lookUp[0] / named[0], lookUp[1] / named[1]);
            System.out.printf("received: %d%n", server.getReceivedMessages().length);
        } finally {
            server.stop();
        }
    }

    /** Sends the mails one by one; returns the ms per mail of the wall clock and of this thread's CPU. */
    private static double[] send(JavaMailSenderImpl smtp, int mails) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int batch = Integer.getInteger("bench.batch", 1);
        java.util.List<MimeMessage> pending = new java.util.ArrayList<>();
        for (int i = 0; i < mails; i++) {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress("ecei@klyngeudvikling.dk"));
            helper.setTo(new InternetAddress("soeren" + i + "@example.dk", "Søren Ærø Østergård", StandardCharsets.UTF_8.name()));
            helper.setSubject("Bronze-benchmark for Klynge " + i + ": ekspert tildelt");
            helper.setText("Kære Søren\n\nDer er tildelt en ekspert til jeres benchmark.\n",
                    "<p>Kære Søren</p><p>Der er tildelt en ekspert til jeres benchmark.</p>");
            message.setHeader("Content-Language", "da");
            pending.add(message);
            if (pending.size() == batch || i == mails - 1) {
                smtp.send(pending.toArray(MimeMessage[]::new));
                pending.clear();
            }
        }
        return new double[] {(System.nanoTime() - t0) / 1e6 / mails, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / mails};
    }
}
