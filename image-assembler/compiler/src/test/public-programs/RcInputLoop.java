// stdin-text: the first line\nsecond line, a bit longer\n\nlast line\n
// Source: Rosetta Code, "Input loop" (read standard input line by line).
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class RcInputLoop {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            System.out.println(number + ": " + line + " (" + line.split("\\s+").length + " words)");
        }
    }
}
