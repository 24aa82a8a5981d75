package org.ceasefiretimeline.editor;

import org.hibernate.envers.RevisionListener;

/**
 * Fills a revision's author, reason and, for a restored one, its time from the {@link EditContext}
 * of the current thread.
 */
public class EditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        EditRevision revision = (EditRevision) revisionEntity;
        revision.setUsername(EditContext.username());
        revision.setReason(EditContext.reason());
        if (EditContext.time() != null) {
            revision.setTimestamp(EditContext.time().toEpochMilli());
        }
    }
}
