package io.gatehouse.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A thread that works off a table of due rows in batches (the mail outbox, notification deliveries): woken right
 * after a commit that queued work, otherwise polling for retries that fell due. A full batch means more may be due
 * at once, so the next round starts without waiting. Started after the web server and data source, stopped before.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final int batchSize;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private @Nullable Thread thread;

    protected BackgroundWorker(String name, Duration pollInterval, int batchSize) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
    }

    /** Works off one batch of due rows; returns how many were attempted. */
    protected abstract int deliverDue();

    /** Starts a round now instead of at the next poll (called after a commit that queued work). */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signal();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                if (deliverDue() >= batchSize) {
                    continue;
                }
            } catch (RuntimeException e) {
                log.error("{}: round failed; will try again", name, e);
            }
            awaitSignal();
        }
    }

    private void awaitSignal() {
        lock.lock();
        try {
            if (!woken && running) {
                signal.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        Thread worker = new Thread(this::loop, name);
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread worker = thread;
        if (worker != null) {
            wake();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
