package fr.gouv.travail.dosiportail.surveillance.alert;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The threads that evaluate workers after a commit: a few, with a short queue, and when they are all busy the
 * committing thread evaluates its own event. A million-line file thus waits for surveillance instead of heaping its
 * events in memory (each chunk's event names 5,000 records); the events themselves are safe in the event log either
 * way.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationExecutor {

    static final String NAME = "surveillanceEvaluation";

    /** Modulith's module listener (after commit, its own transaction, tracked in the event log) on these threads. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Async(NAME)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    @interface EvaluationListener {
    }

    @Bean(NAME)
    ThreadPoolTaskExecutor surveillanceEvaluation(
            @Value("${dosiportail.surveillance.evaluation.threads:2}") int threads,
            @Value("${dosiportail.surveillance.evaluation.queue:4}") int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setThreadNamePrefix("surveillance-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
