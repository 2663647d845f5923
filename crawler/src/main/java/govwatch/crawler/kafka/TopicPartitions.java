package govwatch.crawler.kafka;

import govwatch.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** The crawl-state topic as the cluster knows it: its id (a recreated topic has a new one) and its partitions. */
record TopicPartitions(String id, List<Integer> partitions) {

    /** Asks the cluster; empty when the topic does not exist. */
    static Optional<TopicPartitions> describe(Map<String, Object> clientConfig) {
        Map<String, Object> c = clientConfig;
        try (Admin admin = Admin.create(c)) {
            TopicDescription d = admin.describeTopics(List.of(Topics.CRAWL_STATE.name())).topicNameValues()
                    .get(Topics.CRAWL_STATE.name()).get(60, TimeUnit.SECONDS);
            return Optional.of(new TopicPartitions(d.topicId().toString(),
                    d.partitions().stream().map(TopicPartitionInfo::partition).toList()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot describe topic " + Topics.CRAWL_STATE.name() + " at "
                    + c.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer in 60 s about topic " + Topics.CRAWL_STATE.name() + " from "
                    + c.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": is the cluster running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + Topics.CRAWL_STATE.name(), e);
        }
    }
}
