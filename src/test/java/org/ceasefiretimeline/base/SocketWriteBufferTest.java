package org.ceasefiretimeline.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class SocketWriteBufferTest {

    @Test
    void theConnectorWritesAnswersThroughTheConfiguredBuffer() {
        Connector connector = new Connector("HTTP/1.1");

        new SocketWriteBuffer()
                .socketWriteBufferSize(DataSize.ofKilobytes(32))
                .customize(connector);

        assertEquals("32768", String.valueOf(connector.getProperty("socket.appWriteBufSize")));
    }
}
