// stdin: first line\nsecond, with café and 3 numbers 10 20 30\n\nlast line without end
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

public class StandardStreams {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            System.out.println(number + ": [" + line + "] " + line.length());
        }
        System.out.println(in.readLine() + " " + System.in.read());

        byte[] crlf = "one\r\ntwo\rthree\n\rfour\r".getBytes(StandardCharsets.UTF_8);
        BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(crlf), StandardCharsets.UTF_8), 3);
        while ((line = lines.readLine()) != null) {
            System.out.print("<" + line + ">");
        }
        System.out.println();
        BufferedReader chars = new BufferedReader(new StringReader("ab\r\ncd"));
        System.out.println(chars.readLine() + " " + (char) chars.read() + " " + chars.readLine() + " " + chars.read());

        // A multi-byte character split across the reader's blocks.
        byte[] utf8 = "ä€😀x".repeat(3000).getBytes(StandardCharsets.UTF_8);
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(utf8), "UTF-8");
        StringBuilder decoded = new StringBuilder();
        char[] chunk = new char[777];
        int n;
        while ((n = reader.read(chunk)) != -1) {
            decoded.append(chunk, 0, n);
        }
        System.out.println(reader.getEncoding() + " " + decoded.length() + " " + decoded.toString().equals("ä€😀x".repeat(3000)));
        InputStreamReader latin = new InputStreamReader(new ByteArrayInputStream(new byte[] {(byte) 0xe9, 0x41}), "latin1");
        System.out.println(latin.getEncoding() + " " + (char) latin.read() + (char) latin.read() + " " + latin.read());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write('A');
        bytes.write("bcd".getBytes(), 1, 2);
        bytes.writeBytes("é!".getBytes(StandardCharsets.UTF_8));
        System.out.println(bytes + " " + bytes.size() + " " + bytes.toByteArray().length + " " + bytes.toString(StandardCharsets.ISO_8859_1));
        InputStream source = new ByteArrayInputStream(bytes.toByteArray());
        System.out.println(source.available() + " " + source.read() + " " + source.skip(2) + " " + new String(source.readAllBytes(), StandardCharsets.UTF_8));
        bytes.reset();
        System.out.println(bytes.size() + " [" + bytes + "]");

        OutputStream out = new BufferedOutputStream(System.out, 16);
        out.write("raw bytes through a buffer\n".getBytes());
        for (int i = 0; i < 40; i++) {
            out.write('0' + i % 10);
        }
        out.write('\n');
        out.flush();
        PrintStream ps = System.out;
        ps.write("written with write(byte[], int, int)\n".getBytes(), 0, 12);
        ps.write('\n');
        ps.writeBytes("writeBytes\n".getBytes());
        OutputStream plain = System.out;
        plain.write(new byte[] {'o', 'k', '\n'});
        plain.flush();
        try {
            new ByteArrayInputStream(new byte[4]).read(new byte[2], 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new InputStreamReader(System.in, "no-such");
        } catch (java.io.UnsupportedEncodingException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
