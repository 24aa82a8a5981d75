package org.ceasefiretimeline.editor;

import org.hibernate.envers.RevisionListener;

/** Fills a revision's author and reason from the {@link EditContext} of the current thread. */
public class EditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        EditRevision revision = (EditRevision) revisionEntity;
        revision.setUsername(EditContext.username());
        revision.setReason(EditContext.reason());
    }
}
