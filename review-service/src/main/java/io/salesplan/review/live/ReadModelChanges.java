package io.salesplan.review.live;

import io.salesplan.platform.config.StartupWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The read model's change marker. The consumer of each instance bumps that instance's row of
 * {@code rm_change} in the transaction that applies events; every instance reads the sum of all rows to
 * learn that something changed, also what another instance's consumer applied (with several replicas
 * each applies the events of its own partitions). One row per instance, so consumers never wait on each
 * other's row.
 */
@ApplicationScoped
public class ReadModelChanges {

    private static final String MARKED = ReadModelChanges.class.getName();

    /** What the marker says at one moment; any change of the read model changes it. */
    public record Marker(long instances, long changes, double lastChange) {
    }

    private final ReadModelChangeRepository rows;
    private final TransactionSynchronizationRegistry transaction;
    private final String instance;

    public ReadModelChanges(ReadModelChangeRepository rows, TransactionSynchronizationRegistry transaction) {
        this.rows = rows;
        this.transaction = transaction;
        this.instance = instanceName();
    }

    /** Records, once per transaction, that the events it applies change the read model. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        if (transaction.getResource(MARKED) != null) {
            return;
        }
        transaction.putResource(MARKED, Boolean.TRUE);
        rows.bump(instance);
    }

    @Transactional
    public Marker current() {
        return rows.current();
    }

    /** Rows of instances gone for a month are dropped, so the table stays one row per live instance or so. */
    @Transactional
    void forgetGoneInstances(@Observes StartupWork event) {
        rows.deleteGoneInstances(instance);
    }

    /** The host (a pod's name in Kubernetes) and process id: unique among running instances. */
    private static String instanceName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unknown-host";
            }
        });
        return host + "/" + ProcessHandle.current().pid();
    }
}
