package com.postpartum.backcare.mail;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link Mailer}: one background thread writes and posts letters in the order they were
 * asked for. The queue is bounded, so a flood of requests cannot fill the memory; beyond it a
 * letter is dropped and logged.
 */
final class QueuedMailer implements Mailer, DisposableBean {

	static final int CAPACITY = 1_000;

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final LetterWriter writer;

	private final Postbox postbox;

	private final ThreadPoolExecutor queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(CAPACITY), work -> {
				Thread thread = new Thread(work, "mailer");
				thread.setDaemon(true);
				return thread;
			});

	QueuedMailer(LetterWriter writer, Postbox postbox) {
		this.writer = writer;
		this.postbox = postbox;
	}

	@Override
	public void sendIfAny(Supplier<Optional<Letter>> letter) {
		Runnable work = () -> deliver(letter);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					enqueue(work);
				}
			});
		}
		else {
			enqueue(work);
		}
	}

	private void enqueue(Runnable work) {
		try {
			queue.execute(work);
		}
		catch (RejectedExecutionException full) {
			log.warn("The mail queue is full ({} letters waiting): a letter was dropped", CAPACITY);
		}
	}

	/** Never lets an exception out: the thread lives on for the next letter. */
	private void deliver(Supplier<Optional<Letter>> supplier) {
		Letter letter = null;
		try {
			letter = supplier.get().orElse(null);
			if (letter != null) {
				postbox.post(writer.write(letter, postbox.blank()));
				log.info("Sent {}", letter);
			}
		}
		catch (Exception ex) {
			// The letter's own toString names no value: the link it carries stays out of the log.
			log.warn("Could not send {}", letter == null ? "a letter (while preparing it)" : letter, ex);
		}
	}

	/** Letters already asked for are still sent on a normal shutdown, for a few seconds. */
	@Override
	public void destroy() throws InterruptedException {
		queue.shutdown();
		if (!queue.awaitTermination(10, TimeUnit.SECONDS)) {
			log.warn("{} letters were not sent before shutting down", queue.shutdownNow().size());
		}
	}

}
