package dev.podium.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.cluster.*}.
 *
 * @param leaseDuration how long a {@link ClusterLock} lease lasts without renewal: a node that dies holding one
 *        blocks that work at most this long
 * @param nodeId this node's name in the lease table; by default host name and process id
 */
@ConfigurationProperties("podium.cluster")
public record ClusterProperties(@DefaultValue("60s") Duration leaseDuration, String nodeId) {

    public ClusterProperties {
        if (leaseDuration.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("podium.cluster.lease-duration must be at least 3 s, not "
                    + leaseDuration);
        }
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = host() + ":" + ProcessHandle.current().pid();
        }
        if (nodeId.length() > 150) {
            nodeId = nodeId.substring(0, 150);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
