package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.upload.MultiFileReceiver;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one upload round: what arrived since the last {@link #take()}, so that each file is
 * processed once however many uploads follow (a buffer of every file ever uploaded re-processed the
 * earlier ones).
 */
class UploadBatch implements MultiFileReceiver {

    record ReceivedFile(String name, byte[] bytes) {}

    private final Map<String, ByteArrayOutputStream> pending = new LinkedHashMap<>();

    @Override
    public synchronized OutputStream receiveUpload(String fileName, String mimeType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pending.put(fileName, out);
        return out;
    }

    /** Forgets a file whose upload failed half-way. */
    synchronized void discard(String fileName) {
        pending.remove(fileName);
    }

    /** The files received since the last call, in the order they came; they are then forgotten. */
    synchronized List<ReceivedFile> take() {
        List<ReceivedFile> files =
                pending.entrySet().stream()
                        .map(e -> new ReceivedFile(e.getKey(), e.getValue().toByteArray()))
                        .toList();
        pending.clear();
        return files;
    }
}
