// Waits until a group coordinator answers on the local cluster. The first group request
// of a new cluster makes the brokers create __consumer_offsets and load its partitions,
// which takes seconds; `scripts/cluster up` pays that once, so that the first group
// command after it (a test's, the demo's) does not run into its --timeout.
//
//   java -cp "$libs/*" GroupCoordinatorReady.java BOOTSTRAP SECONDS

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

public class GroupCoordinatorReady {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        int timeoutMs = Integer.parseInt(args[1]) * 1000;
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 10000));
        try (Admin admin = Admin.create(props)) {
            // The client looks the coordinator up and retries until it answers.
            admin.describeConsumerGroups(List.of("kfk-cluster-ready")).all().get();
        } catch (ExecutionException e) {
            // Kafka 4 answers an unknown group with GROUP_ID_NOT_FOUND: the coordinator
            // answered, which is all this waits for.
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                System.err.println("group coordinator not ready: " + e.getCause());
                System.exit(1);
            }
        }
    }
}
