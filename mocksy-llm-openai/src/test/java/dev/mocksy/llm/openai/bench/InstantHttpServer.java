package dev.mocksy.llm.openai.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback HTTP/1.1 server that answers every request at once with the same JSON body, in a single write with
 * {@code TCP_NODELAY}, keeping connections alive. MockWebServer's per-request overhead and its Nagle delays would
 * otherwise dominate what the benchmark means to measure: the client's own cost.
 */
final class InstantHttpServer implements AutoCloseable {

    private final ServerSocket listener;
    private final byte[] response;
    private final Thread acceptor;

    InstantHttpServer(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\nConnection: keep-alive\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        response = new byte[head.length + body.length];
        System.arraycopy(head, 0, response, 0, head.length);
        System.arraycopy(body, 0, response, head.length, body.length);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "instant-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The base URL of the OpenAI-style API this server pretends to be. */
    String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/v1";
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                Thread connection = new Thread(() -> serve(socket), "instant-http-conn");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                int length = readHeaders(in);
                if (length < 0) {
                    return;
                }
                in.readNBytes(length);
                out.write(response);
                out.flush();
            }
        } catch (IOException ignored) {
            // the client closed the connection
        }
    }

    /** Reads one request's headers; returns its Content-Length, or -1 at the end of the stream. */
    private static int readHeaders(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b == '\n') {
                String text = line.toString().strip();
                if (text.isEmpty()) {
                    return length;
                }
                if (text.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(text.substring(15).strip());
                }
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
