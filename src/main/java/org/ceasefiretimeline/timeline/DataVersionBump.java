package org.ceasefiretimeline.timeline;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.internal.SessionFactoryImpl;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Raises the {@link DataVersion} once per transaction that inserts, updates or deletes a timeline
 * entity (or one of its collections), just before it commits: the same way Envers writes its
 * revisions, so the version and the change commit or roll back together, whichever service made the
 * change. Once the transaction is over, {@link DataVersion#recent} is told, so that this instance
 * sees its own changes at once.
 */
@Component
class DataVersionBump
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener {

    private static final String TIMELINE_PACKAGE = DataVersionBump.class.getPackageName();

    private final EntityManagerFactory entityManagerFactory;
    private final DataVersion dataVersion;
    private final Set<SharedSessionContractImplementor> pending =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    DataVersionBump(EntityManagerFactory entityManagerFactory, DataVersion dataVersion) {
        this.entityManagerFactory = entityManagerFactory;
        this.dataVersion = dataVersion;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry =
                entityManagerFactory
                        .unwrap(SessionFactoryImpl.class)
                        .getServiceRegistry()
                        .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getPersister());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getPersister());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getSession(), event.getPersister());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        changedOwner(event.getSession(), event.getAffectedOwnerOrNull());
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        changedOwner(event.getSession(), event.getAffectedOwnerOrNull());
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        changedOwner(event.getSession(), event.getAffectedOwnerOrNull());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void changed(EventSource session, EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        if (type != null && type.getPackageName().equals(TIMELINE_PACKAGE)) {
            bumpBeforeCommit(session);
        }
    }

    private void changedOwner(EventSource session, Object owner) {
        if (owner != null && owner.getClass().getPackageName().startsWith(TIMELINE_PACKAGE)) {
            bumpBeforeCommit(session);
        }
    }

    private void bumpBeforeCommit(EventSource session) {
        if (pending.add(session)) {
            session.getActionQueue().registerProcess(new Bump());
            // after the commit (or the rollback), when another read sees the new version
            session.getActionQueue()
                    .registerProcess(
                            (AfterTransactionCompletionProcess)
                                    (success, s) -> dataVersion.changed());
        }
    }

    private final class Bump implements BeforeTransactionCompletionProcess {
        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            pending.remove(session);
            session.doWork(
                    connection -> {
                        try (PreparedStatement update =
                                connection.prepareStatement(DataVersion.BUMP_SQL)) {
                            update.setTimestamp(1, DataVersion.now());
                            update.executeUpdate();
                        }
                    });
        }
    }
}
